import { randomUUID } from 'node:crypto';
import { moduleDefaultSettings } from '@atrium/core';
import { ModuleInstallation, ModuleSetting, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { MarketplaceActivities } from '@atrium/workflows';
import { moduleLifecycle, purgeModuleData } from '../modules/register';
import type { TemporalAccess } from './module-activation';
import { noticeOfModuleRemoved } from './module-notices';

/**
 * Sets a module up: its installation row and its default settings. Every default is keyed
 * (company, module, kind, name), so running this twice (a retried activity, a module
 * bought again) writes each one once and keeps what the company changed.
 */
export function provisionModule(orm: MikroORM, temporal: TemporalAccess): MarketplaceActivities['provisionModule'] {
  return async ({ companyId, module }) => {
    await withTenant(orm, { companyId }, async (em) => {
      const now = new Date();
      await em.upsert(
        ModuleInstallation,
        { company: companyId, module, status: 'active', completedSetupSteps: [], provisionedAt: now, removedAt: null, purgeAfter: null },
        { onConflictFields: ['company', 'module'], onConflictAction: 'merge', onConflictMergeFields: ['status', 'removedAt', 'purgeAfter'] },
      );
      for (const [position, setting] of moduleDefaultSettings(module).entries()) {
        await em.upsert(
          ModuleSetting,
          { id: randomUUID(), company: companyId, module, kind: setting.kind, name: setting.name, position, data: setting.data, createdAt: now },
          { onConflictFields: ['company', 'module', 'kind', 'name'], onConflictAction: 'ignore' },
        );
      }
      await moduleLifecycle[module]?.provision?.(em, companyId);
    });
    // After the commit: the module's own processes run again (Analytics' report schedules).
    await moduleLifecycle[module]?.activated?.(orm, temporal, companyId);
  };
}

/** Marks the module removed (its data kept until `purgeAfter`) and tells the company, once per removal. */
export function deprovisionModule(orm: MikroORM, mailer: Mailer, temporal: TemporalAccess): MarketplaceActivities['deprovisionModule'] {
  return async ({ companyId, module, purgeAfter }) => {
    await withTenant(orm, { companyId }, async (em) => {
      await em.nativeUpdate(ModuleInstallation, { company: companyId, module, status: 'active' }, { status: 'removed', removedAt: new Date(), purgeAfter: new Date(purgeAfter) });
    });
    // Pausing twice (a retried activity) is harmless; the company's own pauses are kept on the records.
    await moduleLifecycle[module]?.removed?.(orm, temporal, companyId);
    await noticeOfModuleRemoved(orm, mailer, { companyId, module, purgeAfter });
  };
}

/** The module's data goes for good (its settings and every table of its kit), unless the module is active again. */
export function purgeModule(orm: MikroORM, temporal: TemporalAccess): MarketplaceActivities['purgeModule'] {
  return async ({ companyId, module }) => {
    // The module's processes go first, while their records still say which they are; only
    // when the module is still removed (the workflow is the one writer of that status).
    const installed = await withTenant(orm, { companyId }, (em) => em.findOne(ModuleInstallation, { company: companyId, module }));
    if (installed?.status === 'removed') await moduleLifecycle[module]?.purging?.(orm, temporal, companyId);
    await withTenant(orm, { companyId }, async (em) => {
      const purged = await em.nativeUpdate(ModuleInstallation, { company: companyId, module, status: 'removed' }, { status: 'purged' });
      if (purged > 0) {
        await purgeModuleData(em, module);
        await em.nativeDelete(ModuleSetting, { company: companyId, module });
      }
    });
  };
}
