import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createMailer, MikroORM, ormConfig, OutboxMessage, provisionDefaultDashboards, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { analyticsReportScheduleId, saveReportSchedule } from '@atrium/workflows';
import { eventually, startBillingHarness, type BillingHarness } from '../../../test/billing-harness';
import { createAnalyticsActivities } from './analytics-activities';
import { deleteAnalyticsReports, pauseAnalyticsReports, resumeAnalyticsReports } from './report-schedules';

const dayMs = 86_400_000;

/** A company in an Analytics trial (a trial row, as the trial workflow writes it) with its default dashboards and a weekly report. */
async function companyWithReport(orm: MikroORM, name: string, trialEndsAt: Date, recipient: string, paused = false) {
  const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), name, { billingRows: false });
  return withTenant(orm, { companyId }, async (em) => {
    await em.execute(`insert into module_trial (company_id, module, status, started_at, ends_at) values (?, 'analytics', 'active', now(), ?)`, [companyId, trialEndsAt]);
    await provisionDefaultDashboards(em, companyId);
    const [overview] = await em.execute<{ id: string }[]>(`select id from analytics_dashboard where name = 'Overview'`, [], 'all');
    const reportId = randomUUID();
    await em.execute(`insert into analytics_report (id, company_id, created_at, updated_at, dashboard_id, frequency, recipients, paused) values (?, ?, now(), now(), ?, 'weekly', string_to_array(?, ','), ?)`, [reportId, companyId, overview!.id, recipient, paused]);
    return { companyId, reportId };
  });
}

const mailTo = (orm: MikroORM, to: string) => withTenant(orm, { system: 'test: read the outbox' }, (em) => em.find(OutboxMessage, { to }, { orderBy: { createdAt: 'asc' } }));

describe('a weekly report under time skipping', () => {
  const taskQueue = 'analytics-report-test';
  let harness: BillingHarness;
  beforeEach(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterEach(() => harness?.stop());

  it('on Monday morning mails last week’s figures with a PDF, once per week however often it runs; a paused report mails nothing', async () => {
    // To the next Monday, 07:00 UTC, the time the report's schedule starts it.
    const now = await harness.env.currentTimeMs();
    const monday = new Date(now);
    monday.setUTCHours(7, 0, 0, 0);
    monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
    const recipient = `lead-${randomUUID()}@report.example`;
    const { companyId, reportId } = await companyWithReport(harness.orm, 'Report Co', new Date(monday.getTime() + 365 * dayMs), recipient);
    await harness.env.sleep(monday.getTime() - now);

    const run = () => harness.env.client.workflow.execute('analyticsReportWorkflow', { workflowId: `${analyticsReportScheduleId(reportId)}-${randomUUID()}`, taskQueue, args: [{ companyId, reportId }] });
    expect(await run()).toBe('sent');
    const [mail, ...more] = await mailTo(harness.orm, recipient);
    const lastMonday = new Date(monday.getTime() - 7 * dayMs).toISOString().slice(0, 10);
    const lastSunday = new Date(monday.getTime() - dayMs).toISOString().slice(0, 10);
    expect(more).toEqual([]);
    expect(mail!.subject).toMatch(/^Overview: Week of /);
    expect(mail!.text).toContain(`(${lastMonday} to ${lastSunday})`);
    // The company has no CRM: its figures say so; Atrium spend needs no module.
    expect(mail!.text).toContain('Revenue won: Needs CRM');
    expect(mail!.text).toContain('Atrium spend: €0.00');
    expect(mail!.html).toContain('<table');
    expect(mail!.headers?.['x-attachments']).toMatch(new RegExp(`^overview-${lastMonday}\\.pdf; application/pdf; \\d+ bytes$`));

    // The same week again (a retried activity, a schedule caught up): keyed by report and week, nothing more is mailed.
    const activities = createAnalyticsActivities({ orm: harness.orm, mailer: createMailer({ orm: harness.orm }) });
    const again = await activities.computeAnalyticsReport({ companyId, reportId, sentAt: new Date(monday.getTime() + 3_600_000).toISOString() });
    expect(again?.period.key).toBe(lastMonday);
    expect(await activities.mailAnalyticsReport({ companyId, reportId, summary: again! })).toBe('already_sent');
    expect(await mailTo(harness.orm, recipient)).toHaveLength(1);
    const [report] = await withTenant(harness.orm, { companyId }, (em) => em.execute<{ last_sent_period: string }[]>(`select last_sent_period from analytics_report`, [], 'all'));
    expect(report!.last_sent_period).toBe(lastMonday);

    const quiet = `quiet-${randomUUID()}@report.example`;
    // The test server may run its clock far ahead once the runs are done: this trial outlasts it, so only the pause stops the mail.
    const pausedReport = await companyWithReport(harness.orm, 'Paused Report Co', new Date(monday.getTime() + 100 * 365 * dayMs), quiet, true);
    expect(await harness.env.client.workflow.execute('analyticsReportWorkflow', { workflowId: `paused-${randomUUID()}`, taskQueue, args: [pausedReport] })).toBe('skipped');
    expect(await mailTo(harness.orm, quiet)).toEqual([]);
  });
});

/**
 * The schedules themselves, against the stack's Temporal dev server (the time-skipping test
 * server has no schedules): created, paused with the module's removal, resumed on re-purchase
 * (the company's own pause kept), triggered — the stack's worker mails the report — and deleted on purge.
 */
describe('report schedules on the Temporal server', () => {
  let orm: MikroORM;
  let client: Client;
  beforeAll(async () => {
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
    client = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  });
  afterAll(async () => {
    await client?.connection.close();
    await orm?.close(true);
  });

  it('pause on removal, resume on re-purchase, a run on trigger, deletion on purge', async () => {
    const temporal = { client, taskQueue: inject('taskQueue') };
    const recipient = `schedule-${randomUUID()}@report.example`;
    const { companyId, reportId } = await companyWithReport(orm, 'Scheduled Co', new Date(Date.now() + 7 * dayMs), recipient);
    const own = await companyWithReport(orm, 'Own Pause Co', new Date(Date.now() + 7 * dayMs), `own-${randomUUID()}@report.example`, true);
    await saveReportSchedule(client, temporal.taskQueue, { companyId, reportId, frequency: 'weekly', paused: false });
    await saveReportSchedule(client, temporal.taskQueue, { companyId: own.companyId, reportId: own.reportId, frequency: 'weekly', paused: true });
    const schedule = client.schedule.getHandle(analyticsReportScheduleId(reportId));
    expect((await schedule.describe()).state.paused).toBe(false);

    await pauseAnalyticsReports(orm, temporal, companyId);
    expect((await schedule.describe()).state).toMatchObject({ paused: true, note: 'Analytics was removed' });
    await resumeAnalyticsReports(orm, temporal, companyId);
    await resumeAnalyticsReports(orm, temporal, own.companyId);
    expect((await schedule.describe()).state.paused).toBe(false);
    expect((await client.schedule.getHandle(analyticsReportScheduleId(own.reportId)).describe()).state.paused).toBe(true);

    await schedule.trigger();
    const mails = await eventually(() => mailTo(orm, recipient), (found) => found.length > 0, 40_000);
    expect(mails[0]!.subject).toMatch(/^Overview: Week of /);

    await deleteAnalyticsReports(orm, temporal, companyId);
    await deleteAnalyticsReports(orm, temporal, own.companyId);
    await expect(schedule.describe()).rejects.toThrow();
  });
});
