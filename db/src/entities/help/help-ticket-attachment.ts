import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../tenancy/define-tenant-entity';
import { HelpTicketMessage } from './help-ticket-message';

/** A file sent with a ticket message (a screenshot, a PDF), its type sniffed from its bytes on upload. */
export const HelpTicketAttachment = defineTenantEntity({
  name: 'HelpTicketAttachment',
  tableName: 'help_ticket_attachment',
  indexes: [{ name: 'help_ticket_attachment_message_id_index', properties: ['message'] }],
  properties: {
    message: () => p.manyToOne(HelpTicketMessage).deleteRule('cascade'),
    filename: p.string().length(200),
    contentType: p.string().length(64),
    size: p.integer(),
    bytes: p.blob().lazy(),
  },
});

export type HelpTicketAttachmentEntity = InstanceType<typeof HelpTicketAttachment.class>;
