import { formatMoney, moduleNames, plans, type Money, type SubscriptionChange } from '@atrium/core';
import { deliverNotice, type Notice } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import type { Person } from '../http/guards';

/**
 * Tells the people who pay (and, for modules, those who decide on them) what a change did,
 * once the subscription workflow has applied or scheduled it. Keyed by the subscription's
 * revision after the change, which no other change shares.
 */
export async function notifySubscriptionChange(
  deps: ApiDependencies,
  companyId: string,
  actor: Person,
  change: SubscriptionChange,
  result: { outcome: 'applied' | 'scheduled'; revision: number; charged: Money | null; effectiveOn: string | null },
): Promise<void> {
  const by = `${actor.name || actor.email} made this change`;
  const charged = result.charged && result.charged.amount > 0 ? ` ${formatMoney(result.charged)} was charged for the rest of this period.` : '';
  const later = result.outcome === 'scheduled' && result.effectiveOn ? result.effectiveOn : null;
  const notice = (kind: string, title: string, body: string, extra: Partial<Notice> = {}): Notice => ({
    companyId,
    kind,
    title,
    body: `${body} ${by}.`,
    dedupeKey: `subscription-change:${result.revision}`,
    ...extra,
  });
  const which = (): Notice => {
    switch (change.kind) {
      case 'plan':
        return later
          ? notice('subscription_changed', `Your plan changes to ${plans[change.to].name} on ${later}`, `Until then nothing changes; the renewal on ${later} is charged at the new price.`)
          : notice('subscription_changed', `Your plan is now ${plans[change.to].name}`, `The new plan applies from today.${charged}`);
      case 'seats':
        return later
          ? notice('subscription_changed', `Your seats go down to ${change.to} on ${later}`, `Everyone keeps their seat until then.`)
          : notice('subscription_changed', `You now have ${change.to} seats`, `The new seats can be used at once.${charged}`);
      case 'cycle':
        return later
          ? notice('subscription_changed', `Billing becomes ${change.to} on ${later}`, `Your renewal on ${later} is the first ${change.to} charge.`)
          : notice('subscription_changed', `Billing is now ${change.to}`, `Your next renewal is ${change.to === 'annual' ? 'a year' : 'a month'} after the new period began.${charged}`);
      case 'add_module':
        return notice('module_added', `${moduleNames[change.module]} was added to your plan`, `${moduleNames[change.module]} can be used at once.${charged}`, { module: change.module });
      case 'remove_module':
        return notice(
          'module_removed',
          `${moduleNames[change.module]} will be removed on ${later ?? 'the period end'}`,
          `${moduleNames[change.module]} stays until then; its data is kept for 30 days after.`,
          { module: change.module },
        );
    }
  };
  await deliverNotice(deps.orm, deps.mailer, which(), { footer: 'Open Billing in Atrium to see your plan and upcoming charges.' });
}
