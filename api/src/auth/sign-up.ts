import type { SignupRequest } from '@atrium/core';
import { createCompany } from '../company/create-company';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { authFailure } from './auth-errors';

export interface SignupResult {
  user: { id: string; email: string; name: string };
  company: { id: string; name: string; slug: string };
  /** better-auth's Set-Cookie headers: the new session. */
  headers: Headers;
}

/**
 * A person, their company and their owner membership, or nothing at all: every check that
 * can refuse runs before the first write, and if creating the company fails after the
 * account exists, the account is removed again.
 */
export async function signUp(deps: ApiDependencies, input: SignupRequest): Promise<SignupResult> {
  await assertEmailFree(deps, input.email);

  let created;
  try {
    created = await deps.auth.api.signUpEmail({
      body: { email: input.email, password: input.password, name: input.name },
      returnHeaders: true,
    });
  } catch (error) {
    throw authFailure(error);
  }
  const user = created.response.user;

  try {
    const company = await createCompany(deps, user.id, input.companyName);
    return { user: { id: user.id, email: user.email, name: user.name }, company, headers: created.headers };
  } catch (error) {
    await deps.authPool.query('delete from "user" where id = $1', [user.id]);
    throw error;
  }
}

async function assertEmailFree(deps: ApiDependencies, email: string): Promise<void> {
  const taken = await deps.authPool.query('select 1 from "user" where email = $1', [email]);
  if (taken.rowCount) {
    throw new HttpError(409, 'email_taken', 'An account with this email already exists. Sign in instead, or reset your password.', {
      email: 'This email is already registered.',
    });
  }
}
