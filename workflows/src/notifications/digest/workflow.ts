import { proxyActivities } from '@temporalio/workflow';
import { calendarDay } from '@atrium/core';
import type { NotificationActivities } from '../activities';

const { sendNotificationDigests } = proxyActivities<NotificationActivities>({
  // Every company's digests in one activity; each person's is keyed by the day, so a retry after a crash sends the rest, never a second.
  startToCloseTimeout: '10 minutes',
  retry: { maximumAttempts: 5 },
});

export const notificationDigestScheduleId = 'notification-digest';

/**
 * Run daily by the `notification-digest` Temporal Schedule, at the end of the working day
 * (17:00 UTC): the day's unread notices, by mail, to each person who asked for a digest.
 */
export async function notificationDigestWorkflow(): Promise<{ sent: number }> {
  return sendNotificationDigests({ day: calendarDay(new Date()) });
}
