import type { EntityManager } from '@mikro-orm/postgresql';
import { HelpChat, type HelpChatEntity } from '../../entities/help/help-chat';

/**
 * The chat row, locked until the caller's transaction ends: every change of a chat's
 * status (an operator's first answer, the timer's ticket, an end) takes this lock first,
 * so two of them never both win. Null when the caller's context sees no such chat.
 */
export async function lockChat(em: EntityManager, chatId: string): Promise<HelpChatEntity | null> {
  const locked = await em.execute<{ id: string }[]>('select id from help_chat where id = ? for update', [chatId], 'all');
  if (locked.length === 0) return null;
  return em.findOne(HelpChat, { id: chatId }, { refresh: true });
}
