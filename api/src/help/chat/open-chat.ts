import type { ChatDetailView } from '@atrium/core';
import { HelpChat, HelpChatMessage, publishChatNotice, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { chatDetailFor, type ChatAsker } from './chat-access';
import { startChatWorkflow } from './chat-workflow';

/**
 * A person opens a chat with its first line. One open chat per person and company: a
 * second is refused with the first one's id, which the panel shows instead. The chat's
 * workflow starts after the commit; without it nobody would ever turn an unanswered chat
 * into a ticket, so a chat whose workflow cannot start is not kept.
 */
export async function openChat(deps: ApiDependencies, companyId: string, asker: ChatAsker, body: string): Promise<ChatDetailView> {
  await deps.chatMessageLimit.consume(companyId, asker.personId);
  const chatId = await withTenant(deps.orm, { companyId, userId: asker.personId }, async (em) => {
    // The person's own row lock: two tabs opening at once make one chat, not two.
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`help_chat:${companyId}:${asker.personId}`], 'all');
    const open = await em.findOne(HelpChat, { createdBy: asker.personId, status: { $in: ['waiting', 'active'] } });
    if (open) throw new HttpError(409, 'chat_open', 'You have a chat open already: carry on there.', undefined, { chatId: open.id });
    const chat = em.create(HelpChat, { company: companyId, createdBy: asker.personId, status: 'waiting', assignedOperatorId: null, ticket: null, personReadAt: new Date(), operatorReadAt: null, endedAt: null });
    em.create(HelpChatMessage, { company: companyId, createdBy: asker.personId, chat, authorKind: 'person', operatorId: null, authorName: asker.personName.slice(0, 120), body });
    await em.flush();
    await publishChatNotice(em, { type: 'chat', companyId, chatId: chat.id });
    return chat.id;
  });
  try {
    await startChatWorkflow(deps, companyId, chatId);
  } catch (error) {
    await withTenant(deps.orm, { companyId }, (em) => em.nativeDelete(HelpChat, { id: chatId }));
    deps.logger.error({ error: String(error), chatId }, 'the chat workflow did not start');
    throw new HttpError(503, 'chat_unavailable', 'The live chat is not available right now. Open a ticket instead, and we will answer there.');
  }
  return withTenant(deps.orm, { companyId }, (em) => chatDetailFor(em, chatId, asker));
}
