import { randomUUID } from 'node:crypto';
import type { ChatMessageView, OperatorView } from '@atrium/core';
import { AuditEvent, chatMessages, chatViews, HelpChatMessage, lockChat, Operator, publishChatNotice, withTenant, type EntityManager, type HelpChatEntity } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { closedChatRefusal } from '../../help/chat/person-chat-actions';
import { tellChatWorkflow } from '../../help/chat/chat-workflow';
import { recordOperatorAudit } from '../record-operator-audit';
import { consoleChatScope } from './console-chat-scope';

async function openChatOr404(em: EntityManager, chatId: string): Promise<HelpChatEntity> {
  const chat = await lockChat(em, chatId);
  if (!chat) throw notFound('There is no such chat.');
  return chat;
}

/** One chat with its lines and company, for the console. Reading it is audited in the company's own log too. */
export async function viewChatInConsole(deps: ApiDependencies, operator: OperatorView, chatId: string) {
  return withTenant(deps.orm, consoleChatScope(operator, `view chat ${chatId}`), async (em) => {
    const [chat] = await chatViews(em, { ids: [chatId] });
    if (!chat) throw notFound('There is no such chat.');
    recordOperatorAudit(em, { operator, action: 'chat.viewed', target: chat.companyName, companyId: chat.companyId, details: { chatId } });
    em.create(AuditEvent, {
      id: randomUUID(),
      company: chat.companyId,
      actorUserId: `operator:${operator.id}`,
      actorEmail: 'Atrium support',
      category: 'company',
      action: 'support.viewed_chat',
      target: `${chat.personName}'s chat`.slice(0, 254),
      details: { viewedAt: new Date().toISOString(), chatId },
    });
    await em.flush();
    return { ...chat, messages: await chatMessages(em, chatId) };
  });
}

/**
 * An operator writes in a chat. The first answer makes a waiting chat active (and assigns
 * it to them if nobody has it) under the chat's lock: if the timer's ticket came first,
 * the answer is refused (409 `chat_ticketed`) and belongs in the ticket.
 */
export async function answerChat(deps: ApiDependencies, operator: OperatorView, chatId: string, body: string): Promise<ChatMessageView> {
  const { message, firstAnswer } = await withTenant(deps.orm, consoleChatScope(operator, `answer chat ${chatId}`), async (em) => {
    const chat = await openChatOr404(em, chatId);
    if (chat.status !== 'waiting' && chat.status !== 'active') throw closedChatRefusal(chat);
    const firstAnswer = chat.status === 'waiting';
    chat.status = 'active';
    chat.assignedOperatorId ??= operator.id;
    chat.operatorReadAt = new Date();
    const line = em.create(HelpChatMessage, { company: chat.company.id, createdBy: null, chat, authorKind: 'operator', operatorId: operator.id, authorName: operator.name.slice(0, 120), body });
    recordOperatorAudit(em, { operator, action: firstAnswer ? 'chat.answered' : 'chat.message_sent', target: chatId, companyId: chat.company.id });
    await em.flush();
    await publishChatNotice(em, { type: 'message', companyId: chat.company.id, chatId, messageId: line.id });
    if (firstAnswer) await publishChatNotice(em, { type: 'chat', companyId: chat.company.id, chatId });
    return { message: (await chatMessages(em, chatId, [line.id]))[0]!, firstAnswer };
  });
  if (firstAnswer) await tellChatWorkflow(deps, chatId, { answeredBy: operator.id });
  return message;
}

/** Gives an open chat to an operator (oneself or another), or back to nobody (null). */
export async function assignChat(deps: ApiDependencies, operator: OperatorView, chatId: string, operatorId: string | null) {
  return withTenant(deps.orm, consoleChatScope(operator, `assign chat ${chatId}`), async (em) => {
    const assignee = operatorId ? await em.findOne(Operator, { id: operatorId, disabledAt: null }) : null;
    if (operatorId && !assignee) throw new HttpError(400, 'unknown_operator', 'There is no active operator with that id.', { operatorId: 'Choose an operator from the list.' });
    const chat = await openChatOr404(em, chatId);
    if (chat.status !== 'waiting' && chat.status !== 'active') throw closedChatRefusal(chat);
    chat.assignedOperatorId = operatorId;
    recordOperatorAudit(em, { operator, action: 'chat.assigned', target: chatId, companyId: chat.company.id, details: { to: assignee?.email ?? null } });
    await em.flush();
    await publishChatNotice(em, { type: 'chat', companyId: chat.company.id, chatId });
    const [view] = await chatViews(em, { ids: [chatId] });
    return view!;
  });
}

export async function endChatAsOperator(deps: ApiDependencies, operator: OperatorView, chatId: string) {
  const view = await withTenant(deps.orm, consoleChatScope(operator, `end chat ${chatId}`), async (em) => {
    const chat = await openChatOr404(em, chatId);
    if (chat.status === 'waiting' || chat.status === 'active') {
      chat.status = 'ended';
      chat.endedAt = new Date();
      recordOperatorAudit(em, { operator, action: 'chat.ended', target: chatId, companyId: chat.company.id });
      await em.flush();
      await publishChatNotice(em, { type: 'chat', companyId: chat.company.id, chatId });
    }
    const [found] = await chatViews(em, { ids: [chatId] });
    return found!;
  });
  if (view.status === 'ended') await tellChatWorkflow(deps, chatId, 'ended');
  return view;
}

/** The operator has read every line: the person sees "Read". Not audited: it changes nothing of the company's. */
export async function markReadByOperator(deps: ApiDependencies, operator: OperatorView, chatId: string) {
  return withTenant(deps.orm, consoleChatScope(operator, `read chat ${chatId}`), async (em) => {
    const chat = await openChatOr404(em, chatId);
    chat.operatorReadAt = new Date();
    await em.flush();
    await publishChatNotice(em, { type: 'chat', companyId: chat.company.id, chatId });
    const [view] = await chatViews(em, { ids: [chatId] });
    return view!;
  });
}

export async function operatorTyping(deps: ApiDependencies, operator: OperatorView, chatId: string, typing: boolean): Promise<void> {
  await withTenant(deps.orm, consoleChatScope(operator, `typing in chat ${chatId}`), async (em) => {
    const [chat] = await em.execute<{ company_id: string; status: string }[]>('select company_id, status from help_chat where id = ?', [chatId], 'all');
    if (!chat) throw notFound('There is no such chat.');
    if (chat.status !== 'waiting' && chat.status !== 'active') return;
    await publishChatNotice(em, { type: 'typing', companyId: chat.company_id, chatId, by: 'operator', name: operator.name.slice(0, 120), typing });
  });
}
