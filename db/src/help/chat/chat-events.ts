import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What happened in a live chat, as PostgreSQL passes it on (`NOTIFY atrium_chat`): ids and
 * small facts only, never a message's text (a NOTIFY payload is at most 8 kB, and every
 * API process hears it). The streams read what they send from the tables, under the
 * reader's own context.
 */
export type ChatNotice =
  | { type: 'message'; companyId: string; chatId: string; messageId: string }
  /** Status, assignment or a read mark changed: streams send the chat again. */
  | { type: 'chat'; companyId: string; chatId: string }
  | { type: 'typing'; companyId: string; chatId: string; by: 'person' | 'operator'; name: string; typing: boolean };

export const chatChannel = 'atrium_chat';

/**
 * Queues the notice in the caller's transaction: PostgreSQL delivers it at commit, so no
 * stream hears of a line that was rolled back. Outside a transaction it goes at once.
 */
export async function publishChatNotice(em: EntityManager, notice: ChatNotice): Promise<void> {
  await em.execute(`select pg_notify(?, ?)`, [chatChannel, JSON.stringify(notice)], 'all');
}
