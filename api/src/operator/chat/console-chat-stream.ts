import type { OperatorView } from '@atrium/core';
import { chatMessages, chatViews, Operator, withTenant, type ChatNotice } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { openChatEventStream } from '../../help/chat/stream/event-stream';
import { consoleChatScope } from './console-chat-scope';

/** The stream marks its operator present this often; presence lasts core's `operatorPresenceWindowMs` (30 s). */
const presenceBeatMs = 10_000;

async function markPresent(deps: ApiDependencies, operator: OperatorView, present: boolean): Promise<void> {
  await withTenant(deps.orm, consoleChatScope(operator, 'presence'), (em) => em.nativeUpdate(Operator, { id: operator.id }, { chatPresentAt: present ? new Date() : null }));
}

/**
 * `GET /api/operator/chats/stream`: the console's live chat. While it is open its operator
 * counts as online, which is what the `chat:{id}` workflow asks before it waits for an
 * answer. On connect a `chat` for every open chat; then every chat's new lines, changes
 * and the people's typing, each naming its chat.
 */
export async function streamChatsToOperator(ctx: Context, deps: ApiDependencies, operator: OperatorView): Promise<void> {
  const open = await withTenant(deps.orm, consoleChatScope(operator, 'open chats'), (em) => chatViews(em, { statuses: ['waiting', 'active'] }, 200));

  let queue = Promise.resolve();
  const onNotice = (notice: ChatNotice) => {
    if (notice.type === 'typing') {
      if (notice.by === 'person') stream.send({ type: 'typing', chatId: notice.chatId, by: 'person', name: notice.name, typing: notice.typing });
      return;
    }
    queue = queue.then(() => relay(notice)).catch((error: unknown) => deps.logger.warn({ error: String(error), chatId: notice.chatId }, 'a chat event could not be streamed to the console'));
  };
  async function relay(notice: Exclude<ChatNotice, { type: 'typing' }>) {
    await withTenant(deps.orm, consoleChatScope(operator, 'stream'), async (em) => {
      if (notice.type === 'message') {
        for (const message of await chatMessages(em, notice.chatId, [notice.messageId])) stream.send({ type: 'message', chatId: notice.chatId, message });
      } else {
        const [chat] = await chatViews(em, { ids: [notice.chatId] });
        if (chat) stream.send({ type: 'chat', chat });
      }
    });
  }

  let unsubscribe: () => void;
  try {
    unsubscribe = await deps.chatEvents.subscribe(null, null, onNotice);
    await markPresent(deps, operator, true);
  } catch {
    throw new HttpError(503, 'stream_unavailable', 'Live chat updates are not available right now; reload the page.');
  }
  const stream = openChatEventStream(ctx, deps.config.notificationHeartbeatMs);
  const beat = setInterval(() => {
    markPresent(deps, operator, true).catch((error: unknown) => deps.logger.warn({ error: String(error) }, 'operator presence could not be written'));
  }, presenceBeatMs);
  stream.onClose(() => {
    clearInterval(beat);
    unsubscribe();
    // Gone at once rather than 30 s later; another tab of theirs marks them present again at its next beat.
    markPresent(deps, operator, false).catch(() => undefined);
  });
  for (const chat of open) stream.send({ type: 'chat', chat });
}
