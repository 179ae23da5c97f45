import { describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { fillCompany } from './fill-company';

/** Rows of the company, read as the owner role in a named system context (RLS is forced on it too). */
async function rowsOf(companyId: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: inject('ownerUrl') });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test: demo company', true)`);
    const result = await client.query(sql, [companyId]);
    await client.query('rollback');
    return result.rows;
  } finally {
    await client.end();
  }
}
const countOf = async (companyId: string, table: string, where = 'true') => Number((await rowsOf(companyId, `select count(*)::int as n from ${table} where company_id = $1 and ${where}`))[0]!.n);

describe('the demo company', () => {
  it('has records in every module, made through the API, and a second run adds none', async () => {
    const owner = { email: `demo-${Date.now()}@demo-test.example`, password: 'atrium-demo-2027', name: 'Alex Morgan' };
    const lines: string[] = [];
    const demo = await fillCompany({ apiUrl: inject('apiUrl'), owner, companyName: 'Demo Test GmbH', log: (line) => lines.push(line) });
    const { companyId } = demo.session;

    // The team: the owner and the two members who joined through their invitations.
    expect(demo.members.map((member) => member.email)).toEqual([owner.email.replace('@', '+sam@'), owner.email.replace('@', '+priya@')]);
    expect(await countOf(companyId, 'membership')).toBe(3);

    // CRM: companies, contacts with tags (some imported), deals over every stage, a timeline, tasks.
    expect(demo.crm).toEqual({ organizations: 12, contacts: 34, deals: 14, activities: 16, tasks: 8 });
    expect(await countOf(companyId, 'crm_organization')).toBe(12);
    expect(await countOf(companyId, 'crm_contact')).toBe(34);
    expect(await countOf(companyId, 'crm_contact', `cardinality(tags) > 0`)).toBeGreaterThan(20);
    const stages = await rowsOf(companyId, `select s.name, count(d.id)::int as deals from module_setting s left join crm_deal d on d.stage_id = s.id where s.company_id = $1 and s.kind = 'pipeline_stage' group by s.name`);
    expect(stages.every((stage) => Number(stage.deals) >= 2)).toBe(true);
    expect(await countOf(companyId, 'crm_deal', `status = 'won'`)).toBe(2);
    expect(await countOf(companyId, 'crm_activity')).toBe(16);
    expect(await countOf(companyId, 'crm_activity', `owner_id = '${demo.members[0]!.userId}'`)).toBeGreaterThan(0);
    expect([await countOf(companyId, 'crm_task'), await countOf(companyId, 'crm_task', 'completed_at is not null')]).toEqual([8, 2]);
    const steps = await demo.session.client.call<{ setupSteps: Array<{ key: string; done: boolean }> }>('GET', `/api/companies/${companyId}/modules/crm`);
    expect(steps.setupSteps.filter((step) => step.done).map((step) => step.key)).toEqual(expect.arrayContaining(['import_contacts', 'add_first_deal']));

    // HR: an org chart under the owner, people linked to their members, leave in every state.
    expect(demo.hr?.employees).toBe(16);
    expect(await countOf(companyId, 'hr_employee')).toBe(16);
    expect(await countOf(companyId, 'hr_employee', 'manager_id is null')).toBe(1);
    expect(await countOf(companyId, 'hr_employee', 'member_id is not null')).toBe(3);
    const chart = await demo.session.client.call<{ roots: Array<{ name: string; reports: unknown[] }> }>('GET', `/api/companies/${companyId}/modules/hr/org-chart`);
    expect(chart.roots).toEqual([expect.objectContaining({ name: 'Alex Morgan', reports: expect.arrayContaining([expect.anything()]) })]);
    const statuses = Object.fromEntries((await rowsOf(companyId, `select status, count(*)::int as n from hr_leave_request where company_id = $1 group by status`)).map((row) => [row.status, Number(row.n)]));
    expect(statuses).toEqual({ approved: 5, pending: 3, rejected: 1, cancelled: 1 });

    // Finance: claims in every state, each through its workflow; a statement with the reimbursement matched; the P&L adds up.
    expect(demo.finance).toEqual({ claims: { draft: 1, submitted: 2, approved: 2, rejected: 1, reimbursed: 1 }, transactions: 7, matched: 1 });
    const claimStatuses = Object.fromEntries((await rowsOf(companyId, `select status, count(*)::int as n from finance_expense_claim where company_id = $1 group by status`)).map((row) => [row.status, Number(row.n)]));
    expect(claimStatuses).toEqual({ draft: 1, submitted: 2, approved: 2, rejected: 1, reimbursed: 1 });
    expect(await countOf(companyId, 'finance_receipt')).toBe(7);
    expect(await countOf(companyId, 'finance_bank_transaction', 'matched_claim_id is not null')).toBe(1);

    // Projects: three projects (two from the template), tasks over the board, milestones, one client guest.
    expect(demo.projects).toEqual({ projects: 3, tasks: 15, milestones: 6, guests: 1 });
    expect(await countOf(companyId, 'project_task', `status = 'done'`)).toBe(3);
    expect(await countOf(companyId, 'project_guest')).toBe(1);

    // Support desk: saved replies, tickets open, waiting on the customer and solved, the answers mailed.
    expect(demo.support).toEqual({ savedReplies: 3, tickets: { open: 3, pending: 1, solved: 2 } });
    expect(await countOf(companyId, 'support_ticket')).toBe(6);
    expect(await countOf(companyId, 'support_message', `direction = 'outbound'`)).toBe(3);
    expect(await countOf(companyId, 'support_saved_reply')).toBe(3);

    // CMS: a site with four published pages and a draft; 30 days of views, each day's figure the counter's.
    expect(demo.cms).toMatchObject({ published: 4, drafts: 1 });
    expect(await countOf(companyId, 'cms_page', 'published_at is not null')).toBe(4);
    expect(await countOf(companyId, 'cms_page_revision')).toBe(4);
    const [viewed] = await rowsOf(companyId, `select count(distinct day)::int as days, sum(views)::int as views from cms_page_view_day where company_id = $1`);
    expect([Number(viewed!.days), Number(viewed!.views)]).toEqual([30, demo.cms!.views]);

    // Analytics: the three default dashboards and the demo's own, with its widgets and a weekly report.
    expect(demo.analytics).toMatchObject({ widgets: 4, reports: 1 });
    expect(await countOf(companyId, 'analytics_dashboard')).toBe(4);
    expect(await countOf(companyId, 'analytics_widget', `dashboard_id = '${demo.analytics!.dashboardId}'`)).toBe(4);
    expect(await countOf(companyId, 'analytics_report', `frequency = 'weekly'`)).toBe(1);

    // Again, for the same owner: signed in, nothing added.
    const again = await fillCompany({ apiUrl: inject('apiUrl'), owner, companyName: 'Demo Test GmbH' });
    expect([again.session.companyId, again.session.created, again.crm, again.hr, again.finance, again.projects, again.support, again.cms, again.analytics, again.members.length]).toEqual([companyId, false, null, null, null, null, null, null, null, 2]);
    expect([await countOf(companyId, 'crm_contact'), await countOf(companyId, 'hr_leave_request')]).toEqual([34, 10]);
  });
});
