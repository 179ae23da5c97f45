import { defineEntity, p } from '@mikro-orm/postgresql';
import { inSystemContext } from '../tenancy/session';

/**
 * Mail as it was sent, when no SMTP server is configured: the local install's outbox that
 * its operators read. It is platform data, so only a named system context reaches it.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  tableName: 'outbox_message',
  rowLevelSecurity: 'force',
  policies: [{ name: 'outbox_message_system', using: inSystemContext, check: inSystemContext }],
  properties: {
    id: p.uuid().primary(),
    to: p.string().length(254).index(),
    from: p.string().length(254),
    subject: p.string().length(300),
    text: p.text(),
    html: p.text().nullable(),
    /** The threading headers it was sent with (Message-ID, In-Reply-To, References, Reply-To), when it had any. */
    headers: p.json<Record<string, string>>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type OutboxMessageEntity = InstanceType<typeof OutboxMessage.class>;
