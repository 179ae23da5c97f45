export const subscriptionStatuses = ['active', 'payment_failed', 'past_due', 'paused', 'canceled'] as const;
/**
 * - active: paid up;
 * - payment_failed: a renewal failed and dunning is retrying; everything still works;
 * - past_due: the last retry failed; paid modules are read-only until the invoice is paid;
 * - paused: on the company's request; not invoiced, paid modules read-only;
 * - canceled: at the period end after a cancel, or when an invoice was written off.
 */
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];
