/**
 * Support from Atrium (not the Support desk module, which is a company answering its own
 * customers): what a ticket to Atrium can be about, how urgent it is, where it stands, and
 * who wrote a message in it. Chats that nobody answers become tickets too (`source: 'chat'`).
 */
export const helpTicketCategories = ['billing', 'module', 'account', 'other'] as const;
export type HelpTicketCategory = (typeof helpTicketCategories)[number];

export const helpTicketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export type HelpTicketPriority = (typeof helpTicketPriorities)[number];

/** `open`: waiting on Atrium; `pending`: Atrium answered and waits on the company; `solved`, `closed`. */
export const helpTicketStatuses = ['open', 'pending', 'solved', 'closed'] as const;
export type HelpTicketStatus = (typeof helpTicketStatuses)[number];

export const helpTicketSources = ['form', 'chat'] as const;
export type HelpTicketSource = (typeof helpTicketSources)[number];

/** A message is written by a company's person or by an Atrium operator. */
export const helpAuthorKinds = ['person', 'operator'] as const;
export type HelpAuthorKind = (typeof helpAuthorKinds)[number];

/**
 * `waiting`: nobody has answered yet; `active`: an operator answered; `ended`: someone
 * closed it; `ticketed`: nobody answered in time and it became a ticket.
 */
export const helpChatStatuses = ['waiting', 'active', 'ended', 'ticketed'] as const;
export type HelpChatStatus = (typeof helpChatStatuses)[number];
