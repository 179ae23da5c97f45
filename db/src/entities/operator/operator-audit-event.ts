import { defineEntity, p } from '@mikro-orm/postgresql';
import { inOperatorContext } from '../../tenancy/session';
import { Operator } from './operator';

/**
 * Every operator action: sign-ins (refused ones too), every look at a company, every
 * article written. Append-only for the application: its policies allow reading and adding
 * rows in an operator context, and no update or delete at all.
 *
 * `subjectCompanyId` is not a foreign key (the log outlives a deleted company) and not
 * called `company_id`: this is not tenant data, and no company's context ever sees it.
 * What a company sees of it is the matching event in its own audit log.
 */
export const OperatorAuditEvent = defineEntity({
  name: 'OperatorAuditEvent',
  tableName: 'operator_audit_event',
  rowLevelSecurity: 'force',
  policies: [
    { name: 'operator_audit_event_read', command: 'select', using: inOperatorContext },
    { name: 'operator_audit_event_append', command: 'insert', check: inOperatorContext },
  ],
  indexes: [{ properties: ['createdAt'] }, { properties: ['subjectCompanyId', 'createdAt'] }],
  properties: {
    id: p.uuid().primary(),
    operator: () => p.manyToOne(Operator).nullable().deleteRule('set null'),
    /** Kept as text: a refused sign-in may name no operator at all. */
    operatorEmail: p.string().length(254),
    action: p.string().length(64),
    target: p.string().length(254),
    subjectCompanyId: p.uuid().nullable(),
    details: p.json<Record<string, unknown>>().onCreate(() => ({})),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type OperatorAuditEventEntity = InstanceType<typeof OperatorAuditEvent.class>;
