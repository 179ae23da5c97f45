import { apiError, chatAssignRequest, chatMessageRequest, chatMessageView, chatStreamEvent, chatTypingRequest, okView, operatorChatDetailView, operatorChatListView, operatorChatParams, operatorChatView } from '@atrium/core';
import { chatViews, Operator, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { recordOperatorAudit } from '../record-operator-audit';
import { answerChat, assignChat, endChatAsOperator, markReadByOperator, operatorTyping, viewChatInConsole } from './console-chat-actions';
import { consoleChatScope } from './console-chat-scope';
import { streamChatsToOperator } from './console-chat-stream';

const noChat = { description: 'No such chat', schema: apiError };
const closedChat = { description: 'The chat ended, or became a ticket (`chat_ticketed`, with `details.ticketId`)', schema: apiError };

/**
 * The console's live chat: waiting and active chats of every company, one chat's
 * transcript (audited in the company's own log), answers, assignment between operators,
 * typing and read marks. Every route needs an operator session; every action is in the
 * operator audit log.
 */
export function registerConsoleChatRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const base = '/api/operator/chats';
  const tags = ['operator'];

  registry.add({
    method: 'get', path: base, summary: 'Waiting and active chats of every company, oldest waiting first, with the operators to assign them to', tags,
    access: 'operator',
    responses: { 200: { description: 'Open chats and the active operators', schema: operatorChatListView } },
    handler: async (ctx) => {
      const operator = ctx.state.operator;
      ctx.body = await withTenant(deps.orm, consoleChatScope(operator, 'list'), async (em) => {
        const chats = await chatViews(em, { statuses: ['waiting', 'active'] }, 200);
        const operators = await em.find(Operator, { disabledAt: null, totpEnrolledAt: { $ne: null } }, { orderBy: { name: 'asc' } });
        recordOperatorAudit(em, { operator, action: 'chats.listed', target: '', details: { open: chats.length } });
        await em.flush();
        // Waiting chats first, the longest waiting at the top: they are the ones about to become tickets.
        chats.sort((a, b) => Number(b.status === 'waiting') - Number(a.status === 'waiting') || a.createdAt.localeCompare(b.createdAt));
        return { chats, operators: operators.map(({ id, name, email }) => ({ id, name, email })) };
      });
    },
  });

  registry.add({
    method: 'get', path: `${base}/stream`, summary: "Live updates of every chat, as Server-Sent Events (text/event-stream); while open, the operator counts as online", tags,
    access: 'operator',
    responses: {
      200: {
        description:
          'A stream of events, each `event: <type>` and `data: <ChatStreamEvent as JSON>`: a `chat` for every open chat on connect; then each chat\'s new `message`, a `chat` when one opens or its status, assignment or read marks change, and `typing` while a person types. Comment lines (`: keep-alive`) keep it open; it ends after 30 minutes and the browser reconnects.',
        media: 'text/event-stream',
        schema: chatStreamEvent,
      },
      503: { description: 'Live updates are not available now', schema: apiError },
    },
    handler: async (ctx) => {
      await streamChatsToOperator(ctx, deps, ctx.state.operator);
    },
  });

  registry.add({
    method: 'get', path: `${base}/:chatId`, summary: "One chat's transcript and company (audited in that company's log: “Atrium support viewed …'s chat”)", tags,
    access: 'operator', params: operatorChatParams,
    responses: { 200: { description: 'The chat and every line', schema: operatorChatDetailView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(operatorChatParams, ctx.params);
      ctx.body = await viewChatInConsole(deps, ctx.state.operator, chatId);
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/messages`, summary: 'Answer in a chat (the first answer stops its ticket timer and assigns it to the operator if nobody has it)', tags,
    access: 'operator', params: operatorChatParams, body: chatMessageRequest,
    responses: { 201: { description: 'The line as stored', schema: chatMessageView }, 404: noChat, 409: closedChat },
    handler: async (ctx) => {
      const { chatId } = validate(operatorChatParams, ctx.params);
      const { body } = validate(chatMessageRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = await answerChat(deps, ctx.state.operator, chatId, body);
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/assign`, summary: 'Give an open chat to an operator (oneself or another), or to nobody (null)', tags,
    access: 'operator', params: operatorChatParams, body: chatAssignRequest,
    responses: {
      200: { description: 'The chat with its operator', schema: operatorChatView },
      400: { description: 'No active operator with that id (`unknown_operator`)', schema: apiError },
      404: noChat,
      409: closedChat,
    },
    handler: async (ctx) => {
      const { chatId } = validate(operatorChatParams, ctx.params);
      const { operatorId } = validate(chatAssignRequest, ctx.request.body);
      ctx.body = await assignChat(deps, ctx.state.operator, chatId, operatorId);
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/typing`, summary: 'Say that the operator is typing (or stopped); sent live to the person, never stored', tags,
    access: 'operator', params: operatorChatParams, body: chatTypingRequest,
    responses: { 200: { description: 'Passed on', schema: okView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(operatorChatParams, ctx.params);
      const { typing } = validate(chatTypingRequest, ctx.request.body);
      await operatorTyping(deps, ctx.state.operator, chatId, typing);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/read`, summary: 'Mark every line of a chat read by Atrium (the person sees it read)', tags,
    access: 'operator', params: operatorChatParams,
    responses: { 200: { description: 'The chat with its new read mark', schema: operatorChatView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(operatorChatParams, ctx.params);
      ctx.body = await markReadByOperator(deps, ctx.state.operator, chatId);
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/end`, summary: 'End a chat from the console (its workflow ends)', tags,
    access: 'operator', params: operatorChatParams,
    responses: { 200: { description: 'The chat as it ended (or as it already was)', schema: operatorChatView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(operatorChatParams, ctx.params);
      ctx.body = await endChatAsOperator(deps, ctx.state.operator, chatId);
    },
  });
}
