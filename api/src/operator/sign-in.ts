import { createHmac, timingSafeEqual } from 'node:crypto';
import type { OperatorEnrolmentRequest, OperatorLoginRequest, OperatorView } from '@atrium/core';
import { acceptedStep, hashPassword, Operator, otpauthUrl, unsealSecret, UnsealError, verifyAgainstNobody, verifyPassword, withTenant, type EntityManager, type OperatorEntity } from '@atrium/db';
import type { Context } from 'koa';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { startOperatorSession } from './operator-session';
import { recordOperatorAudit, recordOperatorAuditAlone } from './record-operator-audit';

/**
 * Operator sign-in: password, then a TOTP code, both always. Every refusal is a 401 (the
 * door in ../auth/doors.ts counts them, and a wrong code counts like a wrong password) and
 * an event in the operator audit log. An operator who has not enrolled yet gets their
 * TOTP secret and a 10-minute enrolment token instead of a session: enrolment (below)
 * proves the authenticator app with a code and replaces the one-time password.
 */

export type SignInResult =
  | { status: 'signed_in'; operator: OperatorView; token: string }
  | { status: 'enrolment_required'; enrolment: { secret: string; otpauthUrl: string; token: string; expiresAt: string } };

const enrolmentMinutes = 10;
const view = (operator: OperatorEntity): OperatorView => ({ id: operator.id, email: operator.email, name: operator.name });

const refused = (code: 'invalid_credentials' | 'totp_required' | 'totp_invalid' | 'enrolment_expired', message: string) => new HttpError(401, code, message);
const wrongCredentials = () => refused('invalid_credentials', 'Wrong email or password.');

export async function signInOperator(deps: ApiDependencies, ctx: Context, input: OperatorLoginRequest): Promise<SignInResult> {
  const operator = await withTenant(deps.orm, { operator: 'sign-in' }, (em) => em.findOne(Operator, { email: input.email }));
  const refuse = async (reason: string, error: HttpError) => {
    await recordOperatorAuditAlone(deps.orm, { operator: operator ? view(operator) : null, operatorEmail: input.email, action: 'operator.sign_in_refused', target: input.email, details: { reason, address: ctx.ip } });
    return error;
  };

  if (!operator || operator.disabledAt) {
    await verifyAgainstNobody(input.password);
    throw await refuse(operator ? 'account disabled' : 'no such operator', wrongCredentials());
  }
  if (!(await verifyPassword(input.password, operator.passwordHash))) throw await refuse('wrong password', wrongCredentials());
  const secret = unsealed(deps, operator);

  if (!operator.totpEnrolledAt) {
    const expiresAt = Date.now() + enrolmentMinutes * 60_000;
    return {
      status: 'enrolment_required',
      enrolment: { secret, otpauthUrl: otpauthUrl(secret, operator.email), token: enrolmentToken(deps, operator, expiresAt), expiresAt: new Date(expiresAt).toISOString() },
    };
  }
  if (!input.code) throw await refuse('no code', refused('totp_required', 'Enter the 6-digit code from your authenticator app.'));
  const step = acceptedStep(secret, operator.email, input.code, operator.totpLastStep ?? null);
  if (step === null) throw await refuse('wrong code', refused('totp_invalid', 'That code is not valid. Enter the current code from your authenticator app.'));

  const token = await withTenant(deps.orm, { operator: `sign-in ${operator.email}` }, async (em) => {
    await spendStep(em, operator.id, step);
    await em.nativeUpdate(Operator, { id: operator.id }, { lastSignInAt: new Date() });
    const token = startOperatorSession(em, deps, ctx, operator.id);
    recordOperatorAudit(em, { operator: view(operator), action: 'operator.signed_in', target: operator.email, details: { address: ctx.ip } });
    await em.flush();
    return token;
  });
  return { status: 'signed_in', operator: view(operator), token };
}

/** Enrolment: the token from sign-in, a valid code (the app works) and a new password; then a session. */
export async function enrolOperator(deps: ApiDependencies, ctx: Context, input: OperatorEnrolmentRequest): Promise<{ operator: OperatorView; token: string }> {
  const expired = () => refused('enrolment_expired', 'This enrolment has expired or was already used. Sign in again with your one-time password.');
  const [operatorId, expires] = input.token.split('.');
  const operator = operatorId && /^[0-9a-f-]{36}$/.test(operatorId) ? await withTenant(deps.orm, { operator: 'enrolment' }, (em) => em.findOne(Operator, { id: operatorId })) : null;
  if (!operator || operator.totpEnrolledAt || operator.disabledAt || Number(expires) < Date.now() || !sameToken(input.token, enrolmentToken(deps, operator, Number(expires)))) {
    await recordOperatorAuditAlone(deps.orm, { operator: operator ? view(operator) : null, operatorEmail: operator?.email ?? 'unknown', action: 'operator.sign_in_refused', target: operator?.email ?? 'unknown', details: { reason: 'enrolment token not valid', address: ctx.ip } });
    throw expired();
  }
  const step = acceptedStep(unsealed(deps, operator), operator.email, input.code, operator.totpLastStep ?? null);
  if (step === null) {
    await recordOperatorAuditAlone(deps.orm, { operator: view(operator), action: 'operator.sign_in_refused', target: operator.email, details: { reason: 'wrong code at enrolment', address: ctx.ip } });
    throw refused('totp_invalid', 'That code is not valid. Check that the app shows Atrium operators and enter its current code.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const token = await withTenant(deps.orm, { operator: `enrolment ${operator.email}` }, async (em) => {
    await spendStep(em, operator.id, step);
    // Only the first enrolment wins: a second request with the same token finds it done.
    const changed = await em.nativeUpdate(Operator, { id: operator.id, totpEnrolledAt: null }, { totpEnrolledAt: new Date(), passwordHash, passwordIsOneTime: false, lastSignInAt: new Date() });
    if (changed === 0) throw expired();
    const token = startOperatorSession(em, deps, ctx, operator.id);
    recordOperatorAudit(em, { operator: view(operator), action: 'operator.enrolled', target: operator.email, details: { address: ctx.ip } });
    await em.flush();
    return token;
  });
  return { operator: view(operator), token };
}

/** Marks the code's step as used, unless a parallel request used it (or a later one) first. */
async function spendStep(em: EntityManager, operatorId: string, step: number): Promise<void> {
  const spent = await em.nativeUpdate(Operator, { id: operatorId, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] }, { totpLastStep: step });
  if (spent === 0) throw refused('totp_invalid', 'That code was just used. Wait for the next code from your authenticator app.');
}

function unsealed(deps: ApiDependencies, operator: OperatorEntity): string {
  try {
    return unsealSecret(operator.totpSecretSealed, deps.config.operator.secret);
  } catch (error) {
    if (error instanceof UnsealError) {
      throw new HttpError(409, 'totp_unreadable', `${error.message} Create the operator again (npm run operator -- create) or restore the secret.`);
    }
    throw error;
  }
}

/**
 * `operatorId.expiresAt.mac`, the MAC over both and the current password hash: it dies
 * with the one-time password it stands for (and with the enrolment it allows).
 */
function enrolmentToken(deps: ApiDependencies, operator: OperatorEntity, expiresAt: number): string {
  const mac = createHmac('sha256', deps.config.operator.secret).update(`enrol\n${operator.id}\n${expiresAt}\n${operator.passwordHash}`).digest('base64url');
  return `${operator.id}.${expiresAt}.${mac}`;
}

function sameToken(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
