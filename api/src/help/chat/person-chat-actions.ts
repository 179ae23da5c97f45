import type { ChatDetailView, ChatMessageView } from '@atrium/core';
import { chatMessages, HelpChatMessage, lockChat, publishChatNotice, withTenant, type EntityManager, type HelpChatEntity } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { chatDetailFor, type ChatAsker } from './chat-access';
import { tellChatWorkflow } from './chat-workflow';

/** The chat, locked, if it is this person's own: only the person who opened a chat writes in it. */
async function ownChat(em: EntityManager, chatId: string, asker: ChatAsker): Promise<HelpChatEntity> {
  const chat = await lockChat(em, chatId);
  if (!chat || chat.createdBy !== asker.personId) throw notFound('There is no such chat.');
  return chat;
}

export const closedChatRefusal = (chat: HelpChatEntity) =>
  chat.status === 'ticketed'
    ? new HttpError(409, 'chat_ticketed', 'This chat became a support ticket: carry on in the ticket.', undefined, { ticketId: chat.ticket?.id ?? null })
    : new HttpError(409, 'chat_ended', 'This chat has ended. Open a new one to carry on.');

export async function postPersonMessage(deps: ApiDependencies, companyId: string, chatId: string, asker: ChatAsker, body: string): Promise<ChatMessageView> {
  await deps.chatMessageLimit.consume(companyId, asker.personId);
  return withTenant(deps.orm, { companyId, userId: asker.personId }, async (em) => {
    const chat = await ownChat(em, chatId, asker);
    if (chat.status !== 'waiting' && chat.status !== 'active') throw closedChatRefusal(chat);
    const message = em.create(HelpChatMessage, { company: companyId, createdBy: asker.personId, chat, authorKind: 'person', operatorId: null, authorName: asker.personName.slice(0, 120), body });
    chat.personReadAt = new Date();
    await em.flush();
    await publishChatNotice(em, { type: 'message', companyId, chatId, messageId: message.id });
    return (await chatMessages(em, chatId, [message.id]))[0]!;
  });
}

/** The person has read every line so far: the operator sees "Read". */
export async function markReadByPerson(deps: ApiDependencies, companyId: string, chatId: string, asker: ChatAsker): Promise<ChatDetailView> {
  return withTenant(deps.orm, { companyId, userId: asker.personId }, async (em) => {
    const chat = await ownChat(em, chatId, asker);
    chat.personReadAt = new Date();
    await em.flush();
    await publishChatNotice(em, { type: 'chat', companyId, chatId });
    return chatDetailFor(em, chatId, asker);
  });
}

export async function endChatAsPerson(deps: ApiDependencies, companyId: string, chatId: string, asker: ChatAsker): Promise<ChatDetailView> {
  const detail = await withTenant(deps.orm, { companyId, userId: asker.personId }, async (em) => {
    const chat = await ownChat(em, chatId, asker);
    if (chat.status === 'waiting' || chat.status === 'active') {
      chat.status = 'ended';
      chat.endedAt = new Date();
      await em.flush();
      await publishChatNotice(em, { type: 'chat', companyId, chatId });
    }
    return chatDetailFor(em, chatId, asker);
  });
  if (detail.status === 'ended') await tellChatWorkflow(deps, chatId, 'ended');
  return detail;
}

/** Typing is not stored: it goes to the chat's streams through PostgreSQL's NOTIFY, and only while the chat is open. */
export async function personTyping(deps: ApiDependencies, companyId: string, chatId: string, asker: ChatAsker, typing: boolean): Promise<void> {
  await withTenant(deps.orm, { companyId, userId: asker.personId }, async (em) => {
    const [chat] = await em.execute<{ created_by: string; status: string }[]>('select created_by, status from help_chat where id = ?', [chatId], 'all');
    if (!chat || chat.created_by !== asker.personId) throw notFound('There is no such chat.');
    if (chat.status !== 'waiting' && chat.status !== 'active') return;
    await publishChatNotice(em, { type: 'typing', companyId, chatId, by: 'person', name: asker.personName.slice(0, 120), typing });
  });
}
