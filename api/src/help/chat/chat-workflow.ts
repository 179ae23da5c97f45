import { chatAnsweredSignal, chatEndedSignal, chatWorkflowId, type ChatStart } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';

/** Starts `chat:{id}`; its timeout is the API's setting at this moment, kept by the chat. */
export async function startChatWorkflow(deps: ApiDependencies, companyId: string, chatId: string): Promise<void> {
  const start: ChatStart = { companyId, chatId, answerTimeoutMs: deps.config.chat.answerTimeoutMs };
  await deps.temporal.workflow.start('chatWorkflow', { workflowId: chatWorkflowId(chatId), taskQueue: deps.config.temporal.taskQueue, args: [start] });
}

/**
 * Tells the workflow after the commit. A lost signal costs nothing: the chat row already
 * says `active` or `ended`, and the workflow's ticket activity reads the row, not the signal.
 */
export async function tellChatWorkflow(deps: ApiDependencies, chatId: string, what: { answeredBy: string } | 'ended'): Promise<void> {
  const handle = deps.temporal.workflow.getHandle(chatWorkflowId(chatId));
  try {
    if (what === 'ended') await handle.signal(chatEndedSignal);
    else await handle.signal(chatAnsweredSignal, { operatorId: what.answeredBy });
  } catch (error) {
    deps.logger.warn({ error: String(error), chatId }, 'the chat workflow could not be told (it may have finished)');
  }
}
