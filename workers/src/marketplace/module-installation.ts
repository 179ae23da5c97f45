import { randomUUID } from 'node:crypto';
import { moduleDefaultSettings } from '@atrium/core';
import { ModuleInstallation, ModuleSetting, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { MarketplaceActivities } from '@atrium/workflows';
import { purgeModuleData } from '../modules/register';
import { noticeOfModuleRemoved } from './module-notices';

/**
 * Sets a module up: its installation row and its default settings. Every default is keyed
 * (company, module, kind, name), so running this twice (a retried activity, a module
 * bought again) writes each one once and keeps what the company changed.
 */
export function provisionModule(orm: MikroORM): MarketplaceActivities['provisionModule'] {
  return ({ companyId, module }) =>
    withTenant(orm, { companyId }, async (em) => {
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
    });
}

/** Marks the module removed (its data kept until `purgeAfter`) and tells the company, once per removal. */
export function deprovisionModule(orm: MikroORM, mailer: Mailer): MarketplaceActivities['deprovisionModule'] {
  return async ({ companyId, module, purgeAfter }) => {
    await withTenant(orm, { companyId }, async (em) => {
      await em.nativeUpdate(ModuleInstallation, { company: companyId, module, status: 'active' }, { status: 'removed', removedAt: new Date(), purgeAfter: new Date(purgeAfter) });
    });
    await noticeOfModuleRemoved(orm, mailer, { companyId, module, purgeAfter });
  };
}

/** The module's data goes for good (its settings and every table of its kit), unless the module is active again. */
export function purgeModule(orm: MikroORM): MarketplaceActivities['purgeModule'] {
  return ({ companyId, module }) =>
    withTenant(orm, { companyId }, async (em) => {
      const purged = await em.nativeUpdate(ModuleInstallation, { company: companyId, module, status: 'removed' }, { status: 'purged' });
      if (purged > 0) {
        await purgeModuleData(em, module);
        await em.nativeDelete(ModuleSetting, { company: companyId, module });
      }
    });
}
