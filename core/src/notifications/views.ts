import { z } from 'zod';

export const notificationView = z
  .object({ id: z.uuid(), kind: z.string(), title: z.string(), body: z.string(), createdAt: z.string(), read: z.boolean() })
  .meta({ id: 'Notification' });

export const notificationListView = z.object({ notifications: z.array(notificationView) }).meta({ id: 'NotificationList' });

/** The answer of a command that has nothing more to say than that it worked. */
export const okView = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
