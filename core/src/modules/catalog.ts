/** The business modules a company can trial or buy; the marketplace fills in the rest. */
export const moduleKeys = ['crm', 'hr', 'finance', 'projects', 'support', 'cms', 'analytics'] as const;
export type ModuleKey = (typeof moduleKeys)[number];

export const moduleNames: Record<ModuleKey, string> = {
  crm: 'CRM',
  hr: 'HR',
  finance: 'Finance',
  projects: 'Projects',
  support: 'Support desk',
  cms: 'CMS',
  analytics: 'Analytics',
};

export function isModuleKey(value: unknown): value is ModuleKey {
  return typeof value === 'string' && (moduleKeys as readonly string[]).includes(value);
}
