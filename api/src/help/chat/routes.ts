import {
  apiError,
  chatDetailView,
  chatListView,
  chatMessageRequest,
  chatMessageView,
  chatOpenRequest,
  chatParams,
  chatStreamEvent,
  chatTypingRequest,
  companyIdParams,
  currentChatView,
  okView,
} from '@atrium/core';
import { chatViews, withTenant } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import type { RouteRegistry } from '../../http/routes';
import { validate } from '../../http/validate';
import { chatDetailFor, readsEveryChat, type ChatAsker } from './chat-access';
import { openChat } from './open-chat';
import { endChatAsPerson, markReadByPerson, personTyping, postPersonMessage } from './person-chat-actions';
import { streamChatToPerson } from './stream/person-chat-stream';

const askerOf = (ctx: Context): ChatAsker => ({ personId: ctx.state.person.id, personName: ctx.state.person.name || ctx.state.person.email, role: ctx.state.membership.role });

const closedChat = { description: 'The chat ended, or became a ticket (`chat_ticketed`, with `details.ticketId`)', schema: apiError };
const tooMany = { description: 'Too many messages in a minute (`too_many_messages`, with Retry-After)', schema: apiError };
const noChat = { description: 'No such chat for this person', schema: apiError };

/**
 * Live chat with Atrium, for a company's people: the panel on every page opens a chat,
 * writes in it and follows it live; the support history lists the company's chats (all
 * of them for owners and admins, one's own for everyone else) with their transcripts.
 * Everyone in a company may chat (`create Help`); only the person who opened a chat
 * writes in it.
 */
export function registerChatRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const base = '/api/companies/:companyId/help/chats';
  const tags = ['help'];

  registry.add({
    method: 'get', path: base, summary: "The company's live chats, newest first (owners and admins: all; others: their own), for the support history", tags,
    access: 'company', can: ['read', 'Help'], params: companyIdParams,
    responses: { 200: { description: 'Chats, newest first (the latest 100)', schema: chatListView } },
    handler: async (ctx) => {
      const asker = askerOf(ctx);
      const chats = await withTenant(deps.orm, { companyId: ctx.state.membership.companyId }, (em) => chatViews(em, readsEveryChat(asker) ? {} : { openedBy: asker.personId }));
      ctx.body = { chats: chats.map(({ companyName: _companyName, ...chat }) => chat) };
    },
  });

  registry.add({
    method: 'get', path: `${base}/current`, summary: "This person's open chat (waiting or active) with its lines, for the chat panel", tags,
    access: 'company', can: ['read', 'Help'], params: companyIdParams,
    responses: { 200: { description: 'The open chat, or null', schema: currentChatView } },
    handler: async (ctx) => {
      const asker = askerOf(ctx);
      ctx.body = await withTenant(deps.orm, { companyId: ctx.state.membership.companyId }, async (em) => {
        const [open] = await chatViews(em, { openedBy: asker.personId, statuses: ['waiting', 'active'] }, 1);
        return { chat: open ? await chatDetailFor(em, open.id, asker) : null };
      });
    },
  });

  registry.add({
    method: 'post', path: base, summary: 'Open a live chat with Atrium with its first line (starts its chat:{id} workflow)', tags,
    access: 'company', can: ['create', 'Help'], params: companyIdParams, body: chatOpenRequest,
    responses: {
      201: { description: 'The chat, waiting for an operator', schema: chatDetailView },
      409: { description: 'This person has a chat open already (`chat_open`, with `details.chatId`)', schema: apiError },
      429: tooMany,
      503: { description: 'The live chat is not available now', schema: apiError },
    },
    handler: async (ctx) => {
      const { body } = validate(chatOpenRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = await openChat(deps, ctx.state.membership.companyId, askerOf(ctx), body);
    },
  });

  registry.add({
    method: 'get', path: `${base}/:chatId`, summary: 'One chat with its transcript', tags,
    access: 'company', can: ['read', 'Help'], params: chatParams,
    responses: { 200: { description: 'The chat and every line', schema: chatDetailView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(chatParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId: ctx.state.membership.companyId }, (em) => chatDetailFor(em, chatId, askerOf(ctx)));
    },
  });

  registry.add({
    method: 'get', path: `${base}/:chatId/stream`, summary: 'Live updates of one chat, as Server-Sent Events (text/event-stream)', tags,
    access: 'company', can: ['read', 'Help'], params: chatParams,
    responses: {
      200: {
        description:
          'A stream of events, each `event: <type>` and `data: <ChatStreamEvent as JSON>`: `chat` and every `message` so far on connect; then each new `message`, a `chat` when the status or a read mark changes, and `typing` while the operator types. Comment lines (`: keep-alive`) keep it open; it ends after 30 minutes and the browser reconnects.',
        media: 'text/event-stream',
        schema: chatStreamEvent,
      },
      404: noChat,
      503: { description: 'Live updates are not available now', schema: apiError },
    },
    handler: async (ctx) => {
      const { chatId } = validate(chatParams, ctx.params);
      await streamChatToPerson(ctx, deps, ctx.state.membership.companyId, chatId, askerOf(ctx));
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/messages`, summary: 'Write a line in one’s own open chat', tags,
    access: 'company', can: ['create', 'Help'], params: chatParams, body: chatMessageRequest,
    responses: { 201: { description: 'The line as stored', schema: chatMessageView }, 404: noChat, 409: closedChat, 429: tooMany },
    handler: async (ctx) => {
      const { chatId } = validate(chatParams, ctx.params);
      const { body } = validate(chatMessageRequest, ctx.request.body);
      ctx.status = 201;
      ctx.body = await postPersonMessage(deps, ctx.state.membership.companyId, chatId, askerOf(ctx), body);
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/typing`, summary: 'Say that the person is typing (or stopped); sent live to the operators, never stored', tags,
    access: 'company', can: ['create', 'Help'], params: chatParams, body: chatTypingRequest,
    responses: { 200: { description: 'Passed on', schema: okView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(chatParams, ctx.params);
      const { typing } = validate(chatTypingRequest, ctx.request.body);
      await personTyping(deps, ctx.state.membership.companyId, chatId, askerOf(ctx), typing);
      ctx.body = { ok: true };
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/read`, summary: 'Mark every line of one’s own chat read (the operator sees it read)', tags,
    access: 'company', can: ['read', 'Help'], params: chatParams,
    responses: { 200: { description: 'The chat with its new read mark', schema: chatDetailView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(chatParams, ctx.params);
      ctx.body = await markReadByPerson(deps, ctx.state.membership.companyId, chatId, askerOf(ctx));
    },
  });

  registry.add({
    method: 'post', path: `${base}/:chatId/end`, summary: 'End one’s own chat (its workflow ends; an unanswered chat then becomes no ticket)', tags,
    access: 'company', can: ['create', 'Help'], params: chatParams,
    responses: { 200: { description: 'The chat as it ended (or as it already was)', schema: chatDetailView }, 404: noChat },
    handler: async (ctx) => {
      const { chatId } = validate(chatParams, ctx.params);
      ctx.body = await endChatAsPerson(deps, ctx.state.membership.companyId, chatId, askerOf(ctx));
    },
  });
}
