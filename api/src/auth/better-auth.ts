import { betterAuth } from 'better-auth';
import type pg from 'pg';
import { passwordRules } from '@atrium/core';

export interface AuthSettings {
  pool: pg.Pool;
  secret: string;
  /** The dashboard's origin: the browser only ever talks to it, and it forwards /api. */
  publicUrl: string;
}

/**
 * better-auth owns people, passwords (scrypt) and sessions, stored in PostgreSQL
 * (the `user`, `session`, `account`, `verification` tables of the auth migration).
 */
export function createAuth({ pool, secret, publicUrl }: AuthSettings) {
  return betterAuth({
    appName: 'Atrium',
    baseURL: publicUrl,
    basePath: '/api/auth',
    secret,
    database: pool,
    trustedOrigins: [publicUrl],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordRules.minLength,
      maxPasswordLength: passwordRules.maxLength,
      autoSignIn: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      cookiePrefix: 'atrium',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
