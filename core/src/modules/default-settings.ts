import type { ModuleKey } from './catalog';
import { moduleDefaults } from './module-defaults';

/** One default a module is set up with: `kind` groups them, `name` is unique within a kind. */
export interface DefaultSetting {
  kind: string;
  name: string;
  data: Record<string, unknown>;
}

/**
 * What provisioning writes when a company gets a module: `moduleDefaults` as rows. A
 * company changes them afterwards; provisioning again never overwrites a change (see the
 * provisioning activity), because each row is keyed by its kind and name — renaming a
 * default here adds a row for companies that already have the module.
 */
const defaults: Record<ModuleKey, DefaultSetting[]> = {
  crm: moduleDefaults.crm.pipelineStages.map(({ name, probability }) => ({ kind: 'pipeline_stage', name, data: { probability } })),
  hr: moduleDefaults.hr.leaveTypes.map(({ name, paid, daysPerYear }) => ({ kind: 'leave_type', name, data: { paid, daysPerYear } })),
  finance: moduleDefaults.finance.expenseCategories.map((name) => ({ kind: 'expense_category', name, data: {} })),
  projects: [
    { kind: 'project_template', name: moduleDefaults.projects.projectTemplate.name, data: { tasks: moduleDefaults.projects.projectTemplate.tasks } },
  ],
  support: [{ kind: 'sla_policy', name: moduleDefaults.support.slaPolicy.name, data: { ...moduleDefaults.support.slaPolicy.targets } }],
  cms: [{ kind: 'site', name: moduleDefaults.cms.site.name, data: { pages: moduleDefaults.cms.site.pages, published: moduleDefaults.cms.site.published } }],
  // The default dashboards as provisioned; Analytics' provisioning step turns each into an `analytics_dashboard` record.
  analytics: moduleDefaults.analytics.dashboards.map(({ name, widgets }) => ({ kind: 'dashboard', name, data: { widgets } })),
};

export function moduleDefaultSettings(module: ModuleKey): DefaultSetting[] {
  return defaults[module];
}
