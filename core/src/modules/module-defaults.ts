/**
 * What a module starts with when a company gets it, so that its first screen is useful
 * rather than empty: the marketplace shows it to a buyer, and provisioning writes it
 * (`default-settings.ts` turns it into rows). A company changes any of it afterwards.
 */

export interface PipelineStage {
  name: string;
  /** Chance that a deal in this stage is won, in percent; weights the pipeline forecast. */
  probability: number;
}

export interface LeaveType {
  name: string;
  paid: boolean;
  /** Days each employee gets a year; null where the law or the case decides. */
  daysPerYear: number | null;
}

export interface ProjectTemplate {
  name: string;
  tasks: string[];
}

export const ticketPriorities = ['urgent', 'high', 'normal', 'low'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export interface SlaTarget {
  firstResponseHours: number;
  resolutionHours: number;
}

export interface SlaPolicy {
  name: string;
  targets: Record<TicketPriority, SlaTarget>;
}

export interface CmsSite {
  name: string;
  pages: string[];
  /** A new site stays a draft until the company publishes it. */
  published: boolean;
}

/** A widget of a default dashboard: a metric key of `analytics/metrics.ts` and how it is drawn. */
export interface AnalyticsDefaultWidget {
  metric: string;
  chart: 'line' | 'bar' | 'number' | 'table';
  range: 'last_7_days' | 'last_30_days' | 'last_90_days' | 'last_12_months' | 'this_month' | 'last_month' | 'this_year';
  bucket: 'day' | 'week' | 'month';
}

export interface AnalyticsDashboard {
  name: string;
  widgets: AnalyticsDefaultWidget[];
}

export interface ModuleDefaults {
  crm: { pipelineStages: PipelineStage[] };
  hr: { leaveTypes: LeaveType[] };
  finance: { expenseCategories: string[] };
  projects: { projectTemplate: ProjectTemplate };
  support: { slaPolicy: SlaPolicy };
  cms: { site: CmsSite };
  analytics: { dashboards: AnalyticsDashboard[] };
}

export const moduleDefaults: ModuleDefaults = {
  crm: {
    pipelineStages: [
      { name: 'Lead', probability: 10 },
      { name: 'Qualified', probability: 25 },
      { name: 'Proposal', probability: 50 },
      { name: 'Negotiation', probability: 75 },
      { name: 'Won', probability: 100 },
      { name: 'Lost', probability: 0 },
    ],
  },
  hr: {
    leaveTypes: [
      { name: 'Annual leave', paid: true, daysPerYear: 25 },
      { name: 'Sick leave', paid: true, daysPerYear: null },
      { name: 'Parental leave', paid: true, daysPerYear: null },
      { name: 'Unpaid leave', paid: false, daysPerYear: null },
    ],
  },
  finance: { expenseCategories: ['Travel', 'Meals', 'Software', 'Office supplies', 'Training', 'Other'] },
  projects: {
    projectTemplate: {
      name: 'Client project',
      tasks: ['Kick-off meeting', 'Agree scope and milestones', 'First delivery', 'Review with the client', 'Hand-over and invoice'],
    },
  },
  support: {
    slaPolicy: {
      name: 'Standard',
      targets: {
        urgent: { firstResponseHours: 1, resolutionHours: 8 },
        high: { firstResponseHours: 4, resolutionHours: 24 },
        normal: { firstResponseHours: 8, resolutionHours: 72 },
        low: { firstResponseHours: 24, resolutionHours: 120 },
      },
    },
  },
  cms: { site: { name: 'Website', pages: ['Home', 'About', 'Contact'], published: false } },
  analytics: {
    dashboards: [
      {
        name: 'Overview',
        widgets: [
          { metric: 'revenue_won', chart: 'number', range: 'last_30_days', bucket: 'week' },
          { metric: 'open_pipeline', chart: 'number', range: 'last_30_days', bucket: 'week' },
          { metric: 'headcount', chart: 'number', range: 'last_30_days', bucket: 'week' },
          { metric: 'ticket_volume', chart: 'bar', range: 'last_30_days', bucket: 'week' },
          { metric: 'tasks_done', chart: 'bar', range: 'last_30_days', bucket: 'week' },
          { metric: 'page_views', chart: 'line', range: 'last_30_days', bucket: 'day' },
          { metric: 'atrium_spend', chart: 'number', range: 'last_12_months', bucket: 'month' },
        ],
      },
      {
        name: 'Revenue and spend',
        widgets: [
          { metric: 'revenue_won', chart: 'bar', range: 'last_12_months', bucket: 'month' },
          { metric: 'profit_and_loss', chart: 'line', range: 'last_12_months', bucket: 'month' },
          { metric: 'spend_by_category', chart: 'table', range: 'this_year', bucket: 'month' },
        ],
      },
      {
        name: 'Team and service',
        widgets: [
          { metric: 'absence_days', chart: 'bar', range: 'last_90_days', bucket: 'month' },
          { metric: 'overdue_tasks', chart: 'line', range: 'last_30_days', bucket: 'week' },
          { metric: 'first_response_time', chart: 'number', range: 'last_30_days', bucket: 'week' },
          { metric: 'sla_breaches', chart: 'bar', range: 'last_30_days', bucket: 'week' },
        ],
      },
    ],
  },
};
