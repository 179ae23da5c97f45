/** Which chat, in which company: every chat activity is keyed by the chat's id. */
export interface ChatKey {
  companyId: string;
  chatId: string;
}

export type ChatTicketResult = { outcome: 'ticketed'; ticketId: string } | { outcome: 'waiting' | 'active' | 'ended' | 'missing' };

/** What the `chat:{id}` workflow asks of the outside world; the worker implements it. */
export interface ChatActivities {
  /** Whether any operator's console held the live-chat stream open in the last 30 seconds. */
  anyOperatorOnline(): Promise<boolean>;
  /**
   * Turns the chat into a ticket if it is still waiting (under the chat row's lock, so an
   * answer that just came wins), marks it `ticketed` and tells the person; run twice, it
   * finds its ticket and tells nobody twice.
   */
  ticketUnansweredChat(input: ChatKey): Promise<ChatTicketResult>;
  /** Ends a chat still open (the day is over); nothing if it ended already. */
  endOpenChat(input: ChatKey): Promise<void>;
}
