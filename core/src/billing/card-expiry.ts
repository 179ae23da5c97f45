import { daysBetween, type CalendarDay } from './calendar';
import { cardExpiresAfter } from './test-cards';

/** Days before a card's last valid day on which its company hears about it (and Billing flags it). */
export const cardExpiryWarningDays = [30, 7] as const;

export type CardExpiryState = { kind: 'valid' } | { kind: 'expiring'; lastDay: CalendarDay; daysLeft: number } | { kind: 'expired'; lastDay: CalendarDay };

/** Whether a card is fine, expires within 30 days, or has expired, on `today`. */
export function cardExpiryState(expMonth: number, expYear: number, today: CalendarDay): CardExpiryState {
  const lastDay = cardExpiresAfter(expMonth, expYear);
  const daysLeft = daysBetween(today, lastDay);
  if (daysLeft < 0) return { kind: 'expired', lastDay };
  if (daysLeft <= cardExpiryWarningDays[0]) return { kind: 'expiring', lastDay, daysLeft };
  return { kind: 'valid' };
}
