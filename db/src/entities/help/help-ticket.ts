import { p } from '@mikro-orm/postgresql';
import type { HelpTicketCategory, HelpTicketPriority, HelpTicketSource, HelpTicketStatus, ModuleKey } from '@atrium/core';
import { defineTenantEntity } from '../../tenancy/define-tenant-entity';

/**
 * A company's ticket to Atrium's support. It is the company's (tenant policy): its owners
 * and admins and the person who opened it (`createdBy`) read it; operators reach it from
 * the console in an operator + system context. `assignedOperatorId` names an operator
 * without a foreign key, since no company table may reference an operator table.
 */
export const HelpTicket = defineTenantEntity({
  name: 'HelpTicket',
  tableName: 'help_ticket',
  indexes: [
    { name: 'help_ticket_company_id_created_at_index', properties: ['company', 'createdAt'] },
    { name: 'help_ticket_status_last_message_at_index', properties: ['status', 'lastMessageAt'] },
  ],
  properties: {
    subject: p.string().length(200),
    category: p.string().length(16).$type<HelpTicketCategory>(),
    /** The module a `module` ticket is about; null for the other categories. */
    module: p.string().length(16).$type<ModuleKey>().nullable(),
    priority: p.string().length(16).$type<HelpTicketPriority>(),
    status: p.string().length(16).$type<HelpTicketStatus>(),
    source: p.string().length(16).$type<HelpTicketSource>(),
    /** The chat it came from, when nobody answered that chat in time. */
    chatId: p.uuid().nullable(),
    assignedOperatorId: p.uuid().nullable(),
    lastMessageAt: p.datetime().onCreate(() => new Date()),
  },
});

export type HelpTicketEntity = InstanceType<typeof HelpTicket.class>;
