import type { HelpChatStatus } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openHelpTicket } from '../open-ticket';
import { publishChatNotice } from './chat-events';
import { chatMessages } from './chat-views';
import { lockChat } from './lock-chat';

export type ChatTicketOutcome =
  | { outcome: 'ticketed'; ticketId: string; personUserId: string; personName: string }
  /** An operator answered, or someone ended it, before the timer: no ticket. */
  | { outcome: Exclude<HelpChatStatus, 'ticketed'> };

/**
 * Turns a chat nobody answered into a ticket, in the caller's company transaction. The
 * chat row is locked first: an operator's first answer takes the same lock, so exactly
 * one of them wins — the answer (the chat is `active`, no ticket) or the timer (the chat
 * is `ticketed`, and the answer is refused). Run again, it finds the ticket it made.
 *
 * The ticket's first message is the whole transcript, one line per chat line, so the
 * thread reads as the conversation did; the chat's own lines stay as they were.
 */
export async function turnChatIntoTicket(em: EntityManager, chatId: string): Promise<ChatTicketOutcome | null> {
  const chat = await lockChat(em, chatId);
  if (!chat) return null;
  const lines = await chatMessages(em, chatId);
  const personName = lines.find((line) => line.authorKind === 'person')?.authorName ?? 'A member';
  if (chat.status === 'ticketed') {
    return { outcome: 'ticketed', ticketId: chat.ticket!.id, personUserId: chat.createdBy ?? '', personName };
  }
  if (chat.status !== 'waiting') return { outcome: chat.status };

  const first = lines[0]?.body.split('\n')[0]?.trim() ?? '';
  const subject = `Live chat: ${first.length > 80 ? `${first.slice(0, 79)}…` : first || 'no answer in time'}`;
  const transcript = [
    'This conversation started in the live chat, and nobody at Atrium answered in time. We answer here instead.',
    '',
    ...lines.map((line) => `${line.authorName} (${line.createdAt.slice(0, 16).replace('T', ' ')} UTC): ${line.body}`),
  ].join('\n');
  const { ticket } = openHelpTicket(em, {
    companyId: chat.company.id,
    openedBy: { userId: chat.createdBy ?? '', name: personName },
    subject,
    category: 'other',
    priority: 'normal',
    body: transcript,
    source: 'chat',
    chatId,
  });
  chat.status = 'ticketed';
  chat.ticket = ticket;
  chat.endedAt = new Date();
  await em.flush();
  await publishChatNotice(em, { type: 'chat', companyId: chat.company.id, chatId });
  return { outcome: 'ticketed', ticketId: ticket.id, personUserId: chat.createdBy ?? '', personName };
}
