import { defineQuery, defineSignal } from '@temporalio/workflow';

export const chatWorkflowId = (chatId: string) => `chat:${chatId}`;

export interface ChatStart {
  companyId: string;
  chatId: string;
  /**
   * How long the chat waits for an operator's first answer (the API's
   * ATRIUM_CHAT_ANSWER_TIMEOUT_SECONDS, 2 minutes unless set), fixed at the start so a
   * changed setting never moves the timer of a chat already waiting.
   */
  answerTimeoutMs: number;
}

export type ChatPhase = 'waiting' | 'answered' | 'ticketed' | 'ended';

export interface ChatProgress {
  phase: ChatPhase;
  ticketId: string | null;
  /** Whether an operator was online when the chat was opened. */
  operatorOnline: boolean | null;
}

/** An operator's first line is in PostgreSQL: the answer timer stops. */
export const chatAnsweredSignal = defineSignal<[{ operatorId: string }]>('chatAnswered');
/** The person or an operator ended the chat (the row says so already). */
export const chatEndedSignal = defineSignal('chatEnded');
export const chatProgressQuery = defineQuery<ChatProgress>('chatProgress');

/** A chat still open a day after it started is ended by the workflow, which then finishes. */
export const longestChatMs = 24 * 60 * 60_000;
