import { chatMessages, chatViews, withTenant, type ChatNotice } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../../deps';
import { HttpError } from '../../../http/http-error';
import { chatDetailFor, type ChatAsker } from '../chat-access';
import { openChatEventStream } from './event-stream';

/**
 * `GET …/help/chats/:chatId/stream`: the chat panel's live side. On connect the chat and
 * every line so far (the panel keeps each line once, by id, so a reconnect loses
 * nothing); then each new line, each change of status or read mark, and the operator's
 * typing. Everything sent is read from PostgreSQL under the company's RLS.
 */
export async function streamChatToPerson(ctx: Context, deps: ApiDependencies, companyId: string, chatId: string, asker: ChatAsker): Promise<void> {
  // Refusals (another's chat, no such chat) are plain 404 answers, before any stream.
  const detail = await withTenant(deps.orm, { companyId }, (em) => chatDetailFor(em, chatId, asker));

  let queue = Promise.resolve();
  const onNotice = (notice: ChatNotice) => {
    if (notice.type === 'typing') {
      if (notice.by === 'operator') stream.send({ type: 'typing', chatId, by: 'operator', name: notice.name, typing: notice.typing });
      return;
    }
    queue = queue.then(() => relay(notice)).catch((error: unknown) => deps.logger.warn({ error: String(error), chatId }, 'a chat event could not be streamed'));
  };
  async function relay(notice: Exclude<ChatNotice, { type: 'typing' }>) {
    await withTenant(deps.orm, { companyId }, async (em) => {
      if (notice.type === 'message') {
        for (const message of await chatMessages(em, chatId, [notice.messageId])) stream.send({ type: 'message', chatId, message });
      } else {
        const [chat] = await chatViews(em, { ids: [chatId] });
        if (chat) stream.send({ type: 'chat', chat });
      }
    });
  }

  let unsubscribe: () => void;
  try {
    unsubscribe = await deps.chatEvents.subscribe(chatId, companyId, onNotice);
  } catch {
    throw new HttpError(503, 'stream_unavailable', 'Live chat updates are not available right now; reload to see new messages.');
  }
  const stream = openChatEventStream(ctx, deps.config.notificationHeartbeatMs);
  stream.onClose(unsubscribe);
  const { messages, ...chat } = detail;
  stream.send({ type: 'chat', chat });
  for (const message of messages) stream.send({ type: 'message', chatId, message });
}
