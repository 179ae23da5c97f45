import { fail } from '@sveltejs/kit';
import { crmImportFields, type ApiError } from '@atrium/core';
import type { CrmImportField, CrmImportPreview, CrmImportResult } from '#lib/components/crm/types';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { requireAbility, requireOpenCrm } from '#lib/server/crm/crm-page';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * CSV import in three steps, each a form post (so it works without JavaScript): the file
 * is uploaded and read by the API's preview (columns, the suggested mapping, a sample and
 * every bad row; nothing is written), the person changes the mapping and checks again,
 * then imports. The file's text travels in the form between the steps; the API reads it
 * again each time, so what is imported is what was previewed.
 */
export const load: PageServerLoad = async (event) => {
  const { crm, company } = await event.parent();
  requireOpenCrm(crm, event.params.company);
  requireAbility(abilityFor(company.rules).can('create', 'crm') && !crm.landing?.readOnly, 'Your CRM role lets you read contacts, not import them. Ask a CRM manager.');
  return {};
};

/** What a step hands the page: where the import stands, and the file to carry on with. */
export type ImportStep =
  | { step: 'upload'; problem: ApiError }
  | { step: 'preview'; csv: string; preview: CrmImportPreview; problem: ApiError | null }
  | { step: 'done'; result: CrmImportResult };

const maxBytes = 90_000;
const fieldNames = new Set<string>([...crmImportFields, 'ignore']);

/** The uploaded file's text, or the text carried from the previous step. */
async function csvOf(form: FormData): Promise<string | ApiError> {
  const file = form.get('file');
  if (file instanceof File && file.size > 0) {
    if (file.size > maxBytes) return { error: 'import_refused', message: 'The file is too large; split it into files under 90 kB. Nothing was imported.' };
    return file.text();
  }
  const carried = textField(form, 'csv');
  return carried || { error: 'import_refused', message: 'Choose a CSV file to import.' };
}

/** The mapping the person chose: `column_<n>` names each column, `map_<n>` its field. */
function mappingOf(form: FormData): Record<string, CrmImportField> | undefined {
  const mapping: Record<string, CrmImportField> = {};
  for (const [name, value] of form) {
    const index = /^column_(\d+)$/.exec(name)?.[1];
    if (index === undefined || typeof value !== 'string') continue;
    const field = textField(form, `map_${index}`);
    if (fieldNames.has(field)) mapping[value] = field as CrmImportField;
  }
  return Object.keys(mapping).length ? mapping : undefined;
}

async function preview(event: RequestEvent, csv: string, mapping: Record<string, CrmImportField> | undefined) {
  return answer(
    event.locals.api.POST('/api/companies/{companyId}/modules/crm/imports/preview', {
      params: { path: { companyId: event.params.company } },
      body: { csv, ...(mapping ? { mapping } : {}) },
    }),
  );
}

export const actions: Actions = {
  preview: async (event) => {
    const form = await event.request.formData();
    const csv = await csvOf(form);
    if (typeof csv !== 'string') return fail(400, { step: 'upload', problem: csv } satisfies ImportStep);
    // A new file gets the suggested mapping; the same file checked again, the one chosen.
    const fresh = form.get('file') instanceof File && (form.get('file') as File).size > 0;
    const checked = await preview(event, csv, fresh ? undefined : mappingOf(form));
    if (!checked.ok) return fail(checked.status >= 400 ? checked.status : 500, { step: 'upload', problem: checked.problem } satisfies ImportStep);
    return { step: 'preview', csv, preview: checked.data, problem: null } satisfies ImportStep;
  },

  import: async (event) => {
    const form = await event.request.formData();
    const csv = textField(form, 'csv');
    const mapping = mappingOf(form);
    const imported = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/crm/imports', {
        params: { path: { companyId: event.params.company } },
        body: { csv, ...(mapping ? { mapping } : {}) },
      }),
    );
    if (imported.ok) return { step: 'done', result: imported.data } satisfies ImportStep;
    // Refused: nothing was written. The preview again, with the refusal above it.
    const status = imported.status >= 400 ? imported.status : 500;
    const checked = csv ? await preview(event, csv, mapping) : null;
    if (!checked?.ok) return fail(status, { step: 'upload', problem: imported.problem } satisfies ImportStep);
    return fail(status, { step: 'preview', csv, preview: checked.data, problem: imported.problem } satisfies ImportStep);
  },
};
