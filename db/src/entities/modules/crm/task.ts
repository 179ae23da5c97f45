import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CrmContact } from './contact';
import { CrmDeal } from './deal';

/** A follow-up due at a time, assigned to a member; `crm-task:{id}` reminds them when it is due. */
export const CrmTask = defineTenantEntity({
  name: 'CrmTask',
  tableName: 'crm_task',
  indexes: [{ name: 'crm_task_company_id_assignee_id_due_at_index', properties: ['company', 'assigneeId', 'dueAt'] }],
  properties: {
    title: p.string().length(200),
    dueAt: p.datetime(),
    assigneeId: p.string().length(64),
    contact: () => p.manyToOne(CrmContact).nullable().deleteRule('set null'),
    deal: () => p.manyToOne(CrmDeal).nullable().deleteRule('set null'),
    completedAt: p.datetime().nullable(),
    /** Set when the reminder went out, so a retried activity does not remind twice. */
    remindedAt: p.datetime().nullable(),
    ownerId: p.string().length(64).nullable(),
  },
});

export type CrmTaskEntity = InstanceType<typeof CrmTask.class>;
