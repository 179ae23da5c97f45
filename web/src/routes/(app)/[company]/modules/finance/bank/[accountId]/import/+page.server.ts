import { fail, redirect } from '@sveltejs/kit';
import { bankImportFields, type BankImportMapping } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { financePath } from '../../../finance.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({ accountId: params.accountId });

const fields = new Set<string>([...bankImportFields, 'ignore']);

/** The statement the page carries (the file on the first step, the hidden text after), and the mapping chosen. */
async function statementOf(request: Request) {
  const form = await request.formData();
  const file = form.get('file');
  const csv = file instanceof File && file.size > 0 ? await file.text() : textField(form, 'csv');
  const mapping: BankImportMapping = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('map:') && typeof value === 'string' && fields.has(value)) mapping[key.slice(4)] = value as BankImportMapping[string];
  }
  return { csv, mapping: Object.keys(mapping).length ? mapping : undefined, dateOrder: textField(form, 'dateOrder') === 'mdy' ? ('mdy' as const) : ('dmy' as const) };
}

const importPath = (company: string, accountId: string) => ({ params: { path: { ...financePath(company), accountId } } });

export const actions: Actions = {
  preview: async (event) => {
    const statement = await statementOf(event.request);
    if (!statement.csv) return fail(400, { message: 'Choose the CSV file your bank exported.' });
    const preview = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/bank-accounts/{accountId}/import/preview', { ...importPath(event.params.company, event.params.accountId), body: statement }));
    if (!preview.ok) return fail(preview.status >= 400 && preview.status < 600 ? preview.status : 500, { message: preview.problem.message });
    return { preview: preview.data, csv: statement.csv, dateOrder: statement.dateOrder };
  },
  import: async (event) => {
    const statement = await statementOf(event.request);
    const imported = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/bank-accounts/{accountId}/import', { ...importPath(event.params.company, event.params.accountId), body: statement }));
    if (!imported.ok) return fail(imported.status >= 400 && imported.status < 600 ? imported.status : 500, { message: imported.problem.message, csv: statement.csv });
    redirect(303, `/${event.params.company}/modules/finance/bank?imported=${imported.data.imported}`);
  },
};
