import { moduleNames, type HelpChatStatus, type HelpTicketCategory, type HelpTicketPriority, type HelpTicketStatus, type ModuleKey } from '@atrium/core';

/** How tickets read on the company's pages and in the console, in one place. */
export const ticketStatusNames: Record<HelpTicketStatus, string> = {
  open: 'Waiting on Atrium',
  pending: 'Answered',
  solved: 'Solved',
  closed: 'Closed',
};

export const ticketCategoryNames: Record<HelpTicketCategory, string> = { billing: 'Billing', module: 'A module', account: 'Account and team', other: 'Something else' };
export const ticketPriorityNames: Record<HelpTicketPriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };

export const ticketTopic = (ticket: { category: HelpTicketCategory; module: ModuleKey | null }) =>
  ticket.category === 'module' && ticket.module ? moduleNames[ticket.module] : ticketCategoryNames[ticket.category];

export const fileSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export const chatStatusNames: Record<HelpChatStatus, string> = {
  waiting: 'Waiting for Atrium',
  active: 'Answered',
  ended: 'Ended',
  ticketed: 'Became a ticket',
};
