import { planKeys, type PlanKey } from '../billing/plans';
import type { ModuleKey } from './catalog';

/** A module's usage limits on one plan, by limit key; null is unlimited. */
export type UsageLimits = Record<string, number | null>;

export interface ModuleLimits {
  /** What each limit counts, in a buyer's words: `{ contacts: 'Contacts' }`. */
  labels: Record<string, string>;
  byPlan: Record<PlanKey, UsageLimits>;
}

type LimitRow = { label: string } & Record<PlanKey, number | null>;

/** Written a limit per line, so Starter, Growth and Scale read side by side. */
function limitTable(rows: Record<string, LimitRow>): ModuleLimits {
  const entries = Object.entries(rows);
  const onPlan = (plan: PlanKey): UsageLimits => Object.fromEntries(entries.map(([key, row]) => [key, row[plan]]));
  return {
    labels: Object.fromEntries(entries.map(([key, row]) => [key, row.label])),
    byPlan: Object.fromEntries(planKeys.map((plan) => [plan, onPlan(plan)])) as Record<PlanKey, UsageLimits>,
  };
}

/**
 * How much of each module a company may use on its plan. A higher plan never allows less;
 * the marketplace shows these, and the module's own screens refuse the record past one.
 */
export const moduleLimits: Record<ModuleKey, ModuleLimits> = {
  crm: limitTable({
    contacts: { label: 'Contacts', starter: 1_000, growth: 25_000, scale: null },
    openDeals: { label: 'Open deals', starter: 250, growth: 5_000, scale: null },
    pipelines: { label: 'Sales pipelines', starter: 1, growth: 5, scale: null },
    customFields: { label: 'Custom fields', starter: 10, growth: 50, scale: 200 },
  }),
  hr: limitTable({
    employees: { label: 'Employee records', starter: 25, growth: 250, scale: null },
    leaveTypes: { label: 'Leave types', starter: 6, growth: 20, scale: null },
    documentStorageGb: { label: 'Document storage (GB)', starter: 5, growth: 50, scale: 500 },
  }),
  finance: limitTable({
    expenseClaimsPerMonth: { label: 'Expense claims a month', starter: 100, growth: 2_000, scale: null },
    bankAccounts: { label: 'Connected bank accounts', starter: 1, growth: 5, scale: null },
    receiptStorageGb: { label: 'Receipt storage (GB)', starter: 5, growth: 50, scale: 500 },
  }),
  projects: limitTable({
    activeProjects: { label: 'Active projects', starter: 10, growth: 100, scale: null },
    guests: { label: 'Client guests', starter: 5, growth: 50, scale: null },
    fileStorageGb: { label: 'File storage (GB)', starter: 5, growth: 50, scale: 500 },
  }),
  support: limitTable({
    ticketsPerMonth: { label: 'Tickets a month', starter: 500, growth: 10_000, scale: null },
    mailboxes: { label: 'Support mailboxes', starter: 1, growth: 5, scale: null },
    slaPolicies: { label: 'SLA policies', starter: 1, growth: 5, scale: null },
    savedReplies: { label: 'Saved replies', starter: 25, growth: 250, scale: null },
  }),
  cms: limitTable({
    sites: { label: 'Sites', starter: 1, growth: 3, scale: 20 },
    pages: { label: 'Published pages', starter: 25, growth: 500, scale: null },
    mediaStorageGb: { label: 'Media storage (GB)', starter: 2, growth: 20, scale: 200 },
    languages: { label: 'Languages per site', starter: 1, growth: 3, scale: 10 },
  }),
  analytics: limitTable({
    dashboards: { label: 'Dashboards of your own', starter: 3, growth: 25, scale: null },
    historyMonths: { label: 'Months of history', starter: 12, growth: 36, scale: null },
    scheduledReports: { label: 'Scheduled email reports', starter: 2, growth: 20, scale: null },
  }),
};
