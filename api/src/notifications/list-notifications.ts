import type { NotificationListQuery } from '@atrium/core';
import { countUnread, markRead, noticeListStatement, noticeRowsFrom, readInOneTrip, seesNotice, unreadCountStatement, withTenant, type NoticeReader } from '@atrium/db';
import type { ApiDependencies } from '../deps';
import { notFound } from '../http/http-error';
import { readerFor, readerWith, type NoticeAsker } from './reader';

/**
 * The notices this person sees, newest first: theirs, and those of the categories their
 * role concerns (billing only for those who handle billing), less what they switched off
 * in the app; with their own read state and the bell's unread count.
 */
export async function listNotifications(deps: ApiDependencies, companyId: string, asker: NoticeAsker, query: Partial<NotificationListQuery> = {}) {
  const notices = noticeStatements(readerWith(asker), query);
  const [rows, counted] = await readInOneTrip(deps.orm, { companyId, userId: asker.personId }, notices.statements);
  return notices.from(rows!, counted!);
}

/**
 * The list and the unread count as two statements of a one-trip read (the overview sends
 * them with its own), and how to read their rows.
 */
export function noticeStatements(reader: NoticeReader, query: Partial<NotificationListQuery> = {}) {
  const limit = query.limit ?? 20;
  const filter = {
    ...(query.category ? { category: query.category } : {}),
    ...(query.unread === 'true' ? { unreadOnly: true } : {}),
    ...(query.before ? { before: new Date(query.before) } : {}),
  };
  return {
    // One more than asked tells whether there are older ones.
    statements: [noticeListStatement(reader, filter, limit + 1), unreadCountStatement(reader)],
    from(rows: Record<string, unknown>[], counted: Record<string, unknown>[]) {
      const notices = noticeRowsFrom(rows);
      return { notifications: notices.slice(0, limit), unread: (counted[0]?.n as number | undefined) ?? 0, hasMore: notices.length > limit };
    },
  };
}

/**
 * Marks one notice read for this person. Another company's notice, one this person may
 * not see, or a made-up id is not here: 404, and nothing changes. Marking a read notice
 * again keeps its first read time.
 */
export async function markNotificationRead(deps: ApiDependencies, companyId: string, asker: NoticeAsker, notificationId: string) {
  await withTenant(deps.orm, { companyId }, async (em) => {
    const reader = await readerFor(em, asker);
    if (!(await seesNotice(em, reader, notificationId))) throw notFound('There is no such notification.');
    await markRead(em, reader, companyId, { ids: [notificationId] });
  });
}

/** Marks every notice this person sees (of one category, if given) read; answers how many, and what stays unread. */
export async function markAllNotificationsRead(deps: ApiDependencies, companyId: string, asker: NoticeAsker, category?: NotificationListQuery['category']) {
  return withTenant(deps.orm, { companyId }, async (em) => {
    const reader = await readerFor(em, asker);
    const marked = await markRead(em, reader, companyId, category ? { category } : {});
    return { marked, unread: await countUnread(em, reader) };
  });
}
