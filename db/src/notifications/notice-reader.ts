import {
  categoriesFor,
  defaultChoice,
  moduleScopedCategories,
  notificationCategories,
  type CompanyRole,
  type ModuleKey,
  type NotificationCategory,
  type NotificationChoice,
} from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * One person reading their company's notices: what they see is the notices meant for
 * them, and those of the categories their role concerns (about a module only if they can
 * open it), less the categories they switched off in the app. Read state is theirs. Used
 * by the API's list, count and stream and by the daily digest, so all four agree.
 * Runs inside the company's RLS context: another company's rows are not there to find.
 */
export interface NoticeReader {
  userId: string;
  role: CompanyRole;
  /** The modules this person can open now. */
  modules: readonly ModuleKey[];
  /**
   * The person's choices, when read already (the digest reads them for mail too). Absent,
   * the statements read them themselves, so a list and its count take one round trip.
   */
  choices?: ReadonlyMap<NotificationCategory, NotificationChoice>;
}

export interface NoticeRow {
  id: string;
  kind: string;
  category: NotificationCategory;
  module: ModuleKey | null;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** The person's own choices (absent categories keep their defaults). */
export async function loadChoices(em: EntityManager, userId: string): Promise<Map<NotificationCategory, NotificationChoice>> {
  const { sql, values } = choicesStatement(userId);
  return choicesFrom(await em.execute(sql, [...values], 'all'));
}

/** The statements below, for a one-trip read (`readInOneTrip`) or `em.execute` alike. */
export interface NoticeStatement {
  sql: string;
  values: readonly unknown[];
}

export const choicesStatement = (userId: string): NoticeStatement => ({
  sql: `select category, in_app, mail from notification_preference where user_id = ?`,
  values: [userId],
});

export function choicesFrom(rows: Record<string, unknown>[]): Map<NotificationCategory, NotificationChoice> {
  return new Map((rows as { category: NotificationCategory; in_app: boolean; mail: boolean }[]).map((row) => [row.category, { inApp: row.in_app, mail: row.mail }]));
}

const inList = (column: string, values: readonly string[]) =>
  values.length === 0 ? { sql: 'false', params: [] as unknown[] } : { sql: `${column} in (${values.map(() => '?').join(', ')})`, params: [...values] as unknown[] };

/** The SQL condition (on `n`, a notification row) of what `reader` sees. */
function visibleTo(reader: NoticeReader): { sql: string; params: unknown[] } {
  const shownIn = shownInApp(reader);
  // Shown and for the role: `shownIn` is asked of every row below anyway.
  const roleIn = inList('n.category', categoriesFor(reader.role));
  const moduleIn = inList('n.module', reader.modules);
  const scopedIn = inList('n.category', moduleScopedCategories);
  return {
    sql: `(${shownIn.sql}) and (n.recipient_user_id = ? or (n.recipient_user_id is null and (${roleIn.sql}) and (n.module is null or not (${scopedIn.sql}) or ${moduleIn.sql})))`,
    params: [...shownIn.params, reader.userId, ...roleIn.params, ...scopedIn.params, ...moduleIn.params],
  };
}

/** The categories this person lets into the app: from their choices, or asked in SQL with the defaults where they made none. */
function shownInApp(reader: NoticeReader): { sql: string; params: unknown[] } {
  const { choices } = reader;
  if (choices) return inList('n.category', notificationCategories.filter((category) => (choices.get(category) ?? defaultChoice(category)).inApp));
  const defaults = notificationCategories.map((category) => `when ${sqlWord(category)} then ${defaultChoice(category).inApp}`).join(' ');
  return {
    sql: `coalesce((select p.in_app from notification_preference p where p.user_id = ? and p.category = n.category), case n.category ${defaults} else false end)`,
    params: [reader.userId],
  };
}

/** A category name of core's list as a SQL literal (they are lower-case words; anything else is a mistake). */
function sqlWord(word: string): string {
  if (!/^[a-z_]+$/.test(word)) throw new Error(`Not a category name: ${word}`);
  return `'${word}'`;
}

const isRead = `exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = ?)`;

export interface NoticeFilter {
  category?: NotificationCategory;
  unreadOnly?: boolean;
  /** Only notices created before this instant (paging), or at/after `since`. */
  before?: Date;
  since?: Date;
  ids?: readonly string[];
}

function filtered(reader: NoticeReader, filter: NoticeFilter): { sql: string; params: unknown[] } {
  const visible = visibleTo(reader);
  const parts = [visible.sql];
  const params = [...visible.params];
  if (filter.category) {
    parts.push('n.category = ?');
    params.push(filter.category);
  }
  if (filter.unreadOnly) {
    parts.push(`not ${isRead}`);
    params.push(reader.userId);
  }
  if (filter.before) {
    parts.push('n.created_at < ?');
    params.push(filter.before);
  }
  if (filter.since) {
    parts.push('n.created_at >= ?');
    params.push(filter.since);
  }
  if (filter.ids) {
    const ids = inList('n.id', filter.ids);
    parts.push(ids.sql);
    params.push(...ids.params);
  }
  return { sql: parts.join(' and '), params };
}

/** Newest first; `limit` rows at most. */
export async function listNotices(em: EntityManager, reader: NoticeReader, filter: NoticeFilter, limit: number): Promise<NoticeRow[]> {
  const { sql, values } = noticeListStatement(reader, filter, limit);
  return noticeRowsFrom(await em.execute(sql, [...values], 'all'));
}

export function noticeListStatement(reader: NoticeReader, filter: NoticeFilter, limit: number): NoticeStatement {
  const where = filtered(reader, filter);
  return {
    sql: `select n.id, n.kind, n.category, n.module, n.title, n.body, n.created_at, ${isRead} as read
          from notification n where ${where.sql} order by n.created_at desc, n.id desc limit ?`,
    values: [reader.userId, ...where.params, limit],
  };
}

export function noticeRowsFrom(rows: Record<string, unknown>[]): NoticeRow[] {
  return (rows as Array<Omit<NoticeRow, 'createdAt'> & { created_at: Date | string }>).map(({ created_at: createdAt, ...row }) => ({ ...row, createdAt: new Date(createdAt).toISOString() }));
}

export async function countUnread(em: EntityManager, reader: NoticeReader, filter: Omit<NoticeFilter, 'unreadOnly'> = {}): Promise<number> {
  const { sql, values } = unreadCountStatement(reader, filter);
  const [row] = await em.execute<{ n: number }[]>(sql, [...values], 'all');
  return row?.n ?? 0;
}

export function unreadCountStatement(reader: NoticeReader, filter: Omit<NoticeFilter, 'unreadOnly'> = {}): NoticeStatement {
  const where = filtered(reader, { ...filter, unreadOnly: true });
  return { sql: `select count(*)::int as n from notification n where ${where.sql}`, values: where.params };
}

/**
 * Marks the notices matching `filter` read for this person (those already read keep their
 * first read time); answers how many were newly marked.
 */
export async function markRead(em: EntityManager, reader: NoticeReader, companyId: string, filter: NoticeFilter): Promise<number> {
  const where = filtered(reader, { ...filter, unreadOnly: true });
  const rows = await em.execute<{ notification_id: string }[]>(
    `insert into notification_read (notification_id, user_id, company_id, read_at)
     select n.id, ?, ?, now() from notification n where ${where.sql}
     on conflict (notification_id, user_id) do nothing returning notification_id`,
    [reader.userId, companyId, ...where.params],
    'all',
  );
  return rows.length;
}

/** Whether this person sees the notice `id` (read or not). */
export async function seesNotice(em: EntityManager, reader: NoticeReader, id: string): Promise<boolean> {
  const where = filtered(reader, { ids: [id] });
  const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from notification n where ${where.sql}`, where.params, 'all');
  return (row?.n ?? 0) > 0;
}
