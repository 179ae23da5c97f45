import { proxyActivities } from '@temporalio/workflow';
import { calendarDay } from '@atrium/core';
import type { BillingActivities } from '../activities';

const { notifyExpiringCards } = proxyActivities<BillingActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { maximumAttempts: 5 },
});

export const cardExpiryScheduleId = 'card-expiry-scan';

/**
 * Run daily by the `card-expiry-scan` Temporal Schedule: tells each company, once per
 * card, 30 and 7 days before its card expires. A missed or repeated day is harmless: the
 * notices are keyed by card and threshold.
 */
export async function cardExpiryScanWorkflow(): Promise<{ notified: number }> {
  return notifyExpiringCards({ today: calendarDay(new Date()) });
}
