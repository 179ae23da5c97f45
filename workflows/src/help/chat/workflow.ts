import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ChatActivities } from './activities';
import { ChatState } from './chat-state';
import { chatAnsweredSignal, chatEndedSignal, chatProgressQuery, longestChatMs, type ChatProgress, type ChatStart } from './messages';

const chat = proxyActivities<ChatActivities>({ startToCloseTimeout: '1 minute', retry: { maximumAttempts: 10 } });

/**
 * `chat:{id}`: one live chat, from the person's first line to its end. Nobody online when
 * it opens, or no operator's answer within `answerTimeoutMs`, and it becomes a ticket (the
 * person is told, in the chat and by a notice) and the workflow ends. An operator's first
 * answer stops the timer; then it waits for the chat to end, a day at most.
 *
 * PostgreSQL decides the race between an answer and the timer: the ticket activity turns
 * the chat into a ticket only while its row still says `waiting`, under the same lock the
 * answer takes. If the answer won, the signal is on its way, or already here.
 */
export async function chatWorkflow(start: ChatStart): Promise<ChatProgress> {
  const state = new ChatState();
  const key = { companyId: start.companyId, chatId: start.chatId };
  setHandler(chatProgressQuery, () => state.progress);
  setHandler(chatAnsweredSignal, () => state.answered());
  setHandler(chatEndedSignal, () => state.end());

  state.operatorOnline = await chat.anyOperatorOnline();
  if (state.operatorOnline) await condition(() => !state.waiting, start.answerTimeoutMs);

  if (state.waiting) {
    const result = await chat.ticketUnansweredChat(key);
    if (result.outcome === 'ticketed') state.ticketed(result.ticketId);
    else if (result.outcome === 'ended' || result.outcome === 'missing') state.end();
    else if (result.outcome === 'active') state.answered();
  }

  if (!state.ended && !(await condition(() => state.ended, longestChatMs))) {
    await chat.endOpenChat(key);
    state.end();
  }
  await condition(allHandlersFinished);
  return state.progress;
}
