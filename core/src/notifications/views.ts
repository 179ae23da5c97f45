import { z } from 'zod';
import { queryInteger } from '../api/query-integer';
import { moduleKeys } from '../modules/catalog';
import { notificationCategories } from './categories';

const categoryEnum = z.enum(notificationCategories, { error: `A category is one of ${notificationCategories.join(', ')}.` });

export const notificationView = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    category: z.enum(notificationCategories),
    /** The module it is about, if any (a module update, a CRM task). */
    module: z.enum(moduleKeys).nullable(),
    title: z.string(),
    body: z.string(),
    createdAt: z.string(),
    /** Read by this person: read state is each person's own. */
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });

export const notificationListView = z
  .object({
    notifications: z.array(notificationView),
    /** Every unread notice this person sees, whatever the filter: the bell's number. */
    unread: z.int(),
    /** More notices match, older than the last one listed (ask again with `before`). */
    hasMore: z.boolean(),
  })
  .meta({ id: 'NotificationList' });

export const notificationListQuery = z.object({
  category: categoryEnum.optional(),
  unread: z.enum(['true', 'false'], { error: 'Say unread=true or unread=false.' }).optional(),
  limit: queryInteger({ field: 'number of notifications (limit)', min: 1, max: 100 }).default(20),
  before: z.iso.datetime({ error: 'Give `before` as an ISO date and time.' }).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const markAllReadRequest = z
  .object({ category: categoryEnum.optional() })
  .meta({ id: 'MarkAllNotificationsReadRequest' });

export const markedReadView = z
  .object({ marked: z.int(), unread: z.int() })
  .meta({ id: 'NotificationsMarkedRead', description: 'How many notices were marked read now, and how many stay unread' });

export const notificationPreferenceView = z
  .object({
    category: z.enum(notificationCategories),
    label: z.string(),
    description: z.string(),
    inApp: z.boolean(),
    mail: z.boolean(),
    /** This person's role may not switch the mail off (failed payments for owners and billing managers). */
    mailLocked: z.boolean(),
  })
  .meta({ id: 'NotificationPreference' });

export const notificationPreferencesView = z
  .object({
    categories: z.array(notificationPreferenceView),
    /** A mail each morning with the day's unread notices. */
    dailyDigest: z.boolean(),
  })
  .meta({ id: 'NotificationPreferences' });

export const notificationPreferencesRequest = z
  .object({
    categories: z
      .array(z.object({ category: categoryEnum, inApp: z.boolean({ error: 'Say true or false.' }), mail: z.boolean({ error: 'Say true or false.' }) }), {
        error: 'Give a list of categories.',
      })
      .max(notificationCategories.length, { error: 'Each category once.' })
      .optional(),
    dailyDigest: z.boolean({ error: 'Say true or false.' }).optional(),
  })
  .meta({ id: 'NotificationPreferencesRequest' });
export type NotificationPreferencesRequest = z.infer<typeof notificationPreferencesRequest>;

/**
 * What `GET …/notifications/stream` sends, one Server-Sent Event each: `event:` is the
 * type, `data:` this object as JSON. `unread` comes first on connect and whenever the
 * count changes (a read elsewhere too); `notification` when a new notice for this person
 * arrives. Comment lines (`: keep-alive`) hold the connection open.
 */
export const notificationStreamEvent = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('unread'), unread: z.int() }),
    z.object({ type: z.literal('notification'), unread: z.int(), notification: notificationView }),
  ])
  .meta({ id: 'NotificationStreamEvent' });
export type NotificationStreamEvent = z.infer<typeof notificationStreamEvent>;

/** The answer of a command that has nothing more to say than that it worked. */
export const okView = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
