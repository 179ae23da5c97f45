import type { ModuleKey } from './catalog';

/** One default a module is set up with: `kind` groups them, `name` is unique within a kind. */
export interface DefaultSetting {
  kind: string;
  name: string;
  data: Record<string, unknown>;
}

const list = (kind: string, names: string[], data: (name: string, index: number) => Record<string, unknown> = () => ({})): DefaultSetting[] =>
  names.map((name, index) => ({ kind, name, data: data(name, index) }));

/**
 * What provisioning writes when a company gets a module, so that its first screen is
 * useful rather than empty. A company changes them afterwards; provisioning again never
 * overwrites a change (see the provisioning activity).
 */
const defaults: Record<ModuleKey, DefaultSetting[]> = {
  crm: list('pipeline_stage', ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'], (name) => ({
    probability: { Lead: 10, Qualified: 25, Proposal: 50, Negotiation: 75, Won: 100, Lost: 0 }[name],
  })),
  hr: list('leave_type', ['Annual leave', 'Sick leave', 'Parental leave', 'Unpaid leave'], (name) => ({
    paid: name !== 'Unpaid leave',
    daysPerYear: name === 'Annual leave' ? 25 : null,
  })),
  finance: list('expense_category', ['Travel', 'Meals', 'Software', 'Office supplies', 'Training', 'Other']),
  projects: [
    {
      kind: 'project_template',
      name: 'Client project',
      data: { tasks: ['Kick-off meeting', 'Agree scope and milestones', 'First delivery', 'Review with the client', 'Hand-over and invoice'] },
    },
  ],
  support: [
    {
      kind: 'sla_policy',
      name: 'Standard',
      data: {
        // Hours until the first response and until resolution, by ticket priority.
        urgent: { firstResponseHours: 1, resolutionHours: 8 },
        high: { firstResponseHours: 4, resolutionHours: 24 },
        normal: { firstResponseHours: 8, resolutionHours: 72 },
        low: { firstResponseHours: 24, resolutionHours: 120 },
      },
    },
  ],
  cms: [{ kind: 'site', name: 'Website', data: { pages: ['Home', 'About', 'Contact'], published: false } }],
  analytics: list('dashboard', ['Overview', 'Revenue', 'Team activity'], (name) => ({
    widgets: { Overview: ['Active users', 'Sessions', 'Top pages'], Revenue: ['Monthly revenue', 'Revenue by plan'], 'Team activity': ['Logins per day', 'Actions per module'] }[name],
  })),
};

export function moduleDefaultSettings(module: ModuleKey): DefaultSetting[] {
  return defaults[module];
}
