import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CrmContact } from './contact';
import { CrmDeal } from './deal';

/** One entry of a contact's or a deal's timeline: a note, call, email or meeting. */
export const CrmActivity = defineTenantEntity({
  name: 'CrmActivity',
  tableName: 'crm_activity',
  indexes: [
    { name: 'crm_activity_contact_id_occurred_at_index', properties: ['contact', 'occurredAt'] },
    { name: 'crm_activity_deal_id_occurred_at_index', properties: ['deal', 'occurredAt'] },
  ],
  properties: {
    kind: p.string().$type<'note' | 'call' | 'email' | 'meeting'>().length(16),
    body: p.text(),
    occurredAt: p.datetime(),
    contact: () => p.manyToOne(CrmContact).nullable().deleteRule('cascade'),
    deal: () => p.manyToOne(CrmDeal).nullable().deleteRule('cascade'),
    /** Who logged it; the owner for the module's own-records rule. */
    ownerId: p.string().length(64).nullable(),
  },
});

export type CrmActivityEntity = InstanceType<typeof CrmActivity.class>;
