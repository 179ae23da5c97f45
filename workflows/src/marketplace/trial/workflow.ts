import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { moduleNames } from '@atrium/core';
import type { BillingActivities } from '../../billing/activities';
import type { MarketplaceActivities } from '../activities';
import { moduleDataKeptDays } from '../provisioning/messages';
import { trialDays, trialPurchasedSignal, trialReminderDays, trialStateQuery, type TrialInput, type TrialOutcome, type TrialState } from './messages';

const activities = proxyActivities<MarketplaceActivities & Pick<BillingActivities, 'notifyBillingContacts'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['trial_already_used'] },
});

const dayMs = 86_400_000;

/**
 * `trial:{companyId}:{module}`: 14 days of a module without a card. Reminders 3 days and
 * 1 day before the end; then the module converts to paid if a card is on file (added to
 * the subscription, its first charge prorated) or is switched off with its data kept for
 * 30 days. Buying during the trial converts it at once.
 */
export async function trialWorkflow(input: TrialInput): Promise<TrialOutcome> {
  const { companyId, module } = input;
  const name = moduleNames[module];
  const endsAt = Date.parse(input.startedAt) + trialDays * dayMs;
  const state: TrialState = { module, endsAt: new Date(endsAt).toISOString(), status: 'active' };
  let purchased = false;
  setHandler(trialPurchasedSignal, () => {
    purchased = true;
  });
  setHandler(trialStateQuery, () => state);

  await activities.startModuleTrial({ companyId, module, startedAt: input.startedAt, endsAt: state.endsAt });
  await activities.activateModule({ companyId, module });

  for (const daysLeft of trialReminderDays) {
    const remindAt = endsAt - daysLeft * dayMs;
    if (await condition(() => purchased, Math.max(0, remindAt - Date.now()))) break;
    await activities.notifyBillingContacts({
      companyId,
      kind: 'trial',
      title: `Your ${name} trial ends in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`,
      body: `Add a card before ${state.endsAt.slice(0, 10)} and ${name} continues as a paid module; without one it is switched off and its data kept for ${moduleDataKeptDays} days.`,
      dedupeKey: `trial:${module}:reminder:${daysLeft}`,
    });
  }
  if (!purchased) await condition(() => purchased, Math.max(0, endsAt - Date.now()));

  const converted = purchased || (await activities.convertTrial({ companyId, module })).status === 'converted';
  state.status = converted ? 'converted' : 'lapsed';
  await activities.closeModuleTrial({ companyId, module, status: state.status });
  if (!converted) {
    await activities.deactivateModule({ companyId, module });
    await activities.notifyBillingContacts({
      companyId,
      kind: 'trial',
      title: `Your ${name} trial has ended`,
      body: `${name} is switched off. Its data is kept for ${moduleDataKeptDays} days: buy it in the marketplace to pick up where you left off.`,
      dedupeKey: `trial:${module}:lapsed`,
    });
  }
  return state.status;
}
