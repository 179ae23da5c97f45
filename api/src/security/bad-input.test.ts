import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, ApiClient, asOwner, signUpCompany, uniqueEmail } from '../../test/http';
import { signedInOperator } from '../../test/operators';
import { pngImage } from '../../../scripts/test/png-image';
import { recordKey } from './record-key';

/**
 * The bad-input sweep. Every operation of /api/openapi.json (read at run time, so a new
 * route is covered the day it is added) gets, as the signed-in owner of company A:
 * - in each path parameter: NUL, a lone surrogate, an over-long value, an unknown uuid and
 *   company B's ids;
 * - in each body property (nested ones included): NUL, a lone surrogate, a 90 kB and a
 *   1 MB string, and every JSON type the property does not take (numbers, strings,
 *   booleans, arrays, objects, null); then whole bodies of the wrong type.
 * No answer may be a 5xx, an unknown record id must be a 404, and A's and B's rows must
 * be exactly as they were. The operator console's routes (/api/operator/…) get the same
 * sweep as a signed-in operator, for whom every company exists (so "B's ids" are not
 * tried there); help articles belong to no company, so "B's article" is a draft, which
 * no company can read. The person signs in once (signup's cookie), so rate limits on
 * the sign-in routes are never what answers.
 */

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};
interface Operation {
  method: string;
  path: string;
  params: string[];
  uuidParams: Set<string>;
  body?: JsonSchema;
  rawBody: boolean;
}
type Document = {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>; requestBody?: { content: Record<string, { schema?: JsonSchema }> } }>>;
  components: { schemas: Record<string, JsonSchema> };
};

const nul = 'bad\u0000input';
const loneSurrogate = 'bad\ud800input';
const long = 'x'.repeat(90 * 1024);
const huge = 'y'.repeat(1024 * 1024);
/** Values of every JSON type; each is sent where the schema does not take its type. */
const wrongTypes: unknown[] = [0, -1, 1.5, 1e308, true, false, null, [], ['x'], {}, { nested: 'object' }, 'text', ''];

/**
 * Valid bodies that a bad value is put into, so that one field at a time is wrong and
 * everything else would pass: the refusal is that field's. (Never sent unchanged.)
 */
const bases: Record<string, Record<string, unknown>> = {
  'post /api/signup': { email: 'someone@example.com', password: 'a-long-passphrase-7', name: 'Someone', companyName: 'Some Co' },
  'post /api/login': { email: 'someone@example.com', password: 'a-long-passphrase-7' },
  'post /api/companies': { name: 'Another Co' },
  'patch /api/companies/{companyId}/profile': { legalName: 'Alpha Legal GmbH', address: { line1: 'Hauptstraße 1', city: 'Berlin' } },
  'patch /api/companies/{companyId}/branding': { primaryColor: '#123456', accentColor: '#654321' },
  'patch /api/companies/{companyId}/members/{memberId}': { role: 'admin', moduleRoles: { crm: 'viewer' } },
  'post /api/companies/{companyId}/ownership': { memberId: '@memberId' },
  'post /api/companies/{companyId}/invitations': { email: 'new-person@example.com', role: 'member', moduleRoles: { crm: 'viewer' } },
  'post /api/companies/{companyId}/billing/preview': { change: { kind: 'plan', to: 'scale' } },
  'post /api/companies/{companyId}/billing/changes': { change: { kind: 'seats', to: 12 } },
  'post /api/companies/{companyId}/billing/pause': { until: '2099-01-01' },
  'post /api/companies/{companyId}/billing/payment-methods': { number: '5555555555554444', expMonth: 12, expYear: 2040, cvc: '123' },
  'patch /api/companies/{companyId}/modules/{module}/settings/{settingId}': { name: 'Renamed' },
  'post /api/companies/{companyId}/modules/crm/deals/{dealId}/move': { stageId: '00000000-0000-4000-8000-000000000000' },
  'post /api/companies/{companyId}/modules/hr/employees': { name: 'Someone', startDate: '2026-01-05', workEmail: 'someone@bad-input.example' },
  'patch /api/companies/{companyId}/modules/hr/employees/{employeeId}': { jobTitle: 'Engineer' },
  'post /api/companies/{companyId}/modules/hr/employees/import': { csv: 'Name,Work email,Start date\nSomeone,someone@bad-input.example,2026-01-05' },
  'post /api/companies/{companyId}/modules/hr/employees/import/preview': { csv: 'Name,Work email,Start date\nSomeone,someone@bad-input.example,2026-01-05', mapping: { Name: 'name', 'Work email': 'workEmail', 'Start date': 'startDate' } },
  'post /api/companies/{companyId}/modules/hr/leave-types': { name: 'Study leave', daysPerYear: 5 },
  'post /api/companies/{companyId}/modules/hr/leave-requests': { leaveTypeId: '@leaveTypeId', startDate: '2031-03-03', endDate: '2031-03-04' },
  'post /api/companies/{companyId}/modules/hr/leave-requests/{leaveRequestId}/decision': { decision: 'approve' },
  'put /api/companies/{companyId}/modules/finance/settings': { approverUserId: null, approvalThresholdMinor: 50000 },
  'post /api/companies/{companyId}/modules/finance/categories': { name: 'Marketing' },
  'post /api/companies/{companyId}/modules/finance/claims': { amountMinor: 1200, currency: 'EUR', spentOn: '2031-03-03', categoryId: '@expenseCategoryId', merchant: 'Café', note: '' },
  'patch /api/companies/{companyId}/modules/finance/claims/{claimId}': { merchant: 'Café', amountMinor: 1300 },
  'post /api/companies/{companyId}/modules/finance/claims/{claimId}/decision': { decision: 'approve', note: '' },
  'post /api/companies/{companyId}/modules/finance/bank-accounts': { name: 'Main', currency: 'EUR', lastFour: '1234' },
  'post /api/companies/{companyId}/modules/finance/bank-accounts/{accountId}/import': { csv: 'Date,Amount,Description\n2031-03-03,-1.00,Coffee\n', mapping: { Date: 'date', Amount: 'amount', Description: 'description' }, dateOrder: 'dmy' },
  'post /api/companies/{companyId}/modules/finance/bank-accounts/{accountId}/import/preview': { csv: 'Date,Amount,Description\n2031-03-03,-1.00,Coffee\n', mapping: { Date: 'date', Amount: 'amount', Description: 'description' }, dateOrder: 'dmy' },
  'patch /api/companies/{companyId}/modules/finance/transactions/{transactionId}': { category: 'Sales' },
  'post /api/companies/{companyId}/modules/finance/transactions/{transactionId}/match': { claimId: '@claimId' },
  'post /api/companies/{companyId}/modules/finance/won-deals/{dealId}/invoice': { invoicedOn: '2031-03-03' },
  'post /api/invitations/accept': { token: 'A'.repeat(43), name: 'Someone', password: 'a-long-passphrase-7' },
  'post /api/project-guest-invitations/accept': { token: 'A'.repeat(43), name: 'Someone', password: 'a-long-passphrase-7' },
  'post /api/companies/{companyId}/modules/projects/projects': { name: 'Relaunch', description: 'Notes', fromTemplate: true, startsOn: '2031-01-01', dueOn: '2031-02-01' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}': { name: 'Renamed', status: 'active', dueOn: '2031-03-01' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks': { title: 'Task', status: 'todo', dueOn: '2031-01-05' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}': { title: 'Renamed', dueOn: '2031-01-06' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/move': { status: 'done', position: 0 },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/checklist': { label: 'Item' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/checklist/{itemId}': { label: 'Item', done: true },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/comments': { body: 'A comment' },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/milestones': { name: 'Beta', dueOn: '2031-01-10' },
  'patch /api/companies/{companyId}/modules/projects/projects/{projectId}/milestones/{milestoneId}': { name: 'Beta', dueOn: '2031-01-11', reached: true },
  'post /api/companies/{companyId}/modules/projects/projects/{projectId}/guests': { email: 'client@bad-input.example', name: 'Client' },
  'put /api/companies/{companyId}/help/articles/{articleId}/vote': { helpful: true },
  'post /api/companies/{companyId}/help/chats': { body: 'Hello' },
  'post /api/companies/{companyId}/help/chats/{chatId}/messages': { body: 'Hello' },
  'post /api/companies/{companyId}/help/chats/{chatId}/typing': { typing: true },
  'post /api/operator/chats/{chatId}/messages': { body: 'Hello' },
  'post /api/operator/chats/{chatId}/typing': { typing: false },
  'post /api/operator/chats/{chatId}/assign': { operatorId: null },
  'post /api/operator/login': { email: 'nobody@atrium.example', password: 'a-long-passphrase-7', code: '123456' },
  'post /api/operator/enrolment': { token: 'made-up', code: '123456', newPassword: 'a-long-passphrase-7' },
  'post /api/operator/help/categories': { name: 'Bad input', description: 'Never made' },
  'post /api/operator/help/articles': { title: 'Bad input', categoryId: '@categoryId', body: 'Never written', status: 'draft' },
  'patch /api/operator/help/articles/{articleId}': { title: 'Never renamed' },
  'post /api/operator/module-updates': { module: 'crm', title: 'Bad input', body: 'Never written' },
  'patch /api/operator/module-updates/{updateId}': { title: 'Never renamed' },
  'post /api/companies/{companyId}/notifications/read': { category: 'billing' },
  'post /api/companies/{companyId}/help/tickets': { category: 'other', priority: 'normal', subject: 'Bad input', description: 'Never opened: every try has one bad field.' },
  'post /api/companies/{companyId}/help/tickets/{ticketId}/messages': { body: 'Never sent' },
  'post /api/companies/{companyId}/help/tickets/{ticketId}/status': { status: 'closed' },
  'post /api/operator/tickets/{ticketId}/messages': { body: 'Never sent' },
  'post /api/operator/tickets/{ticketId}/status': { status: 'solved' },
  'post /api/operator/tickets/{ticketId}/assignment': { operatorId: null },
  'post /api/companies/{companyId}/modules/support/tickets': { requesterEmail: 'customer@bad-input.example', subject: 'Question', body: 'Hello' },
  'patch /api/companies/{companyId}/modules/support/tickets/{ticketId}': { priority: 'high' },
  'post /api/companies/{companyId}/modules/support/tickets/{ticketId}/replies': { body: 'Answer', internal: true },
  'post /api/companies/{companyId}/modules/support/saved-replies': { title: 'Saved', body: 'Reply' },
  'patch /api/companies/{companyId}/modules/support/saved-replies/{replyId}': { title: 'Renamed' },
  'post /api/companies/{companyId}/modules/support/sla-policies': { name: 'VIP', targets: { urgent: { firstResponseHours: 1, resolutionHours: 4 }, high: { firstResponseHours: 2, resolutionHours: 8 }, normal: { firstResponseHours: 4, resolutionHours: 24 }, low: { firstResponseHours: 8, resolutionHours: 48 } } },
  'patch /api/companies/{companyId}/modules/support/sla-policies/{policyId}': { name: 'Renamed' },
  'post /api/public/support/{companySlug}/tickets': { name: 'Visitor', email: 'visitor@bad-input.example', subject: 'Question', body: 'Hello' },
  'post /api/companies/{companyId}/modules/analytics/dashboards': { name: 'Board' },
  'post /api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets': { metric: 'ticket_volume', chart: 'bar', range: 'last_30_days', bucket: 'week', compare: true, title: 'Tickets' },
  'patch /api/companies/{companyId}/modules/analytics/dashboards/{dashboardId}/widgets/{widgetId}': { chart: 'line', move: 'up' },
  'post /api/companies/{companyId}/modules/analytics/reports': { dashboardId: '@dashboardId', frequency: 'weekly', recipients: ['boss@bad-input.example'] },
  'patch /api/companies/{companyId}/modules/analytics/reports/{reportId}': { frequency: 'monthly', paused: true },
  'post /api/companies/{companyId}/modules/cms/sites': { name: 'Bad input site', slug: 'bad-input-never-made', languages: ['en'] },
  'patch /api/companies/{companyId}/modules/cms/sites/{siteId}': { name: 'Never renamed' },
  'post /api/companies/{companyId}/modules/cms/sites/{siteId}/pages': { title: 'Bad input page', slug: 'bad-input-page', parentId: null },
  'patch /api/companies/{companyId}/modules/cms/pages/{pageId}': { title: 'Never renamed' },
  'put /api/companies/{companyId}/notifications/preferences': { categories: [{ category: 'usage', inApp: true, mail: false }], dailyDigest: true },
};
const isOperatorRoute = (path: string) => path.startsWith('/api/operator/');

/** Tables whose rows for A and B must not change, with a column that puts them in order. */
const watchedTables: Record<string, string> = {
  company: 'id',
  membership: 'id',
  invitation: 'id',
  subscription: 'company_id',
  subscription_item: 'company_id',
  payment_method: 'id',
  invoice: 'id',
  notification: 'id',
  notification_read: 'notification_id',
  notification_preference: 'category',
  notification_digest: 'user_id',
  module_setting: 'id',
  module_installation: 'module',
  module_trial: 'module',
  company_logo: 'company_id',
  help_ticket: 'id',
  help_ticket_message: 'id',
  help_ticket_attachment: 'id',
  finance_expense_claim: 'id',
  cms_site: 'id',
  cms_page: 'id',
  cms_page_revision: 'id',
  cms_media: 'id',
  finance_receipt: 'id',
  finance_bank_account: 'id',
  finance_bank_transaction: 'id',
  project: 'id',
  project_task: 'id',
  project_checklist_item: 'id',
  project_comment: 'id',
  project_milestone: 'id',
  project_guest: 'id',
  analytics_dashboard: 'id',
  analytics_widget: 'id',
  analytics_report: 'id',
};
/** The knowledge base and module updates too: no bad input writes an article, a category, a vote or an update. */
const watchedPlatformTables: Record<string, string> = { help_category: 'id', help_article: 'id', help_article_vote: 'id', module_update: 'id' };

async function snapshot(companyIds: string[]): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const [table, order] of Object.entries(watchedTables)) {
    const column = table === 'company' ? 'id' : 'company_id';
    const found = await asOwner<Record<string, unknown>>(`select * from "${table}" where ${column} = any($1::uuid[]) order by ${column}, ${order}`, [companyIds]);
    rows[table] = JSON.stringify(found, (_, value) => (value && typeof value === 'object' && value.type === 'Buffer' ? `${value.data.length} bytes` : value));
  }
  for (const [table, order] of Object.entries(watchedPlatformTables)) {
    rows[table] = JSON.stringify(await asOperatorOwner(`select * from "${table}" order by ${order}`));
  }
  return rows;
}

/** Platform tables are behind the operator policy, for the owner role too. */
async function asOperatorOwner(sql: string): Promise<unknown[]> {
  return asOwner(sql, [], { 'app.operator_context': 'test: bad-input snapshot' });
}

function resolve(document: Document, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema?.$ref) return schema;
  return resolve(document, document.components.schemas[schema.$ref.split('/').pop()!]);
}

/** The JSON types a schema takes (anyOf and friends merged); empty when it takes anything. */
function typesOf(document: Document, raw: JsonSchema | undefined): Set<string> {
  const schema = resolve(document, raw);
  if (!schema) return new Set();
  const types = new Set<string>();
  for (const type of [schema.type ?? []].flat()) types.add(type === 'integer' ? 'number' : type);
  if (schema.const !== undefined) types.add(jsonType(schema.const));
  for (const value of schema.enum ?? []) types.add(jsonType(value));
  for (const member of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) for (const type of typesOf(document, member)) types.add(type);
  return types;
}

const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Properties of an object schema, the members of a union merged. */
function propertiesOf(document: Document, raw: JsonSchema | undefined): Record<string, JsonSchema> {
  const schema = resolve(document, raw);
  if (!schema) return {};
  const members = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return Object.assign({}, ...members.map((member) => propertiesOf(document, member)), schema.properties ?? {});
}

/** One wrong value at one place in an otherwise valid body; a value the property could take is never sent. */
function badBodies(document: Document, schema: JsonSchema, base: Record<string, unknown>): Array<{ where: string; body: unknown }> {
  const bodies: Array<{ where: string; body: unknown }> = [];
  const visit = (properties: Record<string, JsonSchema>, keys: string[], baseHere: Record<string, unknown>, put: (key: string, value: unknown) => unknown, prefix: string) => {
    for (const key of keys) {
      const property = properties[key]!;
      const takes = typesOf(document, property);
      const strings = takes.has('string') || takes.size === 0 ? [nul, loneSurrogate, long, huge] : [];
      for (const value of [...strings, ...wrongTypes.filter((candidate) => takes.size > 0 && !takes.has(jsonType(candidate)))]) {
        bodies.push({ where: `${prefix}${key}=${label(value)}`, body: put(key, value) });
      }
      const nested = propertiesOf(document, property);
      if (Object.keys(nested).length > 0) {
        const inner = baseHere[key] && typeof baseHere[key] === 'object' && !Array.isArray(baseHere[key]) ? (baseHere[key] as Record<string, unknown>) : {};
        visit(nested, keysToFuzz(property, nested, inner), inner, (innerKey, value) => put(key, { ...inner, [innerKey]: value }), `${prefix}${key}.`);
      }
    }
  };
  // A union (card or SetupIntent; a plan, seats or module change) is fuzzed in the shape its
  // base has: a wrong value in another shape's field would be dropped, and the base is valid.
  const keysToFuzz = (at: JsonSchema, properties: Record<string, JsonSchema>, baseHere: Record<string, unknown>) => {
    const resolved = resolve(document, at);
    const isUnion = Boolean(resolved?.anyOf ?? resolved?.oneOf);
    return Object.keys(properties).filter((key) => !isUnion || Object.keys(baseHere).length === 0 || key in baseHere);
  };
  const top = propertiesOf(document, schema);
  visit(top, keysToFuzz(schema, top, base), base, (key, value) => ({ ...base, [key]: value }), '');
  for (const whole of [[], ['x'], 'text', 5, true, null]) bodies.push({ where: `body=${label(whole)}`, body: whole });
  return bodies;
}

function label(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  if (value === nul) return 'NUL';
  if (value === loneSurrogate) return 'lone surrogate';
  return value.length > 1000 ? `${Math.round(value.length / 1024)} kB string` : JSON.stringify(value);
}

describe('bad input on every route', () => {
  let alpha: Awaited<ReturnType<typeof signUpCompany>>;
  let beta: Awaited<ReturnType<typeof signUpCompany>>;
  let document: Document;
  let operations: Operation[];
  let valid: Record<string, string>;
  let others: Record<string, string>;
  let before: Record<string, string>;
  let operatorCookie: string;
  const tally = { operations: 0, requests: 0 };
  const failures: string[] = [];

  beforeAll(async () => {
    [alpha, beta] = await Promise.all([signUpCompany('bad-input-a', 'Bad Input Alpha'), signUpCompany('bad-input-b', 'Bad Input Beta')]);
    const fill = async (company: typeof alpha) => {
      const base = `/api/companies/${company.companyId}`;
      const memberEmail = uniqueEmail('bad-input-member');
      await addMember(company.api, company.companyId, memberEmail, 'member');
      const invitation = await company.api.request('POST', `${base}/invitations`, { email: uniqueEmail('bad-input-pending'), role: 'member' });
      const card = await company.api.request('POST', `${base}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
      await company.api.request('POST', `${base}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
      await company.api.request('POST', `${base}/marketplace/crm/trial`);
      await company.api.request('POST', `${base}/marketplace/hr/trial`);
      await company.api.request('POST', `${base}/marketplace/finance/trial`);
      await company.api.request('POST', `${base}/marketplace/projects/trial`);
      await company.api.request('POST', `${base}/marketplace/support/trial`);
      await company.api.request('POST', `${base}/marketplace/analytics/trial`);
      await company.api.request('POST', `${base}/marketplace/cms/trial`);
      // The worker writes each trial's "has started" notice a moment later: wait for all, so the "before" picture has them.
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const [started] = await asOwner<{ n: number }>(`select count(*)::int as n from notification where company_id = $1 and kind = 'trial_started'`, [company.companyId]);
        if (started!.n >= 3) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const notificationId = randomUUID();
      await asOwner(`insert into notification (id, company_id, kind, category, title, body, dedupe_key, created_at) values ($1, $2, 'team', 'other', 'Notice', 'Body', $3, now())`, [notificationId, company.companyId, `bad-input:${notificationId}`]);
      let settingId: string | undefined;
      for (let attempt = 0; attempt < 100 && !settingId; attempt += 1) {
        const crm = await company.api.request('GET', `${base}/modules/crm`);
        settingId = crm.body?.settings?.[0]?.id;
        if (!settingId) await new Promise((done) => setTimeout(done, 100));
      }
      // One record of every CRM kind, so each CRM route is tried with real ids of A and B.
      const crm = `${base}/modules/crm`;
      const contact = await company.api.request('POST', `${crm}/contacts`, { firstName: 'Ada', organizationName: `Client of ${company.companyName}` });
      const deal = await company.api.request('POST', `${crm}/deals`, { title: 'Deal', valueMinor: 100, contactId: contact.body.id });
      const task = await company.api.request('POST', `${crm}/tasks`, { title: 'Task', dueAt: '2030-01-01T09:00:00Z', assigneeId: company.userId });
      const field = await company.api.request('POST', `${crm}/custom-fields`, { label: 'Field' });
      const members = (await company.api.request('GET', `${base}/members`)).body.members as Array<{ id: string; email: string }>;
      // HR: the owner's own employee record and a leave request of theirs.
      const hr = `${base}/modules/hr`;
      let leaveTypeId: string | undefined;
      for (let attempt = 0; attempt < 100 && !leaveTypeId; attempt += 1) {
        leaveTypeId = (await company.api.request('GET', `${hr}/leave-types`)).body?.leaveTypes?.[0]?.id;
        if (!leaveTypeId) await new Promise((done) => setTimeout(done, 100));
      }
      const employee = await company.api.request('POST', `${hr}/employees`, {
        name: 'Owner', startDate: '2024-01-08', workEmail: company.email, memberId: members.find((m) => m.email === company.email)!.id,
      });
      const leave = await company.api.request('POST', `${hr}/leave-requests`, { leaveTypeId, startDate: '2031-03-10', endDate: '2031-03-11' });
      // Finance: a draft claim of the owner's (a bad receipt must not replace its receipt), a bank account with one transaction.
      const finance = `${base}/modules/finance`;
      let expenseCategoryId: string | undefined;
      for (let attempt = 0; attempt < 100 && !expenseCategoryId; attempt += 1) {
        expenseCategoryId = (await company.api.request('GET', `${finance}/categories`)).body?.categories?.[0]?.id;
        if (!expenseCategoryId) await new Promise((done) => setTimeout(done, 100));
      }
      const claim = await company.api.request('POST', `${finance}/claims`, { amountMinor: 1_000, currency: 'EUR', spentOn: '2031-03-03', categoryId: expenseCategoryId, merchant: 'Bad input café' });
      const account = await company.api.request('POST', `${finance}/bank-accounts`, { name: 'Main', currency: 'EUR' });
      await company.api.request('POST', `${finance}/bank-accounts/${account.body.id}/import`, { csv: 'Date,Amount,Description\n2031-03-04,-10.00,Café\n' });
      const transaction = (await company.api.request('GET', `${finance}/transactions`)).body.transactions[0];
      // Projects: a project from the template, with a checklist item, a milestone and a guest invitation.
      const projects = `${base}/modules/projects`;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if ((await company.api.request('GET', projects)).body?.settings?.length) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const project = await company.api.request('POST', `${projects}/projects`, { name: `Project of ${company.companyName}` });
      const projectPath = `${projects}/projects/${project.body.project.id}`;
      const item = await company.api.request('POST', `${projectPath}/tasks/${project.body.tasks[0].id}/checklist`, { label: 'Item' });
      const milestone = await company.api.request('POST', `${projectPath}/milestones`, { name: 'Milestone', dueOn: '2031-01-01' });
      const guest = await company.api.request('POST', `${projectPath}/guests`, { email: uniqueEmail('bad-input-guest'), name: 'Guest' });
      // Support desk: a ticket, a saved reply and the provisioned SLA policy.
      const support = `${base}/modules/support`;
      let policyId: string | undefined;
      for (let attempt = 0; attempt < 100 && !policyId; attempt += 1) {
        policyId = (await company.api.request('GET', `${support}/sla-policies`)).body?.policies?.[0]?.id;
        if (!policyId) await new Promise((done) => setTimeout(done, 100));
      }
      const supportTicket = await company.api.request('POST', `${support}/tickets`, { requesterEmail: 'customer@bad-input.example', subject: 'Question', body: 'Hello' });
      const savedReply = await company.api.request('POST', `${support}/saved-replies`, { title: 'Saved', body: 'Reply' });
      const mailbox = await company.api.request('GET', `${support}/mailbox`);
      // Analytics: a dashboard of its own (opened once, so its setup step has ticked before the picture), a widget and a report.
      const analytics = `${base}/modules/analytics`;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if ((await company.api.request('GET', `${analytics}/dashboards`)).body?.dashboards?.length) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const dashboard = await company.api.request('POST', `${analytics}/dashboards`, { name: `Board of ${company.companyName}` });
      const widget = await company.api.request('POST', `${analytics}/dashboards/${dashboard.body.id}/widgets`, { metric: 'revenue_won' });
      const report = await company.api.request('POST', `${analytics}/reports`, { dashboardId: dashboard.body.id, recipients: ['boss@bad-input.example'] });
      await company.api.request('GET', `${analytics}/dashboards/${dashboard.body.id}`);
      // CMS: a site on a connected domain, its home page published once (a revision), and an image.
      const cms = `${base}/modules/cms`;
      for (let attempt = 0; attempt < 100; attempt += 1) {
        if ((await company.api.request('GET', cms)).body?.provisioned) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const siteSlug = `bad-input-${company.companyId.slice(0, 8)}`;
      const site = await company.api.request('POST', `${cms}/sites`, { name: 'Site', slug: siteSlug });
      await company.api.request('PATCH', `${cms}/sites/${site.body.id}`, { domain: `www.${siteSlug}.example` });
      const cmsPage = await company.api.request('POST', `${cms}/pages/${site.body.pages[0].id}/publish`);
      const media = await fetch(`${company.api.baseUrl}${cms}/sites/${site.body.id}/media`, { method: 'POST', headers: { cookie: company.api.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(pngImage(4, 4)) });
      const mediaId = ((await media.json()) as { id: string }).id;
      const invoices = (await company.api.request('GET', `${base}/billing/invoices`)).body.invoices as Array<{ id: string }>;
      // A ticket to Atrium with a screenshot on its first message.
      const ticket = await company.api.request('POST', `${base}/help/tickets`, { category: 'account', subject: 'Bad input ticket', description: 'A ticket for the sweep to aim at.' });
      const screenshot = await fetch(`${company.api.baseUrl}${base}/help/tickets/${ticket.body.ticketId}/messages/${ticket.body.message.id}/attachments?filename=shot.png`, {
        method: 'POST', headers: { cookie: company.api.cookie }, body: new Uint8Array(pngImage(4, 4)),
      });
      const attachment = (await screenshot.json()) as { id: string };
      const chat = await company.api.request('POST', `${base}/help/chats`, { body: 'A chat for bad input' });
      return {
        chatId: chat.body.id as string,
        ticketId: ticket.body.ticketId as string,
        messageId: ticket.body.message.id as string,
        attachmentId: attachment.id,
        expenseCategoryId: expenseCategoryId!,
        claimId: claim.body.id as string,
        accountId: account.body.id as string,
        transactionId: transaction.id as string,
        projectId: project.body.project.id as string,
        itemId: item.body.id as string,
        milestoneId: milestone.body.id as string,
        guestId: guest.body.id as string,
        supportTicketId: supportTicket.body.id as string,
        replyId: savedReply.body.id as string,
        policyId: policyId!,
        dashboardId: dashboard.body.id as string,
        widgetId: widget.body.id as string,
        reportId: report.body.id as string,
        metric: 'revenue_won',
        companySlug: (mailbox.body.address as string).split('@')[0]!,
        siteId: site.body.id as string,
        pageId: cmsPage.body.id as string,
        revisionId: cmsPage.body.revisions[0].id as string,
        mediaId,
        siteSlug,
        host: `www.${siteSlug}.example`,
        companyId: company.companyId,
        memberId: members.find((m) => m.email === memberEmail)!.id,
        invitationId: invitation.body.id as string,
        paymentMethodId: card.body.paymentMethod.id as string,
        invoiceId: invoices[0]!.id,
        notificationId,
        settingId: settingId!,
        contactId: contact.body.id as string,
        organizationId: contact.body.organizationId as string,
        dealId: deal.body.id as string,
        taskId: task.body.id as string,
        fieldId: field.body.id as string,
        employeeId: employee.body.id as string,
        leaveRequestId: leave.body.id as string,
        leaveTypeId: leaveTypeId!,
        module: 'crm',
        step: 'import_contacts',
        token: 'A'.repeat(43),
      };
    };
    [valid, others] = await Promise.all([fill(alpha), fill(beta)]);
    // The knowledge base: an article every company reads (A's "valid" one), a draft none does ("B's").
    const operator = await signedInOperator('bad-input');
    operatorCookie = operator.api.cookie;
    const category = await operator.api.request('POST', '/api/operator/help/categories', { name: `Bad input ${Date.now()}` });
    const article = (status: string) => operator.api.request('POST', '/api/operator/help/articles', { title: `Bad input ${status}`, categoryId: category.body.id, body: 'Text', status });
    const [published, draft] = await Promise.all([article('published'), article('draft')]);
    // A draft module update, so the console's update routes are tried with a real id (never published by them).
    const update = await operator.api.request('POST', '/api/operator/module-updates', { module: 'crm', title: 'Bad input draft', body: 'Text' });
    Object.assign(valid, { articleId: published.body.id, categoryId: category.body.id, updateId: update.body.id });
    Object.assign(others, { articleId: draft.body.id, categoryId: category.body.id, updateId: update.body.id });
    // Let the trial's provisioning and the plan change settle before the "before" picture.
    await new Promise((done) => setTimeout(done, 500));
    before = await snapshot([alpha.companyId, beta.companyId]);

    document = (await new ApiClient().request('GET', '/api/openapi.json')).body;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method,
        path,
        params: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        uuidParams: new Set((operation.parameters ?? []).filter((p) => p.in === 'path' && resolve(document, p.schema)?.format === 'uuid').map((p) => p.name)),
        body: operation.requestBody?.content['application/json']?.schema,
        rawBody: Boolean(operation.requestBody?.content['application/octet-stream']),
      })),
    );
  }, 120_000);

  afterAll(() => {
    console.log(`[bad-input] ${tally.operations} operations, ${tally.requests} requests with bad input, no 5xx and no change.`);
  });

  async function send(operation: Operation, params: Record<string, string>, body?: unknown, raw?: Buffer, contentType?: string) {
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => params[recordKey(operation.path, name)] ?? `missing-${name}`);
    tally.requests += 1;
    const headers: Record<string, string> = { cookie: isOperatorRoute(operation.path) ? operatorCookie : alpha.api.cookie };
    let payload: Uint8Array | string | undefined;
    if (raw) {
      payload = new Uint8Array(raw);
      if (contentType) headers['content-type'] = contentType;
    }
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    try {
      const response = await fetch(`${alpha.api.baseUrl}${url}`, { method: operation.method.toUpperCase(), headers, body: payload });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      // Node answers a 1 MB URL with 431 and closes the connection, which the client may
      // see as a reset before it reads the answer: a refusal at the door, not a crash.
      const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
      if (['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'].includes(code)) return 431;
      throw error;
    }
  }

  function check(what: string, status: number, allowed?: number[]) {
    // Bad input is never accepted (2xx) and never crashes (5xx).
    if (status < 400 || status >= 500 || (allowed && !allowed.includes(status))) failures.push(`${what} → ${status}`);
  }

  it('answers every operation with a 4xx for bad path parameters, 404 for unknown record ids', async () => {
    const pathValues: Array<[string, string]> = [
      ['NUL', encodeURIComponent(nul)],
      ['lone surrogate (CESU-8 bytes)', 'bad%ED%A0%80input'],
      ['invalid percent-encoding', 'bad%E0%A4%A'],
      ['10 kB', 'z'.repeat(10 * 1024)],
      ['1 MB', huge],
    ];
    await Promise.all(
      operations.map(async (operation) => {
        tally.operations += 1;
        for (const param of operation.params) {
          const body = bases[`${operation.method} ${operation.path}`];
          const withValid = body ? JSON.parse(JSON.stringify(body).replace('"@memberId"', JSON.stringify(valid.memberId)).replace('"@leaveTypeId"', JSON.stringify(valid.leaveTypeId)).replace('"@categoryId"', JSON.stringify(valid.categoryId)).replace('"@expenseCategoryId"', JSON.stringify(valid.expenseCategoryId)).replace('"@claimId"', JSON.stringify(valid.claimId)).replace('"@dashboardId"', JSON.stringify(valid.dashboardId))) : operation.body ? {} : undefined;
          for (const [label, value] of pathValues) {
            check(`${operation.method} ${operation.path} with ${param}=${label}`, await send(operation, { ...valid, [recordKey(operation.path, param)]: value }, withValid));
          }
          if (!operation.uuidParams.has(param)) continue;
          // A made-up id, and B's record in A's company: not here. B's company itself: not a member.
          // For an operator there is no "not a member": an unknown company is not found.
          const allowed = param === 'companyId' && !isOperatorRoute(operation.path) ? [403] : [404];
          check(`${operation.method} ${operation.path} with an unknown ${param}`, await send(operation, { ...valid, [recordKey(operation.path, param)]: randomUUID() }, withValid), allowed);
          if (isOperatorRoute(operation.path)) continue;
          check(`${operation.method} ${operation.path} with B's ${param}`, await send(operation, { ...valid, [recordKey(operation.path, param)]: others[recordKey(operation.path, param)]! }, withValid), allowed);
        }
      }),
    );
    expect(failures).toEqual([]);
    // The sweep grows with every route (several thousand requests): its own time limit, not the default minute.
  }, 240_000);

  it('answers every body with a 4xx for a wrong value in any property, and a wrong body type', async () => {
    const withBodies = operations.filter((operation) => operation.body);
    expect(withBodies.length).toBeGreaterThan(10);
    await Promise.all(
      withBodies.map(async (operation) => {
        const key = `${operation.method} ${operation.path}`;
        const base = JSON.parse(JSON.stringify(bases[key] ?? {}).replace('"@memberId"', JSON.stringify(valid.memberId)).replace('"@leaveTypeId"', JSON.stringify(valid.leaveTypeId)).replace('"@categoryId"', JSON.stringify(valid.categoryId)).replace('"@expenseCategoryId"', JSON.stringify(valid.expenseCategoryId)).replace('"@claimId"', JSON.stringify(valid.claimId)).replace('"@dashboardId"', JSON.stringify(valid.dashboardId)));
        for (const { where, body } of badBodies(document, operation.body!, base)) {
          check(`${key} with ${where}`, await send(operation, valid, body), undefined);
        }
        // Broken JSON, and a body in another type (which would otherwise read as `{}`).
        check(`${key} with broken JSON`, await send(operation, valid, undefined, Buffer.from('{"a":'), 'application/json'), [400]);
        check(`${key} with a text/plain body`, await send(operation, valid, undefined, Buffer.from('{}'), 'text/plain'), [415]);
        check(`${key} with a form body`, await send(operation, valid, undefined, Buffer.from('until=2099-01-01'), 'application/x-www-form-urlencoded'), [415]);
      }),
    );
    for (const operation of operations.filter((op) => op.rawBody)) {
      for (const [label, bytes] of [['NUL bytes', Buffer.alloc(64)], ['text', Buffer.from(nul)], ['a truncated PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])]] as const) {
        check(`${operation.method} ${operation.path} with ${label}`, await send(operation, valid, undefined, bytes), [400, 413, 415]);
      }
    }
    expect(failures).toEqual([]);
    // The sweep grows with every route (several thousand requests): its own time limit, not the default minute.
  }, 240_000);

  it('left both companies exactly as they were', async () => {
    const after = await snapshot([alpha.companyId, beta.companyId]);
    for (const table of [...Object.keys(watchedTables), ...Object.keys(watchedPlatformTables)]) expect(after[table], table).toBe(before[table]);
    const me = await alpha.api.request('GET', '/api/me');
    expect(me.body.companies.map((c: { id: string }) => c.id)).toEqual([alpha.companyId]);
  });
});
