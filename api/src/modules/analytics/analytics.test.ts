import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyticsPath as path, companyWithAnalytics, insertRow, settingId } from '../../../test/analytics-flows';
import { asOwner } from '../../../test/http';
import { cmsPath, siteOf } from '../../../test/cms-flows';

const dayMs = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
/** A day `n` days from today (UTC), and noon on it. */
const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
const noon = (n: number) => new Date(`${day(n)}T12:00:00Z`);
// The range under test: the last 28 days; the period before it is the 28 days before that.
const range = `from=${day(-27)}&to=${day(0)}`;

type Figures = { state: string; current: { total: number | null; buckets: Array<{ start: string; end: string; value: number | null }>; breakdown: Array<{ label: string; value: number }> }; previous: { total: number | null; from: string; to: string } | null; changePercent: number | null; module?: string };

describe('Analytics', () => {
  let a: Awaited<ReturnType<typeof companyWithAnalytics>>;
  let b: Awaited<ReturnType<typeof companyWithAnalytics>>;
  const figures = async (owner: typeof a, metric: string, query = `${range}&bucket=week`) => {
    const answer = await owner.api.request('GET', `${path(owner.companyId)}/metrics/${metric}?${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as Figures;
  };

  beforeAll(async () => {
    [a, b] = await Promise.all([companyWithAnalytics('analytics-a', ['crm', 'hr', 'finance', 'projects', 'support', 'cms']), companyWithAnalytics('analytics-b', ['crm'])]);
    const A = a.companyId;
    const stage = await settingId(A, 'crm', 'pipeline_stage');
    const deal = (status: string, value: number, at: Date, currency = 'EUR', company = A, stageId = stage) =>
      insertRow('crm_deal', company, { title: `Deal ${value}`, value_minor: value, currency, stage_id: stageId, status, position: 0, created_at: at, updated_at: at });
    await deal('won', 1000, noon(-20));
    await deal('won', 2500, noon(-3));
    await deal('won', 700, noon(-40));
    await deal('won', 9999, noon(-3), 'USD');
    await deal('open', 5000, noon(-10));
    await deal('open', 1200, noon(-40));
    await deal('won', 77777, noon(-3), 'EUR', b.companyId, await settingId(b.companyId, 'crm', 'pipeline_stage'));

    const employee = (name: string, startsIn: number) => insertRow('hr_employee', A, { name, start_date: day(startsIn), work_email: `${name.toLowerCase()}@a.example` });
    const ada = await employee('Ada', -100);
    await employee('Bo', -15);
    const leaveType = await settingId(A, 'hr', 'leave_type');
    const leave = (status: string, startsIn: number, days: number) => insertRow('hr_leave_request', A, { employee_id: ada, leave_type_id: leaveType, start_date: day(startsIn), end_date: day(startsIn + days), days, status });
    await leave('approved', -5, 3);
    await leave('approved', -45, 2);
    await leave('pending', -5, 4);

    const travel = await settingId(A, 'finance', 'expense_category', 'Travel');
    const meals = await settingId(A, 'finance', 'expense_category', 'Meals');
    const claim = (status: string, category: string, amount: number, spentIn: number) =>
      insertRow('finance_expense_claim', A, { owner_id: a.userId, category_id: category, amount_minor: amount, currency: 'EUR', spent_on: day(spentIn), merchant: 'Shop', status });
    await claim('approved', travel, 4000, -8);
    await claim('reimbursed', meals, 1500, -2);
    await claim('draft', travel, 9000, -2);
    const matched = await claim('approved', travel, 800, -9);
    const account = await insertRow('finance_bank_account', A, { name: 'Main', currency: 'EUR' });
    const booking = (amount: number, bookedIn: number, category: string | null, matchedClaim: string | null = null) =>
      insertRow('finance_bank_transaction', A, { account_id: account, booked_on: day(bookedIn), amount_minor: amount, currency: 'EUR', category, matched_claim_id: matchedClaim, fingerprint: `${amount}:${bookedIn}` });
    await booking(-2500, -6, 'Software');
    await booking(-800, -9, 'Travel', matched);
    await booking(5000, -6, 'Sales');
    await booking(-300, -6, null);

    const project = await insertRow('project', A, { name: 'Site' });
    const task = (status: string, dueIn: number | null, completedIn: number | null) =>
      insertRow('project_task', A, { project_id: project, title: 'Task', status, position: 0, due_on: dueIn === null ? null : day(dueIn), completed_at: completedIn === null ? null : noon(completedIn) });
    await task('done', null, -4);
    await task('done', -20, -15);
    await task('done', null, -35);
    await task('todo', -10, null);
    await task('todo', 5, null);

    const ticket = (number: number, openedIn: number, respondedAfterMinutes: number | null, slaStatus = 'on_track') => {
      const opened = noon(openedIn);
      return insertRow('support_ticket', A, {
        number, subject: 'Help', requester_email: 'c@customer.example', status: 'open', priority: 'normal', source: 'mail', sla_status: slaStatus, created_at: opened, last_message_at: opened,
        first_responded_at: respondedAfterMinutes === null ? null : new Date(opened.getTime() + respondedAfterMinutes * 60_000),
      });
    };
    await ticket(1, -9, 30);
    await ticket(2, -9, 90);
    await ticket(3, -1, null, 'breached');
    await ticket(4, -33, 10);
  }, 120_000);

  it('revenue won: the company’s won deals in its currency, in weekly buckets, against the 28 days before', async () => {
    const won = await figures(a, 'revenue_won');
    expect([won.current.total, won.previous?.total, won.changePercent]).toEqual([1000 + 2500, 700, 400]);
    expect(won.previous).toMatchObject({ from: day(-55), to: day(-28) });
    // Each deal lands in the bucket that holds its day; every other bucket is empty.
    const inBucket = (date: string) => won.current.buckets.find((bucket) => bucket.start <= date && date <= bucket.end)!;
    expect(inBucket(day(-20)).value).toBe(1000);
    expect(inBucket(day(-3)).value).toBe(2500);
    expect(won.current.buckets.reduce((total, bucket) => total + (bucket.value ?? 0), 0)).toBe(3500);
    // Company B sees its own deal only; A's figures never held it.
    expect((await figures(b, 'revenue_won')).current.total).toBe(77777);
  });

  it('levels: open pipeline, headcount and overdue tasks as they stood at the end of each period', async () => {
    const pipeline = await figures(a, 'open_pipeline');
    expect([pipeline.current.total, pipeline.previous?.total]).toEqual([5000 + 1200, 1200]);
    const headcount = await figures(a, 'headcount');
    expect([headcount.current.total, headcount.previous?.total]).toEqual([2, 1]);
    const overdue = await figures(a, 'overdue_tasks', `${range}&bucket=day`);
    expect([overdue.current.total, overdue.previous?.total]).toEqual([1, 0]);
    // The task due 20 days ago and done 15 days ago was overdue from day -19 to day -16.
    const on = (n: number) => overdue.current.buckets.find((bucket) => bucket.start === day(n))!.value;
    expect([on(-20), on(-19), on(-16), on(-15), on(-10), on(-9)]).toEqual([0, 1, 1, 0, 0, 1]);
  });

  it('absence days, tasks done, tickets, median first response and SLA breaches', async () => {
    const absence = await figures(a, 'absence_days');
    expect([absence.current.total, absence.previous?.total]).toEqual([3, 2]);
    const done = await figures(a, 'tasks_done');
    expect([done.current.total, done.previous?.total]).toEqual([2, 1]);
    const tickets = await figures(a, 'ticket_volume');
    expect([tickets.current.total, tickets.previous?.total]).toEqual([3, 1]);
    const response = await figures(a, 'first_response_time');
    expect([response.current.total, response.previous?.total]).toEqual([(30 + 90) / 2, 10]);
    const breaches = await figures(a, 'sla_breaches');
    expect([breaches.current.total, breaches.previous?.total, breaches.changePercent]).toEqual([1, 0, null]);
  });

  it('spend by category and the P&L count what Finance counts: approved claims and unexplained categorised payments', async () => {
    const spend = await figures(a, 'spend_by_category');
    expect(spend.current.total).toBe(4000 + 1500 + 2500 + 800);
    expect(spend.current.breakdown).toEqual([{ label: 'Travel', value: 4800 }, { label: 'Software', value: 2500 }, { label: 'Meals', value: 1500 }]);
    const pnl = await figures(a, 'profit_and_loss');
    // Months whole: income 5,000 (Sales) less 8,800 of expenses, nothing the months before.
    expect([pnl.current.total, pnl.previous?.total]).toEqual([5000 - 8800, 0]);
    expect(pnl.current.buckets.every((bucket) => bucket.start.endsWith('-01'))).toBe(true);
  });

  it('Atrium spend is the company’s own paid invoices', async () => {
    const paid = await asOwner<{ total: number }>(`select total from invoice where company_id = $1 and status = 'paid' and paid_at >= $2::date and currency = 'EUR'`, [a.companyId, day(-27)]);
    const spend = await figures(a, 'atrium_spend');
    expect(paid.length).toBeGreaterThan(0);
    expect(spend.current.total).toBe(paid.reduce((total, row) => total + Number(row.total), 0));
  });

  it('page views are what the CMS counter writes: today’s visits to the public site and the days counted before', async () => {
    for (let attempt = 0; attempt < 100 && !(await a.api.request('GET', cmsPath(a.companyId))).body.provisioned; attempt += 1) await new Promise((done) => setTimeout(done, 100));
    const slug = `analytics-${a.companyId.slice(0, 8)}`;
    const site = await siteOf(a.api, a.companyId, slug);
    const home = site.pages[0]!.id;
    expect((await a.api.request('POST', `${cmsPath(a.companyId)}/pages/${home}/publish`)).status).toBe(200);
    for (let visit = 0; visit < 3; visit += 1) expect((await fetch(`${a.api.baseUrl}/api/public/sites/${slug}/page?path=`)).status).toBe(200);
    // Earlier days as the counter keeps them: one row per page and day, no visitor.
    await asOwner(`insert into cms_page_view_day (company_id, site_id, page_id, day, views) values ($1, $2, $3, $4, 4), ($1, $2, $3, $5, 5)`, [a.companyId, site.id, home, day(-10), day(-40)]);
    const views = await figures(a, 'page_views', `${range}&bucket=day`);
    expect([views.state, views.current.total, views.previous?.total]).toEqual(['ready', 3 + 4, 5]);
    expect([views.current.buckets.find((bucket) => bucket.start === day(0))?.value, views.current.buckets.find((bucket) => bucket.start === day(-10))?.value]).toEqual([3, 4]);
    // Company B has no CMS: its figure says so, and never holds A's views.
    expect((await figures(b, 'page_views')).state).toBe('needs_module');
  });

  it('a metric of a module the company does not have says which module it needs, not zero', async () => {
    const views = await figures(b, 'page_views');
    expect(views).toMatchObject({ state: 'needs_module', module: 'cms', moduleName: 'CMS', marketplacePath: '/marketplace/cms' });
    expect(await figures(b, 'headcount')).toMatchObject({ state: 'needs_module', module: 'hr', message: 'Headcount needs HR. Get HR in the marketplace to see it here.' });
    const catalogue = (await b.api.request('GET', `${path(b.companyId)}/metrics`)).body.metrics as Array<{ key: string; available: boolean }>;
    expect(catalogue.filter((metric) => metric.available).map((metric) => metric.key)).toEqual(['revenue_won', 'open_pipeline', 'atrium_spend']);
  });

  it('default dashboards are provisioned; a dashboard of one’s own with widgets in order; the setup steps tick themselves', async () => {
    const list = (await a.api.request('GET', `${path(a.companyId)}/dashboards`)).body.dashboards as Array<{ id: string; name: string; provisioned: boolean }>;
    expect(list.map((dashboard) => [dashboard.name, dashboard.provisioned])).toEqual([['Overview', true], ['Revenue and spend', true], ['Team and service', true]]);
    const overview = await a.api.request('GET', `${path(a.companyId)}/dashboards/${list[0]!.id}`);
    expect(overview.body.widgets.map((widget: { metric: string }) => widget.metric)).toEqual(['revenue_won', 'open_pipeline', 'headcount', 'ticket_volume', 'tasks_done', 'page_views', 'atrium_spend']);
    expect(overview.body.widgets.find((widget: { metric: string }) => widget.metric === 'page_views').figures.state).toBe('ready');

    const built = await a.api.request('POST', `${path(a.companyId)}/dashboards`, { name: 'Weekly review' });
    expect(built.status).toBe(201);
    expect((await a.api.request('POST', `${path(a.companyId)}/dashboards`, { name: 'Weekly review' })).status).toBe(409);
    const add = (body: object) => a.api.request('POST', `${path(a.companyId)}/dashboards/${built.body.id}/widgets`, body);
    const first = await add({ metric: 'ticket_volume', chart: 'bar', range: 'last_30_days', bucket: 'week' });
    const second = await add({ metric: 'revenue_won', chart: 'number', range: 'last_7_days' });
    expect(first.status).toBe(201);
    expect(second.body.figures).toMatchObject({ state: 'ready', current: { total: 2500 } });
    const moved = await a.api.request('PATCH', `${path(a.companyId)}/dashboards/${built.body.id}/widgets/${second.body.id}`, { move: 'up', title: 'Won this week' });
    expect(moved.status).toBe(200);
    const after = (await a.api.request('GET', `${path(a.companyId)}/dashboards/${built.body.id}`)).body.widgets as Array<{ metric: string; title: string }>;
    expect(after.map((widget) => [widget.metric, widget.title])).toEqual([['revenue_won', 'Won this week'], ['ticket_volume', '']]);
    expect((await add({ metric: 'no_such_metric' })).status).toBe(400);

    const steps = (await a.api.request('GET', path(a.companyId))).body.setupSteps as Array<{ key: string; done: boolean }>;
    expect(steps.filter((step) => step.done).map((step) => step.key)).toEqual(['explore_dashboards', 'build_dashboard']);
  });

  it('limits: own dashboards, scheduled reports and months of history are refused past the plan with the upgrade message', async () => {
    const C = b.companyId;
    for (const name of ['One', 'Two', 'Three']) expect((await b.api.request('POST', `${path(C)}/dashboards`, { name })).status).toBe(201);
    const fourth = await b.api.request('POST', `${path(C)}/dashboards`, { name: 'Four' });
    expect([fourth.status, fourth.body.error, fourth.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 3 dashboards of your own. Growth includes 25.']);
    const dashboardId = (await b.api.request('GET', `${path(C)}/dashboards`)).body.dashboards[0].id as string;
    for (let n = 0; n < 2; n += 1) expect((await b.api.request('POST', `${path(C)}/reports`, { dashboardId, frequency: 'weekly', recipients: ['boss@b.example'] })).status).toBe(201);
    const third = await b.api.request('POST', `${path(C)}/reports`, { dashboardId, recipients: ['boss@b.example'] });
    expect([third.status, third.body.message]).toEqual([402, 'Your Starter plan includes 2 scheduled email reports. Growth includes 20.']);
    const old = await b.api.request('GET', `${path(C)}/metrics/revenue_won?from=${day(-400)}&to=${day(0)}&bucket=month`);
    expect([old.status, old.body.message]).toEqual([402, 'Your Starter plan includes 12 months of history. Growth includes 36.']);
    expect((await b.api.request('GET', `${path(C)}/metrics/revenue_won?from=${day(0)}&to=${day(-1)}`)).status).toBe(400);
  });

  describe('scheduled reports as Temporal Schedules', () => {
    let temporal: Client;
    beforeAll(async () => {
      temporal = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
    });
    afterAll(() => temporal?.connection.close());

    it('a report gets its weekly schedule; pausing, a monthly change and deleting it reach the schedule', async () => {
      const dashboardId = (await a.api.request('GET', `${path(a.companyId)}/dashboards`)).body.dashboards[0].id as string;
      const created = await a.api.request('POST', `${path(a.companyId)}/reports`, { dashboardId, frequency: 'weekly', recipients: ['Lead@A.example', 'lead@a.example'] });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ frequency: 'weekly', recipients: ['lead@a.example'], paused: false, dashboardName: 'Overview' });
      const schedule = temporal.schedule.getHandle(`analytics-report:${created.body.id}`);
      const described = await schedule.describe();
      expect([described.state.paused, described.spec.calendars?.[0]?.dayOfWeek, described.spec.calendars?.[0]?.hour]).toEqual([false, [{ start: 'MONDAY', end: 'MONDAY', step: 1 }], [{ start: 7, end: 7, step: 1 }]]);

      const paused = await a.api.request('PATCH', `${path(a.companyId)}/reports/${created.body.id}`, { paused: true, frequency: 'monthly' });
      expect(paused.body).toMatchObject({ paused: true, frequency: 'monthly' });
      const changed = await schedule.describe();
      expect([changed.state.paused, changed.spec.calendars?.[0]?.dayOfMonth]).toEqual([true, [{ start: 1, end: 1, step: 1 }]]);

      expect((await a.api.request('DELETE', `${path(a.companyId)}/reports/${created.body.id}`)).status).toBe(200);
      await expect(schedule.describe()).rejects.toThrow();
      const steps = (await a.api.request('GET', path(a.companyId))).body.setupSteps as Array<{ key: string; done: boolean }>;
      expect(steps.find((step) => step.key === 'schedule_report')?.done).toBe(true);
    });
  });
});
