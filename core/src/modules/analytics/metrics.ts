import type { ModuleKey } from '../catalog';

/**
 * How a metric's figures add up over a bucket and over the whole range:
 * - `sum`: what happened in it (deals won, tickets opened), the range's total is the sum;
 * - `level`: how things stood at the bucket's last day (headcount, open pipeline), the
 *   range's figure is the level on its last day;
 * - `median`: the middle of the durations of the things that happened in it.
 */
export const metricAggregations = ['sum', 'level', 'median'] as const;
export type MetricAggregation = (typeof metricAggregations)[number];

/** `money` is in integer minor units of the company's currency; `minutes` may have a half (a median of two). */
export const metricUnits = ['money', 'count', 'days', 'minutes'] as const;
export type MetricUnit = (typeof metricUnits)[number];

export interface MetricDefinition {
  key: string;
  label: string;
  description: string;
  /** The module whose records the metric reads; null for Atrium's own billing, which every company has. */
  module: ModuleKey | null;
  unit: MetricUnit;
  aggregation: MetricAggregation;
  /** Figures also come split by category (spend by expense category). */
  breakdown?: 'category';
  /** The finest bucket the metric's records allow (the P&L is monthly). */
  finestBucket?: 'month';
}

const metric = (definition: MetricDefinition) => definition;

/**
 * Every figure Analytics can show, and where it comes from. Pure definitions: the queries
 * live in `db` (`db/src/analytics/`), one per key, and run in the company's own tenant
 * transaction. A company without the metric's module gets "needs <Module>", never a zero.
 */
export const analyticsMetrics = {
  revenue_won: metric({ key: 'revenue_won', label: 'Revenue won', description: 'Value of CRM deals won, by the day they were won.', module: 'crm', unit: 'money', aggregation: 'sum' }),
  open_pipeline: metric({ key: 'open_pipeline', label: 'Open pipeline', description: 'Value of the CRM deals still open, by when they were added.', module: 'crm', unit: 'money', aggregation: 'level' }),
  headcount: metric({ key: 'headcount', label: 'Headcount', description: 'Employees on the books, counted from their start date.', module: 'hr', unit: 'count', aggregation: 'level' }),
  absence_days: metric({ key: 'absence_days', label: 'Absence days', description: 'Working days of approved leave, by the day the leave starts.', module: 'hr', unit: 'days', aggregation: 'sum' }),
  spend_by_category: metric({ key: 'spend_by_category', label: 'Spend by category', description: 'Approved expense claims and categorised payments out, by expense category.', module: 'finance', unit: 'money', aggregation: 'sum', breakdown: 'category' }),
  profit_and_loss: metric({ key: 'profit_and_loss', label: 'Profit and loss', description: 'Income less expenses each month, as Finance’s profit and loss counts them.', module: 'finance', unit: 'money', aggregation: 'sum', finestBucket: 'month' }),
  tasks_done: metric({ key: 'tasks_done', label: 'Tasks done', description: 'Project tasks completed.', module: 'projects', unit: 'count', aggregation: 'sum' }),
  overdue_tasks: metric({ key: 'overdue_tasks', label: 'Overdue tasks', description: 'Project tasks past their due date and not done.', module: 'projects', unit: 'count', aggregation: 'level' }),
  ticket_volume: metric({ key: 'ticket_volume', label: 'Ticket volume', description: 'Support desk tickets opened.', module: 'support', unit: 'count', aggregation: 'sum' }),
  first_response_time: metric({ key: 'first_response_time', label: 'Median first response', description: 'Median time to an agent’s first reply, for tickets opened in the period.', module: 'support', unit: 'minutes', aggregation: 'median' }),
  sla_breaches: metric({ key: 'sla_breaches', label: 'SLA breaches', description: 'Tickets that breached their SLA, by the day they were opened.', module: 'support', unit: 'count', aggregation: 'sum' }),
  page_views: metric({ key: 'page_views', label: 'Page views', description: 'Views of your published CMS pages (daily counts, no cookies).', module: 'cms', unit: 'count', aggregation: 'sum' }),
  atrium_spend: metric({ key: 'atrium_spend', label: 'Atrium spend', description: 'What your company paid Atrium: paid invoices, by the day they were paid.', module: null, unit: 'money', aggregation: 'sum' }),
} as const satisfies Record<string, MetricDefinition>;

export type MetricKey = keyof typeof analyticsMetrics;
export const metricKeys = Object.keys(analyticsMetrics) as [MetricKey, ...MetricKey[]];
export const isMetricKey = (value: string): value is MetricKey => Object.hasOwn(analyticsMetrics, value);
export const metricDefinition = (key: MetricKey): MetricDefinition => analyticsMetrics[key];
