import type { CalendarDay } from '@atrium/core';

/** What the notification workflows ask of the outside world; the worker implements it. */
export interface NotificationActivities {
  /**
   * Mails each person who chose the daily digest the unread notices of `day` they see, once
   * per person and day (`notification_digest.last_sent_on` is the key).
   */
  sendNotificationDigests(input: { day: CalendarDay }): Promise<{ sent: number }>;
}
