import { p } from '@mikro-orm/postgresql';
import type { HelpAuthorKind } from '@atrium/core';
import { defineTenantEntity } from '../../tenancy/define-tenant-entity';
import { HelpTicket } from './help-ticket';

/**
 * One message in a ticket's thread, by a company's person (`createdBy`) or by an operator
 * (`operatorId`). `authorName` is kept as written, so the thread reads the same after the
 * person leaves or the operator is renamed.
 */
export const HelpTicketMessage = defineTenantEntity({
  name: 'HelpTicketMessage',
  tableName: 'help_ticket_message',
  indexes: [{ name: 'help_ticket_message_ticket_id_created_at_index', properties: ['ticket', 'createdAt'] }],
  properties: {
    ticket: () => p.manyToOne(HelpTicket).deleteRule('cascade'),
    authorKind: p.string().length(16).$type<HelpAuthorKind>(),
    operatorId: p.uuid().nullable(),
    authorName: p.string().length(120),
    body: p.text(),
  },
});

export type HelpTicketMessageEntity = InstanceType<typeof HelpTicketMessage.class>;
