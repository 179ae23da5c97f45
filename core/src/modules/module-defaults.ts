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

export interface AnalyticsDashboard {
  name: string;
  widgets: string[];
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
      { name: 'Overview', widgets: ['Active users', 'Sessions', 'Top pages'] },
      { name: 'Revenue', widgets: ['Monthly revenue', 'Revenue by plan'] },
      { name: 'Team activity', widgets: ['Logins per day', 'Actions per module'] },
    ],
  },
};
