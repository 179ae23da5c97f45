import { moduleKits, type ModuleKey } from '@atrium/core';
import type { EntityManager, Mailer, MikroORM } from '@atrium/db';
import type { TemporalAccess } from '../marketplace/module-activation';
import { deleteAnalyticsReports, pauseAnalyticsReports, provisionAnalytics, resumeAnalyticsReports } from './analytics/report-schedules';
import type { CrmActivities, ProjectsActivities, SupportActivities } from '@atrium/workflows';
import { remindCrmTask } from './crm/remind-task';
import { remindProjectTask } from './projects/remind-task';
import { recordSupportSla } from './support/record-sla';

/**
 * Deletes every row of the module's tables for the company (inside its transaction, so RLS
 * keeps it to that company), children first as the module's kit lists them.
 */
export async function purgeModuleData(em: EntityManager, module: ModuleKey): Promise<void> {
  for (const table of moduleKits[module]?.tables ?? []) {
    // The table names come from the kit in `core`, never from input.
    await em.execute(`delete from "${table}"`);
  }
}

/**
 * What a module does beyond its default settings and tables as the marketplace sets it up,
 * removes and purges it: `provision` inside the provisioning transaction, the others after
 * it (Analytics' report schedules: resumed, paused, deleted).
 */
export interface ModuleLifecycle {
  provision?(em: EntityManager, companyId: string): Promise<void>;
  activated?(orm: MikroORM, temporal: TemporalAccess, companyId: string): Promise<void>;
  removed?(orm: MikroORM, temporal: TemporalAccess, companyId: string): Promise<void>;
  purging?(orm: MikroORM, temporal: TemporalAccess, companyId: string): Promise<void>;
}

export const moduleLifecycle: Partial<Record<ModuleKey, ModuleLifecycle>> = {
  analytics: { provision: provisionAnalytics, activated: resumeAnalyticsReports, removed: pauseAnalyticsReports, purging: deleteAnalyticsReports },
};

/** Activities of the business modules' own workflows. */
export function createModuleActivities({ orm, mailer }: { orm: MikroORM; mailer: Mailer }): CrmActivities & ProjectsActivities & SupportActivities {
  return { remindCrmTask: remindCrmTask(orm, mailer), remindProjectTask: remindProjectTask(orm, mailer), recordSupportSla: recordSupportSla(orm, mailer) };
}
