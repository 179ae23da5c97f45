import type { ModuleSettingView } from './types';

/** A group of settings under the heading a person expects: "Pipeline stages", "Leave types". */
export const settingKindNames: Record<string, string> = {
  pipeline_stage: 'Pipeline stages',
  leave_type: 'Leave types',
  expense_category: 'Expense categories',
  project_template: 'Project templates',
  sla_policy: 'SLA policies',
  site: 'Sites',
  dashboard: 'Dashboards',
};

export const settingKindName = (kind: string): string =>
  settingKindNames[kind] ?? kind.replace(/_/g, ' ').replace(/^\w/, (first) => first.toUpperCase());

/** The settings by kind, in the order the API listed them. */
export function groupSettings(settings: ModuleSettingView[]): { kind: string; settings: ModuleSettingView[] }[] {
  const groups = new Map<string, ModuleSettingView[]>();
  for (const setting of settings) groups.set(setting.kind, [...(groups.get(setting.kind) ?? []), setting]);
  return [...groups].map(([kind, members]) => ({ kind, settings: members }));
}

const words = new Intl.ListFormat('en', { type: 'conjunction' });
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const hours = (count: number) => (count === 1 ? '1 hour' : `${count} hours`);

/**
 * One line about what a setting holds, in words: "50% likely to close", "Paid, 25 days a
 * year", "Tasks: Kick-off, …". Null when there is nothing worth saying.
 */
export function settingDetail(setting: ModuleSettingView): string | null {
  const { data } = setting;
  switch (setting.kind) {
    case 'pipeline_stage':
      return isNumber(data.probability) ? `${data.probability}% likely to close` : null;
    case 'leave_type': {
      const paid = data.paid === false ? 'Unpaid' : 'Paid';
      return isNumber(data.daysPerYear) ? `${paid}, ${data.daysPerYear} days a year` : `${paid}, as needed`;
    }
    case 'project_template':
      return isStrings(data.tasks) && data.tasks.length ? `Tasks: ${words.format(data.tasks)}` : null;
    case 'sla_policy': {
      const urgent = data.urgent as { firstResponseHours?: unknown } | undefined;
      return urgent && isNumber(urgent.firstResponseHours) ? `First reply to urgent tickets within ${hours(urgent.firstResponseHours)}` : null;
    }
    case 'site':
      return isStrings(data.pages) ? `${data.published ? 'Published' : 'Draft'}: ${words.format(data.pages)} pages` : null;
    case 'dashboard':
      return isStrings(data.widgets) && data.widgets.length ? words.format(data.widgets) : null;
    default:
      return null;
  }
}
