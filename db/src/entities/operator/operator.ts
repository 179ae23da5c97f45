import { defineEntity, p } from '@mikro-orm/postgresql';
import { operatorPolicies } from '../../tenancy/policies';

/**
 * One of Atrium's own staff: not a company person (no better-auth user, no membership),
 * signing in at /operator with a password and a TOTP code. The TOTP secret is stored
 * sealed with ATRIUM_OPERATOR_SECRET (db/src/operator/seal.ts), so the table alone does
 * not hand anyone a second factor.
 */
export const Operator = defineEntity({
  name: 'Operator',
  tableName: 'operator',
  rowLevelSecurity: 'force',
  policies: operatorPolicies('operator'),
  properties: {
    id: p.uuid().primary(),
    email: p.string().length(254).unique(),
    name: p.string().length(120),
    /** scrypt (db/src/operator/passwords.ts). */
    passwordHash: p.text(),
    /** Printed by `npm run operator -- create`: the first sign-in replaces it. */
    passwordIsOneTime: p.boolean().default(true),
    totpSecretSealed: p.text(),
    /** Set when the operator proved their authenticator app with a valid code; until then no session. */
    totpEnrolledAt: p.datetime().nullable(),
    /** The time step of the last code accepted: a code is good once, never replayed. */
    totpLastStep: p.integer().nullable(),
    lastSignInAt: p.datetime().nullable(),
    disabledAt: p.datetime().nullable(),
    /** The last beat of their console's live-chat stream: online for chats while recent (core's `operatorPresenceWindowMs`). */
    chatPresentAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type OperatorEntity = InstanceType<typeof Operator.class>;
