import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Operator, OperatorAuditEvent } from '../entities/operator';
import { withTenant } from '../tenancy/tenant-context';
import { hashPassword, oneTimePassword } from './passwords';
import { sealSecret } from './seal';
import { newTotpSecret, otpauthUrl } from './totp';

/** What the person creating an operator hands over, once: nothing of it is shown again. */
export interface OperatorCredentials {
  operator: { id: string; email: string; name: string };
  oneTimePassword: string;
  totp: { secret: string; otpauthUrl: string };
}

export class OperatorExistsError extends Error {
  constructor(readonly email: string) {
    super(`There is already an operator ${email}.`);
  }
}

const normalised = (email: string) => email.trim().toLowerCase();

/**
 * A new operator with a one-time password and a TOTP secret, both printed by the command
 * that calls this. The first sign-in asks for a code from the authenticator app (which
 * enrols it) and a new password.
 */
export async function createOperator(orm: MikroORM, input: { email: string; name?: string; secret: string; createdBy?: string }): Promise<OperatorCredentials> {
  const email = normalised(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) throw new Error(`${JSON.stringify(input.email)} is not an email address.`);
  const name = input.name?.trim() || email.split('@')[0]!;
  const password = oneTimePassword();
  const totpSecret = newTotpSecret();
  const passwordHash = await hashPassword(password);
  const operator = await withTenant(orm, { operator: `create operator ${email}` }, async (em) => {
    if (await em.findOne(Operator, { email })) throw new OperatorExistsError(email);
    const created = em.create(Operator, {
      id: randomUUID(),
      email,
      name,
      passwordHash,
      passwordIsOneTime: true,
      totpSecretSealed: sealSecret(totpSecret, input.secret),
    });
    em.create(OperatorAuditEvent, {
      id: randomUUID(),
      operator: created,
      operatorEmail: email,
      action: 'operator.created',
      target: email,
      details: { by: input.createdBy ?? 'command line' },
    });
    await em.flush();
    return created;
  });
  return { operator: { id: operator.id, email, name }, oneTimePassword: password, totp: { secret: totpSecret, otpauthUrl: otpauthUrl(totpSecret, email) } };
}

/**
 * `npm start`'s operator: created on the first start; while it has never signed in, every
 * start gives it a fresh one-time password (the last one was only ever on a terminal).
 * Once enrolled it is left alone.
 */
export async function seedOperator(
  orm: MikroORM,
  input: { email: string; secret: string },
): Promise<{ status: 'created' | 'reissued'; credentials: OperatorCredentials } | { status: 'enrolled'; email: string }> {
  const email = normalised(input.email);
  const existing = await withTenant(orm, { operator: 'npm start: seed operator' }, (em) => em.findOne(Operator, { email }));
  if (!existing) return { status: 'created', credentials: await createOperator(orm, { email, name: 'Atrium operator', secret: input.secret, createdBy: 'npm start' }) };
  if (existing.totpEnrolledAt) return { status: 'enrolled', email };

  const password = oneTimePassword();
  const totpSecret = newTotpSecret();
  const passwordHash = await hashPassword(password);
  await withTenant(orm, { operator: 'npm start: seed operator' }, async (em) => {
    const operator = await em.findOneOrFail(Operator, { id: existing.id });
    operator.passwordHash = passwordHash;
    operator.passwordIsOneTime = true;
    operator.totpSecretSealed = sealSecret(totpSecret, input.secret);
    em.create(OperatorAuditEvent, { id: randomUUID(), operator, operatorEmail: email, action: 'operator.reissued', target: email, details: { by: 'npm start' } });
    await em.flush();
  });
  return {
    status: 'reissued',
    credentials: { operator: { id: existing.id, email, name: existing.name }, oneTimePassword: password, totp: { secret: totpSecret, otpauthUrl: otpauthUrl(totpSecret, email) } },
  };
}
