import { addDays, cardExpiresAfter, cardExpiryWarningDays, daysBetween } from '@atrium/core';
import { PaymentMethod, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import { notifyBillingContacts } from './notify-billing-contacts';
import type { Mailer } from '@atrium/db';

/** Days before a card's last valid day on which its company hears about it (Billing flags the card from the first). */
export const cardExpiryWarnings = cardExpiryWarningDays;

/**
 * The daily scan across companies (a named system context): each card whose last valid
 * day is at most 30 (then 7) days away gets one notice per threshold, keyed by card.
 */
export function notifyExpiringCards(orm: MikroORM, mailer: Mailer): BillingActivities['notifyExpiringCards'] {
  const notify = notifyBillingContacts(orm, mailer);
  return async ({ today }) => {
    const horizon = addDays(today, cardExpiryWarnings[0]);
    const year = Number(horizon.slice(0, 4));
    const month = Number(horizon.slice(5, 7));
    const cards = await withTenant(orm, { system: 'billing: card expiry scan' }, (em) =>
      em.find(PaymentMethod, { $or: [{ expYear: { $lt: year } }, { expYear: year, expMonth: { $lte: month } }] }),
    );
    let notified = 0;
    for (const card of cards) {
      const lastDay = cardExpiresAfter(card.expMonth, card.expYear);
      const daysLeft = daysBetween(today, lastDay);
      if (daysLeft < 0) continue;
      // The nearest threshold reached: a card found first at 5 days left gets the 7-day notice only.
      const threshold = [...cardExpiryWarnings].reverse().find((days) => daysLeft <= days);
      if (threshold === undefined) continue;
      const label = `${card.brand.charAt(0).toUpperCase()}${card.brand.slice(1)} •••• ${card.last4}`;
      await notify({
        companyId: typeof card.company === 'string' ? card.company : card.company.id,
        kind: 'card_expiring',
        title: `Your card ${label} expires on ${lastDay}`,
        body: `Add a new card before ${lastDay} so that your next renewal goes through.`,
        dedupeKey: `card-expiry:${card.id}:${threshold}`,
      });
      notified += 1;
    }
    return { notified };
  };
}
