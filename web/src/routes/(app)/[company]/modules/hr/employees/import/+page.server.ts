import { error, fail } from '@sveltejs/kit';
import { employeeImportFields, type EmployeeImportMapping } from '@atrium/core';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { hrPath } from '../../hr.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('update', 'hr')) error(403, 'Importing employees is for HR editors and managers.', { code: 'forbidden' });
  return {};
};

const fields = new Set<string>([...employeeImportFields, 'ignore']);

/**
 * The file as text: an uploaded file wins over pasted text. The mapping comes back as
 * `column`/`field` pairs in the order of the file's columns (the page's selects).
 */
async function readUpload(request: Request): Promise<{ csv: string; mapping: EmployeeImportMapping | undefined }> {
  const form = await request.formData();
  const file = form.get('file');
  const csv = file instanceof File && file.size > 0 ? await file.text() : textField(form, 'csv');
  const columns = form.getAll('column').map(String);
  const chosen = form.getAll('field').map(String);
  const pairs = columns.map((column, index) => [column, chosen[index] ?? 'ignore'] as const).filter(([, field]) => fields.has(field));
  return { csv, mapping: pairs.length ? (Object.fromEntries(pairs) as EmployeeImportMapping) : undefined };
}

export const actions: Actions = {
  /** What the file would add, and its bad lines; nothing is written. */
  preview: async (event) => {
    const { csv, mapping } = await readUpload(event.request);
    if (!csv.trim()) return fail(400, { step: 'upload' as const, csv, message: 'Choose a CSV file, or paste its text.' });
    const preview = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/hr/employees/import/preview', {
        params: { path: hrPath(event.params.company) },
        body: mapping ? { csv, mapping } : { csv },
      }),
    );
    if (!preview.ok) return fail(preview.status, { step: 'upload' as const, csv, message: preview.problem.message });
    return { step: 'preview' as const, csv, preview: preview.data };
  },

  /** The good rows in one go, the bad lines reported. */
  import: async (event) => {
    const { csv, mapping } = await readUpload(event.request);
    const imported = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/hr/employees/import', {
        params: { path: hrPath(event.params.company) },
        body: mapping ? { csv, mapping } : { csv },
      }),
    );
    if (!imported.ok) return fail(imported.status, { step: 'upload' as const, csv, message: imported.problem.message });
    return { step: 'done' as const, csv: '', result: imported.data };
  },
};
