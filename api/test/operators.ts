import { createTestOperator, totpCode } from '@atrium/db/testing/operators';
import type { OperatorCredentials } from '@atrium/db';
import { inject } from 'vitest';
import { ApiClient } from './http';

export { totpCode };
export const operatorPassword = 'operator-passphrase-2026';

export const newOperator = (label?: string): Promise<OperatorCredentials> => createTestOperator(inject('databaseUrl'), label);

/**
 * A new operator, enrolled and signed in through the API as a person would: the one-time
 * password, the enrolment answer's token, a code and a new password.
 */
export async function signedInOperator(label?: string): Promise<{ api: ApiClient; credentials: OperatorCredentials }> {
  const credentials = await newOperator(label);
  const api = new ApiClient();
  const login = await api.request('POST', '/api/operator/login', { email: credentials.operator.email, password: credentials.oneTimePassword });
  if (login.status !== 200 || login.body.status !== 'enrolment_required') throw new Error(`operator login: ${login.status} ${JSON.stringify(login.body)}`);
  const enrolled = await api.request('POST', '/api/operator/enrolment', { token: login.body.enrolment.token, code: totpCode(credentials.totp.secret), newPassword: operatorPassword });
  if (enrolled.status !== 200) throw new Error(`operator enrolment: ${enrolled.status} ${JSON.stringify(enrolled.body)}`);
  return { api, credentials };
}

/** A well-formed code that no step around now accepts: a guess that is wrong for sure. */
export function wrongCode(secret: string): string {
  const nearby = new Set([-1, 0, 1, 2].map((steps) => totpCode(secret, steps)));
  for (let candidate = 0; ; candidate += 1) {
    const code = String(candidate).padStart(6, '0');
    if (!nearby.has(code)) return code;
  }
}
