import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/** An answer agents insert into the reply box instead of typing it again. */
export const SupportSavedReply = defineTenantEntity({
  name: 'SupportSavedReply',
  tableName: 'support_saved_reply',
  indexes: [{ name: 'support_saved_reply_company_id_title_index', properties: ['company', 'title', 'id'] }],
  properties: {
    title: p.string().length(120),
    body: p.text(),
    ownerId: p.string().length(64).nullable(),
  },
});

export type SupportSavedReplyEntity = InstanceType<typeof SupportSavedReply.class>;
