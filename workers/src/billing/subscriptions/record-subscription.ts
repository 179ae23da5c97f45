import { extraSeatPrice, extraSeats, moduleNames, modulePrice, type Subscription } from '@atrium/core';
import { withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';

/**
 * Writes the workflow's state to `subscription` (its columns and the whole snapshot) and
 * `subscription_item`. Only a newer
 * revision replaces the row, so an old recording retried late cannot undo a newer one.
 */
export function recordSubscription(orm: MikroORM): BillingActivities['recordSubscription'] {
  return (snapshot) =>
    withTenant(orm, { companyId: snapshot.companyId }, async (em) => {
      const { subscription, period } = snapshot;
      const items = subscriptionItems(subscription).map((item) => ({
        item_key: item.key,
        description: item.description,
        quantity: item.quantity,
        unit_amount: item.unitAmount,
        amount: item.unitAmount * item.quantity,
      }));
      // One round trip: the row, then (only when it was written) the items it no longer has
      // removed and the others written. The two item statements touch different rows, so
      // running them on one snapshot is safe.
      await em.execute(
        `with written as (
           insert into subscription (company_id, revision, plan, cycle, seats, currency, status, anchor_day, period_start, period_end,
             cancel_at_period_end, paused_until, scheduled_changes, snapshot, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
           on conflict (company_id) do update set revision = excluded.revision, plan = excluded.plan, cycle = excluded.cycle,
             seats = excluded.seats, currency = excluded.currency, status = excluded.status, anchor_day = excluded.anchor_day,
             period_start = excluded.period_start, period_end = excluded.period_end,
             cancel_at_period_end = excluded.cancel_at_period_end, paused_until = excluded.paused_until,
             scheduled_changes = excluded.scheduled_changes, snapshot = excluded.snapshot, updated_at = now()
           where subscription.revision < excluded.revision
           returning company_id),
         items as (select * from jsonb_to_recordset(?::jsonb) as item(item_key text, description text, quantity int, unit_amount int, amount int)),
         removed as (
           delete from subscription_item where company_id in (select company_id from written) and item_key not in (select item_key from items))
         insert into subscription_item (id, company_id, item_key, description, quantity, unit_amount, amount, currency, created_at)
         select gen_random_uuid(), written.company_id, items.item_key, items.description, items.quantity, items.unit_amount, items.amount, ?, now()
         from written, items
         on conflict (company_id, item_key) do update set description = excluded.description, quantity = excluded.quantity,
           unit_amount = excluded.unit_amount, amount = excluded.amount, currency = excluded.currency`,
        [
          snapshot.companyId,
          snapshot.revision,
          subscription.plan,
          subscription.cycle,
          subscription.seats,
          subscription.currency,
          snapshot.status,
          period.anchor,
          period.start,
          period.end,
          snapshot.cancelAtPeriodEnd,
          snapshot.pausedUntil,
          JSON.stringify(subscription.scheduledChanges),
          // The whole snapshot, so that starting the workflow again resumes from it.
          JSON.stringify(snapshot),
          JSON.stringify(items),
          subscription.currency,
        ],
        'run',
      );
    });
}

/** What the subscription charges for besides its plan: extra seats and each module, per period. */
function subscriptionItems(subscription: Subscription) {
  const { plan, cycle, currency, seats } = subscription;
  const items = subscription.modules.map((module) => ({
    key: `module:${module}`,
    description: `${moduleNames[module]} module`,
    quantity: 1,
    unitAmount: modulePrice(module, cycle, currency).amount,
  }));
  const extra = extraSeats(plan, seats);
  if (extra > 0) items.unshift({ key: 'seats', description: 'Extra seats', quantity: extra, unitAmount: extraSeatPrice(plan, cycle, currency).amount });
  return items;
}
