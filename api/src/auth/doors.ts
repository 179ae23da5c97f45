/**
 * The API's doors: the requests that take a password, create an account, send a mail or
 * spend a token, where a script that repeats itself is an attack. Each is rate-limited by
 * api/src/auth/rate-limit.ts. Atrium's own routes and better-auth's (under /api/auth/)
 * that do the same thing share a name, and so share their counters: alternating between
 * `POST /api/login` and `POST /api/auth/sign-in/email` buys an attacker nothing.
 */
export interface Door {
  name: 'sign-in' | 'sign-up' | 'password-reset-request' | 'password-reset' | 'email-verification' | 'password-change' | 'invitation-accept' | 'invite' | 'operator-sign-in' | 'operator-enrolment';
  method: 'GET' | 'POST';
  path: RegExp;
  /**
   * `credentials`: a wrong password counts as a failure of (account, address) and of the
   * address, a right one clears the account's failures from that address. `volume`: only
   * requests per address are counted.
   */
  kind: 'credentials' | 'volume';
  /** better-auth reads its own raw body, so its doors are guarded before the JSON body parser. */
  handledBy: 'better-auth' | 'api';
  /**
   * Counters of accounts of another kind: an operator's failures in a row are not a
   * company person's with the same email (and the reverse).
   */
  accountSpace?: 'operator';
}

export const doors: Door[] = [
  { name: 'sign-in', method: 'POST', path: /^\/api\/login$/, kind: 'credentials', handledBy: 'api' },
  { name: 'sign-in', method: 'POST', path: /^\/api\/auth\/sign-in\/email$/, kind: 'credentials', handledBy: 'better-auth' },
  { name: 'sign-up', method: 'POST', path: /^\/api\/signup$/, kind: 'volume', handledBy: 'api' },
  { name: 'sign-up', method: 'POST', path: /^\/api\/auth\/sign-up\/email$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'password-reset-request', method: 'POST', path: /^\/api\/auth\/(request-password-reset|forget-password)$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'password-reset', method: 'POST', path: /^\/api\/auth\/reset-password$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'password-reset', method: 'GET', path: /^\/api\/auth\/reset-password\/[^/]+$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'email-verification', method: 'GET', path: /^\/api\/auth\/verify-email$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'email-verification', method: 'POST', path: /^\/api\/auth\/send-verification-email$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'password-change', method: 'POST', path: /^\/api\/auth\/change-password$/, kind: 'volume', handledBy: 'better-auth' },
  { name: 'invitation-accept', method: 'POST', path: /^\/api\/invitations\/accept$/, kind: 'volume', handledBy: 'api' },
  { name: 'invite', method: 'POST', path: /^\/api\/companies\/[^/]+\/invitations$/, kind: 'volume', handledBy: 'api' },
  // The operator console: a wrong TOTP code is a 401 and counts like a wrong password.
  { name: 'operator-sign-in', method: 'POST', path: /^\/api\/operator\/login$/, kind: 'credentials', handledBy: 'api', accountSpace: 'operator' },
  { name: 'operator-enrolment', method: 'POST', path: /^\/api\/operator\/enrolment$/, kind: 'credentials', handledBy: 'api', accountSpace: 'operator' },
];

export function doorOf(method: string, path: string, handledBy: Door['handledBy']): Door | undefined {
  // The routers forgive a trailing slash and letter case; so must the doors, or `/api/Login/`
  // would be a way around them.
  const normalised = path.toLowerCase().replace(/\/+$/, '');
  const asMethod = method === 'HEAD' ? 'GET' : method;
  return doors.find((door) => door.handledBy === handledBy && door.method === asMethod && door.path.test(normalised));
}
