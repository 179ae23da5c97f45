import { ApplicationFailure } from '@temporalio/activity';
import { moduleNames } from '@atrium/core';
import { ModuleTrial, withTenant, type Mailer, type MikroORM } from '@atrium/db';
import type { MarketplaceActivities } from '@atrium/workflows';
import { noticeOfTrialStarted } from './module-notices';

/**
 * Writes the trial once; a company that already tried this module is refused for good.
 * Then tells the people who decide on modules that it started (once: keyed by its start).
 */
export function startModuleTrial(orm: MikroORM, mailer: Mailer): MarketplaceActivities['startModuleTrial'] {
  return async ({ companyId, module, startedAt, endsAt }) => {
    await withTenant(orm, { companyId }, async (em) => {
      const existing = await em.findOne(ModuleTrial, { company: companyId, module });
      // The same trial retried after a crash is fine (the API writes the row first, too); a second trial is not.
      if (existing && existing.startedAt.toISOString() === new Date(startedAt).toISOString()) return;
      if (existing) {
        throw ApplicationFailure.create({ type: 'trial_already_used', message: `${moduleNames[module]} has been tried before.`, nonRetryable: true });
      }
      em.create(ModuleTrial, { company: companyId, module, status: 'active', startedAt: new Date(startedAt), endsAt: new Date(endsAt), closedAt: null });
      await em.flush();
    });
    await noticeOfTrialStarted(orm, mailer, { companyId, module, startedAt, endsAt });
  };
}

export function closeModuleTrial(orm: MikroORM): MarketplaceActivities['closeModuleTrial'] {
  return ({ companyId, module, status }) =>
    withTenant(orm, { companyId }, async (em) => {
      await em.nativeUpdate(ModuleTrial, { company: companyId, module, status: 'active' }, { status, closedAt: new Date() });
    });
}
