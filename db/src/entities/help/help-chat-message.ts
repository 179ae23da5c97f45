import { p } from '@mikro-orm/postgresql';
import type { HelpAuthorKind } from '@atrium/core';
import { defineTenantEntity } from '../../tenancy/define-tenant-entity';
import { HelpChat } from './help-chat';

/** One line of a live chat, by the company's person (`createdBy`) or an operator (`operatorId`). */
export const HelpChatMessage = defineTenantEntity({
  name: 'HelpChatMessage',
  tableName: 'help_chat_message',
  indexes: [{ name: 'help_chat_message_chat_id_created_at_index', properties: ['chat', 'createdAt'] }],
  properties: {
    chat: () => p.manyToOne(HelpChat).deleteRule('cascade'),
    authorKind: p.string().length(16).$type<HelpAuthorKind>(),
    operatorId: p.uuid().nullable(),
    authorName: p.string().length(120),
    body: p.text(),
  },
});

export type HelpChatMessageEntity = InstanceType<typeof HelpChatMessage.class>;
