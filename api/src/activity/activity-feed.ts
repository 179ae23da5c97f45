import { formatMoney, moduleNames, type ActivityKind, type activityItemView, type AtriumAbility, type Currency, type ModuleKey } from '@atrium/core';
import { readInOneTrip } from '@atrium/db';
import type { z } from 'zod';
import type { ApiDependencies } from '../deps';

type ActivityItem = z.infer<typeof activityItemView>;

/**
 * What every source answers, under the same names and types, so that they make one
 * `union all`: which event, of which row, when, and up to three words and a number (an
 * amount with its currency, or a count) to word it with.
 */
interface EventRow {
  kind: ActivityKind;
  key: string;
  at: Date;
  a: string | null;
  b: string | null;
  c: string | null;
  n: number | null;
  amount: string | null;
  currency: string | null;
}

/**
 * One source of events: a select of EventRow's columns over one table (`$1` the company,
 * `$2` the limit), and who may see it. Each names the company beside row-level security:
 * the policies (tenant or system context) are OR-ed, which no index serves, while
 * `company_id = $1` starts an index scan.
 */
interface Source {
  seenBy?: Parameters<AtriumAbility['can']>;
  sql: string;
}

const columns = (kind: ActivityKind, key: string, at: string, words: { a?: string; b?: string; c?: string; n?: string; amount?: string; currency?: string } = {}) =>
  `select '${kind}'::text as kind, (${key})::text as key, ${at} as at, (${words.a ?? 'null'})::text as a, (${words.b ?? 'null'})::text as b, (${words.c ?? 'null'})::text as c,
          (${words.n ?? 'null'})::int as n, (${words.amount ?? 'null'})::int8 as amount, (${words.currency ?? 'null'})::text as currency`;

/** The newest `$2` of one event, as a branch of the union (parenthesised, so that it keeps its own order and limit). */
const newest = (kind: ActivityKind, key: string, at: string, words: Parameters<typeof columns>[3], from: string) =>
  `(${columns(kind, key, at, words)} ${from} order by ${at} desc limit $2)`;

/** Claims by who submitted them and how much, never the note or the receipt; one source per step of a claim. */
const claimStep = (kind: ActivityKind, at: string, when: string) =>
  newest(kind, 'c.id', at, { a: `coalesce(nullif(u.name, ''), u.email, 'Someone')`, b: 'c.merchant', amount: 'c.amount_minor', currency: 'c.currency' },
    `from finance_expense_claim c left join "user" u on u.id = c.owner_id where c.company_id = $1 and ${when}`);

const sources: Source[] = [
  { sql: newest('member_joined', 'm.id', 'm.created_at', { a: `coalesce(nullif(u.name, ''), u.email)`, b: 'm.role' }, `from membership m join "user" u on u.id = m.user_id where m.company_id = $1`) },
  {
    sql: newest('member_left', 'e.id', 'e.created_at', { a: 'coalesce(u.name, e.target)', b: 'e.action' },
      `from audit_event e left join "user" u on u.id = e.target where e.company_id = $1 and e.action in ('member.left', 'member.removed')`),
  },
  { sql: newest('module_bought', 'id', 'created_at', { a: 'target' }, `from audit_event where company_id = $1 and action = 'module.purchased'`) },
  { sql: newest('module_trial_started', 'module', 'started_at', { a: 'module' }, `from module_trial where company_id = $1`) },
  // A trial that ended in a purchase: bought at its end.
  { sql: newest('module_bought', `module || ':trial'`, 'closed_at', { a: 'module', b: `'trial'` }, `from module_trial where company_id = $1 and status = 'converted' and closed_at is not null`) },
  { sql: newest('module_removed', 'module', 'removed_at', { a: 'module' }, `from module_installation where company_id = $1 and removed_at is not null and status <> 'active'`) },
  { seenBy: ['read', 'Billing'], sql: newest('invoice_issued', 'id', 'issued_at', { a: 'number', amount: 'total', currency: 'currency' }, `from invoice where company_id = $1 and issued_at is not null`) },
  { seenBy: ['read', 'Billing'], sql: newest('invoice_paid', 'id', 'paid_at', { a: 'number', amount: 'total', currency: 'currency' }, `from invoice where company_id = $1 and issued_at is not null and paid_at is not null`) },
  { seenBy: ['read', 'crm'], sql: newest('crm_deal_won', 'id', 'updated_at', { a: 'title', amount: 'value_minor', currency: 'currency' }, `from crm_deal where company_id = $1 and status = 'won'`) },
  // Who is away and when, never why: the leave type and notes stay with HR's own screens.
  {
    seenBy: ['read', 'hr'],
    sql: newest('hr_leave_approved', 'r.id', 'r.decided_at', { a: 'e.name', b: `to_char(r.start_date, 'YYYY-MM-DD')`, c: `to_char(r.end_date, 'YYYY-MM-DD')` },
      `from hr_leave_request r join hr_employee e on e.id = r.employee_id where r.company_id = $1 and r.status = 'approved' and r.decided_at is not null`),
  },
  { seenBy: ['read', 'finance'], sql: claimStep('finance_claim_submitted', 'c.submitted_at', 'c.submitted_at is not null') },
  { seenBy: ['read', 'finance'], sql: claimStep('finance_claim_approved', 'c.decided_at', `c.submitted_at is not null and c.decided_at is not null and c.status in ('approved', 'reimbursed')`) },
  { seenBy: ['read', 'finance'], sql: claimStep('finance_claim_reimbursed', 'c.reimbursed_at', 'c.submitted_at is not null and c.reimbursed_at is not null') },
  {
    seenBy: ['read', 'projects'],
    sql: newest('project_task_done', 't.id', 't.completed_at', { a: 't.title', b: 'p.name', c: 't.project_id' },
      `from project_task t join project p on p.id = t.project_id where t.company_id = $1 and t.completed_at is not null`),
  },
  {
    seenBy: ['read', 'projects'],
    sql: newest('project_milestone_reached', 'm.id', 'm.reached_at', { a: 'm.name', b: 'p.name', c: 'm.project_id' },
      `from project_milestone m join project p on p.id = m.project_id where m.company_id = $1 and m.reached_at is not null`),
  },
  // The subject and number, never the customer's address or the thread.
  {
    seenBy: ['read', 'support'],
    sql: newest('support_ticket_solved', 'id', 'solved_at', { a: 'subject', n: 'number' }, `from support_ticket where company_id = $1 and status in ('solved', 'closed') and solved_at is not null`),
  },
  // Each publish is a revision: the page's title as it was published, and its site.
  {
    seenBy: ['read', 'cms'],
    sql: newest('cms_page_published', 'r.id', 'r.created_at', { a: 'r.title', b: 's.name', c: 'r.page_id', n: 'r.number' },
      `from cms_page_revision r join cms_page p on p.id = r.page_id join cms_site s on s.id = p.site_id where r.company_id = $1`),
  },
];

/** The statement for the sources this person sees: at most 2⁷ texts, each prepared once per connection. */
const statements = new Map<string, string>();
function feedStatement(ability: AtriumAbility): string {
  const seen = sources.map((source) => !source.seenBy || ability.can(...source.seenBy));
  // Which sources, as a string of 0s and 1s: the same abilities, the same statement.
  const signature = seen.map((shown) => (shown ? '1' : '0')).join('');
  let sql = statements.get(signature);
  if (!sql) {
    sql = `${sources.filter((_, index) => seen[index]).map((source) => source.sql).join('\nunion all\n')}\norder by at desc, kind, key limit $2`;
    statements.set(signature, sql);
  }
  return sql;
}

/**
 * The company's recent activity, read from the rows it already has (invoices, memberships,
 * the audit log, trials and installations, each module's records) rather than from a log
 * of its own: invoices only for those who read billing, a module's events only for those
 * who can open the module. One statement: each source's newest `limit`, and the newest
 * `limit` of them all, ordered by PostgreSQL.
 */
export async function activityFeed(deps: ApiDependencies, companyId: string, ability: AtriumAbility, limit: number): Promise<{ items: ActivityItem[] }> {
  const [rows] = await readInOneTrip(deps.orm, { companyId }, [{ sql: feedStatement(ability), values: [companyId, limit] }]);
  return { items: (rows as unknown as EventRow[]).map(itemOf) };
}

const moduleName = (module: string | null) => moduleNames[module as ModuleKey] ?? module ?? '';
const money = (row: EventRow) => formatMoney({ amount: Number(row.amount), currency: row.currency as Currency });

/** How each event reads: its title, detail, module and where it leads. */
const wording: Record<ActivityKind, (row: EventRow) => Pick<ActivityItem, 'title' | 'detail' | 'module' | 'path'>> = {
  invoice_issued: (row) => ({ title: `Invoice ${row.a} issued`, detail: money(row), module: null, path: 'billing' }),
  invoice_paid: (row) => ({ title: `Invoice ${row.a} paid`, detail: money(row), module: null, path: 'billing' }),
  member_joined: (row) => ({ title: `${row.a} joined`, detail: `as ${roleWord(row.b!)}`, module: null, path: 'team' }),
  member_left: (row) => ({ title: `${row.a} ${row.b === 'member.left' ? 'left the company' : 'was removed from the company'}`, detail: null, module: null, path: 'team' }),
  module_bought: (row) => ({ title: `${moduleName(row.a)} was bought`, detail: row.b === 'trial' ? 'at the end of its trial' : null, module: row.a as ModuleKey, path: `modules/${row.a}` }),
  module_trial_started: (row) => ({ title: `${moduleName(row.a)} trial started`, detail: null, module: row.a as ModuleKey, path: `modules/${row.a}` }),
  module_removed: (row) => ({ title: `${moduleName(row.a)} was removed`, detail: null, module: row.a as ModuleKey, path: `marketplace/${row.a}` }),
  crm_deal_won: (row) => ({ title: `Deal won: ${row.a}`, detail: money(row), module: 'crm', path: 'modules/crm' }),
  hr_leave_approved: (row) => ({ title: `Leave approved for ${row.a}`, detail: row.b === row.c ? row.b : `${row.b} to ${row.c}`, module: 'hr', path: 'modules/hr' }),
  finance_claim_submitted: (row) => ({ title: `${row.a} submitted an expense claim`, detail: claimDetail(row), module: 'finance', path: `modules/finance/claims/${row.key}` }),
  finance_claim_approved: (row) => ({ title: `Expense claim of ${row.a} approved`, detail: claimDetail(row), module: 'finance', path: `modules/finance/claims/${row.key}` }),
  finance_claim_reimbursed: (row) => ({ title: `Expense claim of ${row.a} reimbursed`, detail: claimDetail(row), module: 'finance', path: `modules/finance/claims/${row.key}` }),
  project_task_done: (row) => ({ title: `Task done: ${row.a}`, detail: row.b, module: 'projects', path: `modules/projects/${row.c}` }),
  project_milestone_reached: (row) => ({ title: `Milestone reached: ${row.a}`, detail: row.b, module: 'projects', path: `modules/projects/${row.c}` }),
  support_ticket_solved: (row) => ({ title: `Ticket solved: ${row.a}`, detail: `#${row.n}`, module: 'support', path: `modules/support/tickets/${row.key}` }),
  cms_page_published: (row) => ({ title: `Page published: ${row.a}`, detail: row.n! > 1 ? `${row.b}, revision ${row.n}` : row.b, module: 'cms', path: `modules/cms/pages/${row.c}` }),
};

function itemOf(row: EventRow): ActivityItem {
  const at = new Date(row.at).toISOString();
  // Trials and removals have no row id of their own: the module and the moment are the key.
  const key = row.kind === 'module_trial_started' || row.kind === 'module_removed' ? `${row.key}:${at}` : row.key;
  return { id: `${row.kind}:${key}`, kind: row.kind, at, ...wording[row.kind](row) };
}

const claimDetail = (row: EventRow) => `${money(row)} at ${row.b}`;

function roleWord(role: string): string {
  return role === 'billing' ? 'billing manager' : role;
}
