import type { ModuleKey } from '@atrium/core';

/**
 * The modules whose marketplace screenshots are photographs of their real screens: for
 * each screenshot name (`/marketplace/{module}-{name}.png`), the page under `/{companyId}/`
 * and the test id that says it has loaded its data.
 */
export interface CapturedScreen {
  path: string;
  ready: string;
  /** A link on that page to follow first (the first ticket of the queue), then `ready` on the page it opens. */
  follow?: string;
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
  support: {
    'ticket-queue': { path: 'modules/support/tickets?view=all&sort=due&dir=asc', ready: 'ticket-row' },
    ticket: { path: 'modules/support/tickets?view=all&filter=pending', follow: 'ticket-link', ready: 'ticket-thread' },
  },
} satisfies Partial<Record<ModuleKey, Record<string, CapturedScreen>>>;

export type CapturedModule = keyof typeof capturedScreens;

/** The screen a screenshot name of a captured module is taken from. */
export function capturedScreen(module: CapturedModule, name: string): CapturedScreen | undefined {
  return (capturedScreens[module] as Record<string, CapturedScreen>)[name];
}

export const isCaptured = (module: ModuleKey): module is CapturedModule => module in capturedScreens;
