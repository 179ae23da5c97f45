import { addDays, calendarDay, daysBetween, type CalendarDay } from '@atrium/core';
import type { SubscriptionSnapshot } from './messages';
import type { CardToAttachInput } from './payment-method-types';
import { refusal } from './subscription-state';

/** A pause is chosen by the company: now, until a day at most this far ahead (or until it resumes). */
export const longestPauseDays = 90;

export function validatePause(snapshot: SubscriptionSnapshot, until: CalendarDay | null, now: Date): void {
  if (snapshot.status !== 'active') throw refusal('subscription_not_active', `A ${snapshot.status.replace('_', ' ')} subscription cannot be paused.`);
  if (until === null) return;
  const today = calendarDay(now);
  let days: number;
  try {
    days = daysBetween(today, until);
  } catch {
    throw refusal('invalid_date', `"${until}" is not a date (YYYY-MM-DD).`);
  }
  if (days < 1) throw refusal('invalid_date', 'Choose a resume date after today.');
  if (days > longestPauseDays) {
    throw refusal('invalid_date', `A pause lasts at most ${longestPauseDays} days (until ${addDays(today, longestPauseDays)}).`);
  }
}

export function validateCard(card: CardToAttachInput): void {
  if (card.gateway === 'stripe') {
    if (!/^seti_[A-Za-z0-9_]+$/.test(card.setupIntentId)) throw refusal('invalid_card', 'That is not a Stripe SetupIntent id.');
    return;
  }
  if (!/^\d{4}$/.test(card.last4)) throw refusal('invalid_card', 'A card needs its last four digits.');
  if (!Number.isInteger(card.expMonth) || card.expMonth < 1 || card.expMonth > 12) throw refusal('invalid_card', 'The expiry month is 1 to 12.');
  if (!Number.isInteger(card.expYear) || card.expYear < 2000) throw refusal('invalid_card', 'The expiry year has four digits.');
}
