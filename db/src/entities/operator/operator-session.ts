import { defineEntity, p } from '@mikro-orm/postgresql';
import { operatorPolicies } from '../../tenancy/policies';
import { Operator } from './operator';

/**
 * An operator's signed-in browser. The cookie carries a random token; only its HMAC (keyed
 * with ATRIUM_OPERATOR_SECRET) is stored, so a copy of this table signs nobody in.
 */
export const OperatorSession = defineEntity({
  name: 'OperatorSession',
  tableName: 'operator_session',
  rowLevelSecurity: 'force',
  policies: operatorPolicies('operator_session'),
  properties: {
    id: p.uuid().primary(),
    operator: () => p.manyToOne(Operator).deleteRule('cascade'),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** At most 12 hours after sign-in, whatever happens. */
    expiresAt: p.datetime(),
    /** Idle for an hour, the session ends. */
    lastSeenAt: p.datetime(),
    ipAddress: p.string().length(64).nullable(),
    userAgent: p.string().length(300).nullable(),
  },
});

export type OperatorSessionEntity = InstanceType<typeof OperatorSession.class>;
