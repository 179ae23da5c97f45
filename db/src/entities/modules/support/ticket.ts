import { p } from '@mikro-orm/postgresql';
import type { SlaStatus, SupportPriority, SupportStatus } from '@atrium/core';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/**
 * A customer's question and its thread (`support_message`). `number` is the company's own
 * ticket number ("#12" in mail subjects). The SLA columns are written by the ticket's
 * workflow `support-ticket:{id}`, which owns the clock; the API only reads them.
 */
export const SupportTicket = defineTenantEntity({
  name: 'SupportTicket',
  tableName: 'support_ticket',
  uniques: [{ name: 'support_ticket_company_id_number_unique', properties: ['company', 'number'] }],
  indexes: [
    { name: 'support_ticket_company_id_last_message_at_index', properties: ['company', 'lastMessageAt', 'id'] },
    { name: 'support_ticket_company_id_requester_email_index', properties: ['company', 'requesterEmail'] },
  ],
  properties: {
    number: p.integer(),
    subject: p.string().length(200),
    requesterEmail: p.string().length(200),
    requesterName: p.string().length(120).default(''),
    status: p.string().length(16).$type<SupportStatus>(),
    priority: p.string().length(16).$type<SupportPriority>(),
    assigneeId: p.string().length(64).nullable(),
    tags: p.array().default([]),
    source: p.string().length(16).$type<'mail' | 'form' | 'agent'>(),
    /** The SLA policy (a `module_setting` row) whose targets the clock uses. */
    slaPolicyId: p.uuid().nullable(),
    slaStatus: p.string().length(16).$type<SlaStatus>().default('on_track'),
    firstResponseDueAt: p.datetime().nullable(),
    resolutionDueAt: p.datetime().nullable(),
    firstRespondedAt: p.datetime().nullable(),
    solvedAt: p.datetime().nullable(),
    lastMessageAt: p.datetime(),
  },
});

export type SupportTicketEntity = InstanceType<typeof SupportTicket.class>;
