import { formatMoney } from '@atrium/core';
import { describe, expect, it } from 'vitest';
import { fillAnalytics } from '../../scripts/demo/analytics';
import { fillCrm } from '../../scripts/demo/crm';
import { buyModules, ownerSession } from '../../scripts/demo/owner';
import { fillSupport } from '../../scripts/demo/support';
import { ownerPerson } from '../../scripts/demo/team';
import { uniqueEmail } from './support/browser';
import { dashboardSession } from './support/dashboard-session';
import { pageWidth, phone, widest } from './support/phone';

describe('Analytics in the browser', () => {
  const session = dashboardSession();

  it('the Overview shows the demo’s figures, a dashboard is built with a widget, and every Analytics page fits a phone', async () => {
    // The demo's own fillers (scripts/demo), for the modules the Overview reads; HR is left out on purpose.
    const owner = { email: uniqueEmail('analytics-demo'), password: 'atrium-demo-2027', name: 'Alex Morgan' };
    const demo = await ownerSession(process.env.ATRIUM_TEST_API_URL!, owner, `Analytics Demo ${Date.now().toString(36)}`);
    await buyModules(demo, ['crm', 'support', 'analytics']);
    const person = await ownerPerson(demo);
    await fillCrm(demo, { owner: person, salesRep: null }, () => {});
    const desk = await fillSupport(demo, { owner: person, agent: null }, () => {});
    await fillAnalytics(demo, { owner: person }, () => {});

    // What the demo wrote: its deals read back through CRM's own route, its tickets as the desk's filler counted them.
    const modules = `/api/companies/${demo.companyId}/modules`;
    const pipeline = await demo.client.call<{ deals: Array<{ status: string; valueMinor: number }> }>('GET', `${modules}/crm/pipeline`);
    const sum = (status: string) => pipeline.deals.filter((deal) => deal.status === status).reduce((total, deal) => total + deal.valueMinor, 0);
    const ticketCount = desk.tickets.open + desk.tickets.pending + desk.tickets.solved;

    const page = await session.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname.includes(demo.companyId));
    const home = `/${demo.companyId}/modules/analytics`;
    await page.goto(home);
    await page.getByTestId('dashboard-link').filter({ hasText: 'Overview' }).click();
    await page.getByTestId('analytics-dashboard').waitFor();
    const total = (metric: string) => page.locator(`[data-metric="${metric}"] [data-testid="widget-total"]`).textContent();
    expect(await total('revenue_won')).toBe(formatMoney({ amount: sum('won'), currency: 'EUR' }));
    expect(await total('open_pipeline')).toBe(formatMoney({ amount: sum('open'), currency: 'EUR' }));
    expect(await total('ticket_volume')).toBe(String(ticketCount));
    // No HR: the headcount says so, with the way to the marketplace, instead of a zero.
    expect(await page.locator('[data-metric="headcount"] [data-testid="widget-needs-module"]').textContent()).toBe('Headcount needs HR. Get HR in the marketplace to see it here.');
    expect(await page.locator('[data-metric="headcount"] [data-testid="widget-marketplace-link"]').getAttribute('href')).toBe(`/${demo.companyId}/marketplace/hr`);

    // A dashboard of one's own, with one widget.
    await page.goto(home);
    await page.getByTestId('dashboard-name').fill('Support week');
    await page.getByTestId('create-dashboard').click();
    await page.getByTestId('widgets-empty').waitFor();
    const built = page.url();
    await page.getByTestId('widget-metric').selectOption('ticket_volume');
    await page.getByTestId('widget-chart-type').selectOption('bar');
    await page.getByTestId('add-widget').click();
    await page.locator('[data-metric="ticket_volume"] [data-testid="widget-total"]').waitFor();
    expect(await total('ticket_volume')).toBe(String(ticketCount));

    // Every Analytics page at 390 px.
    await page.setViewportSize(phone);
    const tooWide: string[] = [];
    for (const path of [home, built, `${home}/reports`, `${home}/dashboards/${(await demo.client.call<{ dashboards: Array<{ id: string; name: string }> }>('GET', `${modules}/analytics/dashboards`)).dashboards.find((d) => d.name === 'Revenue and spend')!.id}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await page.getByTestId('analytics-nav').waitFor();
      const width = await pageWidth(page);
      if (width > phone.width) tooWide.push(`${path} is ${width} px wide: ${await widest(page)}`);
    }
    expect(tooWide).toEqual([]);
  });
});
