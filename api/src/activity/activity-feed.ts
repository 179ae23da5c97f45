import { formatMoney, moduleNames, type ActivityKind, type activityItemView, type AtriumAbility, type Currency, type ModuleKey } from '@atrium/core';
import { oneTripBatch, type OneTripRead as Read } from '@atrium/db';
import type { z } from 'zod';
import type { ApiDependencies } from '../deps';

type ActivityItem = z.infer<typeof activityItemView>;

/**
 * The company's recent activity, read from the rows it already has (invoices, memberships,
 * the audit log, trials and installations, each module's records) rather than from a log
 * of its own: invoices only for those who read billing, a module's events only for those
 * who can open the module. Each source gives its latest `limit`; the newest `limit` of
 * them all are the feed.
 */
export async function activityFeed(deps: ApiDependencies, companyId: string, ability: AtriumAbility, limit: number): Promise<{ items: ActivityItem[] }> {
  // Every source's statements in one round trip: each asks before it awaits anything. Each
  // names the company beside row-level security: the policies (tenant or system context)
  // are OR-ed, which no index serves, while `company_id = ?` starts an index scan.
  const batch = oneTripBatch(deps.orm, { companyId });
  const read = batch.read;
  const sources: Array<Promise<ActivityItem[]>> = [people(read, companyId, limit), modules(read, companyId, limit)];
  if (ability.can('read', 'Billing')) sources.push(invoices(read, companyId, limit));
  if (ability.can('read', 'crm')) sources.push(dealsWon(read, companyId, limit));
  if (ability.can('read', 'hr')) sources.push(leaveApproved(read, companyId, limit));
  if (ability.can('read', 'finance')) sources.push(claimEvents(read, companyId, limit));
  if (ability.can('read', 'projects')) sources.push(projectWork(read, companyId, limit));
  if (ability.can('read', 'support')) sources.push(ticketsSolved(read, companyId, limit));
  if (ability.can('read', 'cms')) sources.push(pagesPublished(read, companyId, limit));
  await batch.send();
  const items = (await Promise.all(sources)).flat();
  items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id.localeCompare(b.id)));
  return { items: items.slice(0, limit) };
}

const iso = (value: Date | string) => new Date(value).toISOString();
const item = (kind: ActivityKind, key: string, at: Date | string, title: string, detail: string | null, module: ModuleKey | null, path: string | null): ActivityItem => ({
  id: `${kind}:${key}`,
  kind,
  at: iso(at),
  title,
  detail,
  module,
  path,
});

async function invoices(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  const rows = await read<{ id: string; number: string | null; total: number; currency: string; issued_at: Date | null; paid_at: Date | null }>(
    `select id, number, total, currency, issued_at, paid_at from invoice where company_id = ? and issued_at is not null order by greatest(issued_at, coalesce(paid_at, issued_at)) desc limit ?`,
    [companyId, limit],
  );
  return rows.flatMap((row) => {
    const amount = formatMoney({ amount: row.total, currency: row.currency as Currency });
    const issued = item('invoice_issued', row.id, row.issued_at!, `Invoice ${row.number} issued`, amount, null, 'billing');
    return row.paid_at ? [issued, item('invoice_paid', row.id, row.paid_at, `Invoice ${row.number} paid`, amount, null, 'billing')] : [issued];
  });
}

async function people(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  const [joined, left] = await Promise.all([
    read<{ id: string; name: string; email: string; role: string; created_at: Date }>(
      `select m.id, u.name, u.email, m.role, m.created_at from membership m join "user" u on u.id = m.user_id where m.company_id = ? order by m.created_at desc limit ?`,
      [companyId, limit],
    ),
    read<{ id: string; action: string; target: string; name: string | null; created_at: Date }>(
      `select a.id, a.action, a.target, u.name, a.created_at from audit_event a left join "user" u on u.id = a.target
       where a.company_id = ? and a.action in ('member.left', 'member.removed') order by a.created_at desc limit ?`,
      [companyId, limit],
    ),
  ]);
  return [
    ...joined.map((row) => item('member_joined', row.id, row.created_at, `${row.name || row.email} joined`, `as ${roleWord(row.role)}`, null, 'team')),
    ...left.map((row) =>
      item('member_left', row.id, row.created_at, `${row.name ?? row.target} ${row.action === 'member.left' ? 'left the company' : 'was removed from the company'}`, null, null, 'team'),
    ),
  ];
}

async function modules(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  const [bought, trials, removed] = await Promise.all([
    read<{ id: string; target: ModuleKey; created_at: Date }>(
      `select id, target, created_at from audit_event where company_id = ? and action = 'module.purchased' order by created_at desc limit ?`,
      [companyId, limit],
    ),
    read<{ module: ModuleKey; status: string; started_at: Date; closed_at: Date | null }>(
      `select module, status, started_at, closed_at from module_trial where company_id = ? order by started_at desc limit ?`,
      [companyId, limit],
    ),
    read<{ module: ModuleKey; removed_at: Date }>(
      `select module, removed_at from module_installation where company_id = ? and removed_at is not null and status <> 'active' order by removed_at desc limit ?`,
      [companyId, limit],
    ),
  ]);
  const name = (module: ModuleKey) => moduleNames[module] ?? module;
  return [
    ...bought.map((row) => item('module_bought', row.id, row.created_at, `${name(row.target)} was bought`, null, row.target, `modules/${row.target}`)),
    ...trials.flatMap((row) => [
      item('module_trial_started', `${row.module}:${iso(row.started_at)}`, row.started_at, `${name(row.module)} trial started`, null, row.module, `modules/${row.module}`),
      ...(row.status === 'converted' && row.closed_at
        ? [item('module_bought', `${row.module}:trial`, row.closed_at, `${name(row.module)} was bought`, 'at the end of its trial', row.module, `modules/${row.module}`)]
        : []),
    ]),
    ...removed.map((row) => item('module_removed', `${row.module}:${iso(row.removed_at)}`, row.removed_at, `${name(row.module)} was removed`, null, row.module, `marketplace/${row.module}`)),
  ];
}

async function dealsWon(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  const rows = await read<{ id: string; title: string; value_minor: number; currency: string; updated_at: Date }>(
    `select id, title, value_minor, currency, updated_at from crm_deal where company_id = ? and status = 'won' order by updated_at desc limit ?`,
    [companyId, limit],
  );
  return rows.map((row) =>
    item('crm_deal_won', row.id, row.updated_at, `Deal won: ${row.title}`, formatMoney({ amount: row.value_minor, currency: row.currency as Currency }), 'crm', 'modules/crm'),
  );
}

async function leaveApproved(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  // Who is away and when, never why: the leave type and notes stay with HR's own screens.
  const rows = await read<{ id: string; name: string; first_day: string; last_day: string; decided_at: Date }>(
    `select r.id, e.name, to_char(r.start_date, 'YYYY-MM-DD') as first_day, to_char(r.end_date, 'YYYY-MM-DD') as last_day, r.decided_at
     from hr_leave_request r join hr_employee e on e.id = r.employee_id
     where r.company_id = ? and r.status = 'approved' and r.decided_at is not null order by r.decided_at desc limit ?`,
    [companyId, limit],
  );
  return rows.map((row) => item('hr_leave_approved', row.id, row.decided_at, `Leave approved for ${row.name}`, row.first_day === row.last_day ? row.first_day : `${row.first_day} to ${row.last_day}`, 'hr', 'modules/hr'));
}

/** Claims submitted, approved and reimbursed: who and how much, never the note or the receipt. */
async function claimEvents(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  const rows = await read<{ id: string; name: string; amount_minor: number; currency: string; merchant: string; submitted_at: Date | null; decided_at: Date | null; status: string; reimbursed_at: Date | null }>(
    `select c.id, coalesce(nullif(u.name, ''), u.email, 'Someone') as name, c.amount_minor, c.currency, c.merchant, c.submitted_at, c.decided_at, c.status, c.reimbursed_at
     from finance_expense_claim c left join "user" u on u.id = c.owner_id
     where c.company_id = ? and c.submitted_at is not null order by greatest(c.submitted_at, coalesce(c.decided_at, c.submitted_at), coalesce(c.reimbursed_at, c.submitted_at)) desc limit ?`,
    [companyId, limit],
  );
  return rows.flatMap((row) => {
    const detail = `${formatMoney({ amount: Number(row.amount_minor), currency: row.currency as Currency })} at ${row.merchant}`;
    const path = `modules/finance/claims/${row.id}`;
    const events = [item('finance_claim_submitted', row.id, row.submitted_at!, `${row.name} submitted an expense claim`, detail, 'finance', path)];
    if (row.decided_at && (row.status === 'approved' || row.status === 'reimbursed')) events.push(item('finance_claim_approved', row.id, row.decided_at, `Expense claim of ${row.name} approved`, detail, 'finance', path));
    if (row.reimbursed_at) events.push(item('finance_claim_reimbursed', row.id, row.reimbursed_at, `Expense claim of ${row.name} reimbursed`, detail, 'finance', path));
    return events;
  });
}

async function projectWork(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  const [done, reached] = await Promise.all([
    read<{ id: string; title: string; project_id: string; project: string; completed_at: Date }>(
      `select t.id, t.title, t.project_id, p.name as project, t.completed_at from project_task t join project p on p.id = t.project_id
       where t.company_id = ? and t.completed_at is not null order by t.completed_at desc limit ?`,
      [companyId, limit],
    ),
    read<{ id: string; name: string; project_id: string; project: string; reached_at: Date }>(
      `select m.id, m.name, m.project_id, p.name as project, m.reached_at from project_milestone m join project p on p.id = m.project_id
       where m.company_id = ? and m.reached_at is not null order by m.reached_at desc limit ?`,
      [companyId, limit],
    ),
  ]);
  return [
    ...done.map((row) => item('project_task_done', row.id, row.completed_at, `Task done: ${row.title}`, row.project, 'projects', `modules/projects/${row.project_id}`)),
    ...reached.map((row) => item('project_milestone_reached', row.id, row.reached_at, `Milestone reached: ${row.name}`, row.project, 'projects', `modules/projects/${row.project_id}`)),
  ];
}

async function ticketsSolved(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  // The subject and number, never the customer's address or the thread.
  const rows = await read<{ id: string; number: number; subject: string; solved_at: Date }>(
    `select id, number, subject, solved_at from support_ticket where company_id = ? and status in ('solved', 'closed') and solved_at is not null order by solved_at desc limit ?`,
    [companyId, limit],
  );
  return rows.map((row) => item('support_ticket_solved', row.id, row.solved_at, `Ticket solved: ${row.subject}`, `#${row.number}`, 'support', `modules/support/tickets/${row.id}`));
}

async function pagesPublished(read: Read, companyId: string, limit: number): Promise<ActivityItem[]> {
  // Each publish is a revision; the page's title as it was published, and its site.
  const rows = await read<{ id: string; page_id: string; title: string; number: number; site: string; created_at: Date }>(
    `select r.id, r.page_id, r.title, r.number, s.name as site, r.created_at from cms_page_revision r join cms_page p on p.id = r.page_id join cms_site s on s.id = p.site_id
     where r.company_id = ? order by r.created_at desc limit ?`,
    [companyId, limit],
  );
  return rows.map((row) => item('cms_page_published', row.id, row.created_at, `Page published: ${row.title}`, row.number > 1 ? `${row.site}, revision ${row.number}` : row.site, 'cms', `modules/cms/pages/${row.page_id}`));
}

function roleWord(role: string): string {
  return role === 'billing' ? 'billing manager' : role;
}
