import { ApplicationFailure } from '@temporalio/activity';
import { moduleNames } from '@atrium/core';
import { ModuleTrial, withTenant, type MikroORM } from '@atrium/db';
import type { MarketplaceActivities } from '@atrium/workflows';

/** Writes the trial once; a company that already tried this module is refused for good. */
export function startModuleTrial(orm: MikroORM): MarketplaceActivities['startModuleTrial'] {
  return ({ companyId, module, startedAt, endsAt }) =>
    withTenant(orm, { companyId }, async (em) => {
      const existing = await em.findOne(ModuleTrial, { company: companyId, module });
      // The same trial retried after a crash is fine; a second trial is not.
      if (existing && existing.startedAt.toISOString() === new Date(startedAt).toISOString()) return;
      if (existing) {
        throw ApplicationFailure.create({ type: 'trial_already_used', message: `${moduleNames[module]} has been tried before.`, nonRetryable: true });
      }
      em.create(ModuleTrial, { company: companyId, module, status: 'active', startedAt: new Date(startedAt), endsAt: new Date(endsAt), closedAt: null });
      await em.flush();
    });
}

export function closeModuleTrial(orm: MikroORM): MarketplaceActivities['closeModuleTrial'] {
  return ({ companyId, module, status }) =>
    withTenant(orm, { companyId }, async (em) => {
      await em.nativeUpdate(ModuleTrial, { company: companyId, module, status: 'active' }, { status, closedAt: new Date() });
    });
}
