import type { OwnerSession } from './owner';
import type { DemoPerson } from './team';

/**
 * Analytics demo records through the API, once the other modules are filled (its figures
 * are theirs): a dashboard of the company's own beside the provisioned defaults, with four
 * widgets over the demo's tickets, deals, tasks and spend, and a weekly report of it
 * mailed to the owner (its Temporal Schedule starts with it).
 */
export interface AnalyticsDemo {
  dashboardId: string;
  widgets: number;
  reports: number;
}

export const demoDashboardName = 'Weekly review';

const widgets = [
  { metric: 'ticket_volume', chart: 'bar', range: 'last_30_days', bucket: 'week', title: 'Tickets opened' },
  { metric: 'revenue_won', chart: 'number', range: 'last_30_days', bucket: 'week', title: '' },
  { metric: 'tasks_done', chart: 'line', range: 'last_30_days', bucket: 'week', title: '' },
  { metric: 'spend_by_category', chart: 'table', range: 'this_year', bucket: 'month', title: '' },
] as const;

export async function fillAnalytics(session: OwnerSession, people: { owner: DemoPerson }, log: (line: string) => void): Promise<AnalyticsDemo> {
  const base = `/api/companies/${session.companyId}/modules/analytics`;
  // The default dashboards are written by provisioning a moment after the purchase.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { dashboards } = await session.client.call<{ dashboards: unknown[] }>('GET', `${base}/dashboards`);
    if (dashboards.length > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const dashboard = await session.client.call<{ id: string }>('POST', `${base}/dashboards`, { name: demoDashboardName });
  for (const widget of widgets) await session.client.call('POST', `${base}/dashboards/${dashboard.id}/widgets`, { ...widget, compare: true });
  await session.client.call('POST', `${base}/reports`, { dashboardId: dashboard.id, frequency: 'weekly', recipients: [people.owner.email] });
  log(`Analytics: the "${demoDashboardName}" dashboard with ${widgets.length} widgets, mailed weekly to ${people.owner.email}`);
  return { dashboardId: dashboard.id, widgets: widgets.length, reports: 1 };
}
