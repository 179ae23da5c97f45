import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { SupportTicket } from './ticket';

/**
 * One message of a ticket's thread: the customer's mail or form (`inbound`), an agent's
 * mailed reply (`outbound`) or an internal note (`note`). `mailMessageId` is the RFC 5322
 * Message-ID, received or sent, so a customer's answer finds its ticket by In-Reply-To /
 * References; unique per company, so a mail delivered twice lands once.
 */
export const SupportMessage = defineTenantEntity({
  name: 'SupportMessage',
  tableName: 'support_message',
  uniques: [{ name: 'support_message_company_id_mail_message_id_unique', properties: ['company', 'mailMessageId'] }],
  indexes: [{ name: 'support_message_ticket_id_created_at_index', properties: ['ticket', 'createdAt'] }],
  properties: {
    ticket: () => p.manyToOne(SupportTicket).deleteRule('cascade'),
    direction: p.string().length(16).$type<'inbound' | 'outbound' | 'note'>(),
    authorName: p.string().length(120),
    authorEmail: p.string().length(200).nullable(),
    authorUserId: p.string().length(64).nullable(),
    body: p.text(),
    mailMessageId: p.string().length(998).nullable(),
  },
});

export type SupportMessageEntity = InstanceType<typeof SupportMessage.class>;
