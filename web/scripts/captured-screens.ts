import type { ModuleKey } from '@atrium/core';

/**
 * The modules whose marketplace screenshots are photographs of their real screens: for
 * each screenshot name (`/marketplace/{module}-{name}.png`), the page under `/{companyId}/`
 * and the test id that says it has loaded its data.
 */
export interface CapturedScreen {
  path: string;
  ready: string;
  /** Links to follow first (their test ids, in order), for a screen whose address holds a record id: the first project's board. */
  open?: string | string[];
  /** Of several such links, the one with this text (Analytics' list of dashboards). */
  openText?: string;
}

export const capturedScreens = {
  crm: {
    pipeline: { path: 'modules/crm/pipeline', ready: 'pipeline-board' },
    contacts: { path: 'modules/crm/contacts', ready: 'contact-link' },
  },
  hr: {
    'leave-calendar': { path: 'modules/hr/calendar', ready: 'team-calendar' },
    directory: { path: 'modules/hr/employees', ready: 'employee-directory' },
  },
  finance: {
    expenses: { path: 'modules/finance/approvals', ready: 'claim-item' },
    'profit-and-loss': { path: 'modules/finance/report', ready: 'pnl-chart' },
  },
  projects: {
    board: { path: 'modules/projects', open: 'project-link', ready: 'task-board' },
    timeline: { path: 'modules/projects/timeline', ready: 'timeline' },
  },
  support: {
    'ticket-queue': { path: 'modules/support/tickets?view=all&sort=due&dir=asc', ready: 'ticket-row' },
    ticket: { path: 'modules/support/tickets?view=all&filter=pending', open: 'ticket-link', ready: 'ticket-thread' },
  },
  cms: {
    'page-editor': { path: 'modules/cms', open: ['cms-site-link', 'cms-page-link'], ready: 'cms-editor' },
    'site-tree': { path: 'modules/cms', open: 'cms-site-link', ready: 'cms-page-tree' },
  },
  analytics: {
    overview: { path: 'modules/analytics', open: 'dashboard-link', openText: 'Overview', ready: 'widget-chart' },
    revenue: { path: 'modules/analytics', open: 'dashboard-link', openText: 'Revenue and spend', ready: 'widget-chart' },
  },
} satisfies Partial<Record<ModuleKey, Record<string, CapturedScreen>>>;

export type CapturedModule = keyof typeof capturedScreens;

/** The screen a screenshot name of a captured module is taken from. */
export function capturedScreen(module: CapturedModule, name: string): CapturedScreen | undefined {
  return (capturedScreens[module] as Record<string, CapturedScreen>)[name];
}

export const isCaptured = (module: ModuleKey): module is CapturedModule => module in capturedScreens;
