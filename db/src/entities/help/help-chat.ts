import { p } from '@mikro-orm/postgresql';
import type { HelpChatStatus } from '@atrium/core';
import { defineTenantEntity } from '../../tenancy/define-tenant-entity';
import { HelpTicket } from './help-ticket';

/**
 * A live chat between a company's person (`createdBy`) and Atrium's operators. The
 * `chat:{id}` workflow owns its timer: unanswered in time, it becomes a ticket (`ticket`)
 * and its messages are that ticket's transcript. The read marks give the read state on
 * both sides; typing is not stored (it only travels live).
 */
export const HelpChat = defineTenantEntity({
  name: 'HelpChat',
  tableName: 'help_chat',
  indexes: [
    { name: 'help_chat_company_id_created_at_index', properties: ['company', 'createdAt'] },
    { name: 'help_chat_status_index', properties: ['status'] },
  ],
  properties: {
    status: p.string().length(16).$type<HelpChatStatus>(),
    assignedOperatorId: p.uuid().nullable(),
    ticket: () => p.manyToOne(HelpTicket).nullable().deleteRule('set null'),
    personReadAt: p.datetime().nullable(),
    operatorReadAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
  },
});

export type HelpChatEntity = InstanceType<typeof HelpChat.class>;
