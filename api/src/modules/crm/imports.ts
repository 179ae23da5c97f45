import { contactFromRow, crmImportPreview, crmImportRequest, crmImportResult, crmKit, crmParams, suggestMapping, type ImportedContact, type ImportMapping, type ImportRowError } from '@atrium/core';
import { CrmContact, withTenant, type EntityManager } from '@atrium/db';
import { parse } from 'csv-parse/sync';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, organizationNamed, searchTextOf } from './contacts';
import { crmActor } from './crm-context';

const maxRows = 5_000;

const refuse = (message: string) => new HttpError(400, 'import_refused', `${message} Nothing was imported.`);

/** The file as records, or a refusal of the whole file (nothing is written then). */
function readFile(csv: string, requested: ImportMapping | undefined) {
  let table: string[][];
  try {
    table = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, max_record_size: 10_000 });
  } catch (error) {
    throw refuse(`The file is not a CSV we can read (${(error as Error).message.split('\n')[0]?.slice(0, 120)}).`);
  }
  const [header, ...body] = table;
  if (!header || header.length === 0 || header.every((cell) => !cell)) throw refuse('The file has no header row.');
  if (new Set(header).size !== header.length) throw refuse('Two columns have the same header.');
  if (body.length === 0) throw refuse('The file has a header but no contacts.');
  if (body.length > maxRows) throw refuse(`The file has ${body.length} rows; import at most ${maxRows} at a time.`);
  const mapping = requested ?? suggestMapping(header);
  const unknown = Object.keys(mapping).filter((column) => !header.includes(column));
  if (unknown.length) throw refuse(`The mapping names a column the file does not have: ${unknown[0]}.`);
  for (const column of header) if (!(column in mapping)) mapping[column] = 'ignore';
  const fields = Object.values(mapping).filter((field) => field !== 'ignore');
  if (!fields.includes('firstName')) throw refuse('No column is mapped to the first name.');
  if (new Set(fields).size !== fields.length) throw refuse('Two columns are mapped to the same field.');
  const records = body.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ''])));
  return { columns: header, mapping, records };
}

/** Each row as a contact or its errors; a repeated or existing email is an error of its row. */
async function checkRows(em: EntityManager, records: Record<string, string>[], mapping: ImportMapping) {
  const contacts: ImportedContact[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Set<string>();
  const candidates = records.map((record, index) => contactFromRow(record, mapping, index + 2));
  const emails = candidates.flatMap((candidate) => ('contact' in candidate && candidate.contact.email ? [candidate.contact.email] : []));
  const existing = new Set(
    emails.length ? (await em.execute<{ email: string }[]>(`select email from crm_contact where email in (?)`, [emails], 'all')).map((row) => row.email) : [],
  );
  candidates.forEach((candidate, index) => {
    if ('errors' in candidate) return void errors.push(...candidate.errors);
    const email = candidate.contact.email;
    if (email && existing.has(email)) return void errors.push({ row: index + 2, field: 'email', message: `A contact with ${email} already exists.` });
    if (email && seen.has(email)) return void errors.push({ row: index + 2, field: 'email', message: `${email} appears earlier in the file.` });
    if (email) seen.add(email);
    contacts.push(candidate.contact);
  });
  return { contacts, errors };
}

export function importRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'post', path: '/imports/preview', summary: 'Read a contacts CSV: its columns, the suggested mapping, a sample and each bad row; writes nothing', can: 'create',
    params: crmParams, body: crmImportRequest,
    responses: { 200: { description: 'The preview', schema: crmImportPreview }, 400: { description: 'import_refused: the file cannot be imported' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmImportRequest, ctx.request.body);
      const { columns, mapping, records } = readFile(input.csv, input.mapping);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const { contacts, errors } = await checkRows(em, records, mapping);
        return { columns, mapping, rows: records.length, valid: contacts.length, sample: records.slice(0, 5), errors };
      });
    },
  });

  routes.add({
    method: 'post', path: '/imports', summary: 'Import contacts from a CSV: the good rows in one go, the bad ones reported', can: 'create',
    params: crmParams, body: crmImportRequest,
    responses: { 201: { description: 'What was imported', schema: crmImportResult }, 400: { description: 'import_refused: nothing written' }, 402: { description: 'usage_limit_reached: nothing written' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmImportRequest, ctx.request.body);
      const actor = crmActor(ctx);
      const { mapping, records } = readFile(input.csv, input.mapping);
      const { result, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const { contacts, errors } = await checkRows(em, records, mapping);
        if (contacts.length === 0) throw refuse('No row of the file is a contact we can import.');
        // All or nothing: past the plan's contacts, the whole import is refused.
        const change = await reserveUsage(em, crmKit, 'contacts', contacts.length, actor.entitlements, companyId);
        for (const contact of contacts) {
          const organization = contact.organizationName ? await organizationNamed(em, companyId, contact.organizationName, actor.userId) : null;
          em.persist(em.create(CrmContact, {
            company: companyId, ...contact, organization, organizationName: organization?.name ?? null, ownerId: actor.userId, customFields: {}, createdBy: actor.userId, searchText: searchTextOf(contact),
          }));
        }
        await em.flush();
        await tickSetupStep(em, 'crm', 'import_contacts');
        return { result: { imported: contacts.length, skipped: records.length - contacts.length, errors }, change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = result;
    },
  });

  routes.add({
    method: 'get', path: '/contacts/export', summary: 'Every contact as a CSV file', can: 'read', params: crmParams,
    responses: { 200: { description: 'The contacts as CSV', media: 'text/csv' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const actor = crmActor(ctx);
      const contacts = actor.readable ? await withTenant(deps.orm, { companyId }, (em) => em.find(CrmContact, actor.readable!, { orderBy: { lastName: 'asc', firstName: 'asc' } })) : [];
      const lines = [['First name', 'Last name', 'Email', 'Phone', 'Job title', 'Company', 'Tags']]
        .concat(contacts.map((c) => [c.firstName, c.lastName, c.email ?? '', c.phone ?? '', c.jobTitle ?? '', c.organizationName ?? '', c.tags.join('; ')]))
        .map((cells) => cells.map(csvCell).join(','));
      ctx.type = 'text/csv; charset=utf-8';
      ctx.attachment('contacts.csv');
      ctx.body = lines.join('\r\n') + '\r\n';
    },
  });
}

/** Quoted where needed; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
