import { z } from 'zod';
import { text } from '../api/text';
import { companyIdParams } from '../company/schemas';
import { helpAuthorKinds, helpChatStatuses } from './tickets';

/**
 * Live chat with Atrium's support: a person of a company opens a chat from the panel on
 * any page, operators answer from the console. The `chat:{id}` workflow owns the answer
 * timer: a chat nobody answers in time (or opened while no operator is online) becomes a
 * ticket, and the person is told so.
 */

/** How long a chat waits for an operator's first answer before it becomes a ticket. */
export const defaultChatAnswerTimeoutMs = 2 * 60_000;
/** An operator is online while their console's live-chat stream beat within this window. */
export const operatorPresenceWindowMs = 30_000;

export const chatMessageBody = text({ field: 'message', min: 1, max: 4000, multiline: true, messages: { required: 'Write a message.', min: 'Write a message.' } });

export const chatOpenRequest = z.object({ body: chatMessageBody }).meta({ id: 'ChatOpenRequest' });
export const chatMessageRequest = z.object({ body: chatMessageBody }).meta({ id: 'ChatMessageRequest' });
/** Typing travels live only: `typing: false` when the person stopped or cleared the box. */
export const chatTypingRequest = z.object({ typing: z.boolean({ error: 'Say true or false.' }) }).meta({ id: 'ChatTypingRequest' });
export const chatAssignRequest = z
  .object({ operatorId: z.uuid({ error: 'That is not an operator id.' }).nullable() })
  .meta({ id: 'ChatAssignRequest' });

export const chatParams = companyIdParams.extend({ chatId: z.uuid({ error: 'That is not a chat id.' }) });
export const operatorChatParams = z.object({ chatId: z.uuid({ error: 'That is not a chat id.' }) });

export const chatStatus = z.enum(helpChatStatuses).meta({ id: 'ChatStatus' });

export const chatMessageView = z
  .object({
    id: z.uuid(),
    chatId: z.uuid(),
    authorKind: z.enum(helpAuthorKinds),
    authorName: z.string(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ChatMessage' });
export type ChatMessageView = z.infer<typeof chatMessageView>;

export const chatView = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    status: chatStatus,
    /** The person who opened it (their account id) and their name as they wrote it. */
    openedBy: z.string(),
    personName: z.string(),
    assignedOperatorId: z.uuid().nullable(),
    assignedOperatorName: z.string().nullable(),
    /** The ticket it became when nobody answered in time. */
    ticketId: z.uuid().nullable(),
    /** Read marks: each side has read everything written before its mark. */
    personReadAt: z.string().nullable(),
    operatorReadAt: z.string().nullable(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    lastMessage: z.string(),
    lastMessageAt: z.string(),
  })
  .meta({ id: 'Chat' });
export type ChatView = z.infer<typeof chatView>;

export const chatDetailView = chatView.extend({ messages: z.array(chatMessageView) }).meta({ id: 'ChatDetail' });
export type ChatDetailView = z.infer<typeof chatDetailView>;

export const chatListView = z.object({ chats: z.array(chatView) }).meta({ id: 'ChatList' });
export const currentChatView = z.object({ chat: chatDetailView.nullable() }).meta({ id: 'CurrentChat' });

/** The console's list: each chat with the company it belongs to. */
export const operatorChatView = chatView.extend({ companyName: z.string() }).meta({ id: 'OperatorChat' });
export const operatorChatListView = z
  .object({ chats: z.array(operatorChatView), operators: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })) })
  .meta({ id: 'OperatorChatList' });
export const operatorChatDetailView = chatDetailView.extend({ companyName: z.string() }).meta({ id: 'OperatorChatDetail' });

/**
 * One event of a chat's live stream (`event: <type>`, `data: <JSON>`): `chat` on connect
 * and whenever its status, assignment or read marks change; `message` for each new line;
 * `typing` while the other side types. The operators' stream carries these for every
 * chat, each naming its chat.
 */
export const chatStreamEvent = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('chat'), chat: operatorChatView.omit({ companyName: true }).extend({ companyName: z.string().optional() }) }),
    z.object({ type: z.literal('message'), chatId: z.uuid(), message: chatMessageView }),
    z.object({ type: z.literal('typing'), chatId: z.uuid(), by: z.enum(helpAuthorKinds), name: z.string(), typing: z.boolean() }),
  ])
  .meta({ id: 'ChatStreamEvent' });
export type ChatStreamEvent = z.infer<typeof chatStreamEvent>;
