import type { ChatDetailView, CompanyRole } from '@atrium/core';
import { chatMessages, chatViews, type EntityManager } from '@atrium/db';
import { notFound } from '../../http/http-error';

export interface ChatAsker {
  personId: string;
  personName: string;
  role: CompanyRole;
}

/** Owners and admins read every chat of their company (its support history); others only their own. */
export const readsEveryChat = (asker: ChatAsker) => asker.role === 'owner' || asker.role === 'admin';

/**
 * One chat with its lines, as this person may see it: not theirs and not an owner's or an
 * admin's to read, it is not found (404, never 403: it does not say the chat exists).
 */
export async function chatDetailFor(em: EntityManager, chatId: string, asker: ChatAsker): Promise<ChatDetailView> {
  const [chat] = await chatViews(em, { ids: [chatId] });
  if (!chat || (chat.openedBy !== asker.personId && !readsEveryChat(asker))) throw notFound('There is no such chat.');
  const { companyName: _companyName, ...view } = chat;
  return { ...view, messages: await chatMessages(em, chatId) };
}
