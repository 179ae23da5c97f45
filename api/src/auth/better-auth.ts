import { betterAuth } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import type pg from 'pg';
import { newPassword, passwordRules } from '@atrium/core';
import type { Mailer } from '@atrium/db';
import { SessionCache } from './session-cache';

/** better-auth's endpoints that set a password, and the body field that carries it. */
const passwordFields: Record<string, string> = {
  '/sign-up/email': 'password',
  '/reset-password': 'newPassword',
  '/change-password': 'newPassword',
  '/set-password': 'newPassword',
};

/**
 * Signup's password rule (core's `newPassword`: length, letters and digits, not a common
 * password) on better-auth's own endpoints too, before they hash anything.
 */
const samePasswordRule = createAuthMiddleware(async (ctx) => {
  const field = passwordFields[ctx.path];
  if (!field) return;
  const checked = newPassword.safeParse((ctx.body as Record<string, unknown> | undefined)?.[field]);
  if (!checked.success) throw new APIError('BAD_REQUEST', { code: 'WEAK_PASSWORD', message: checked.error.issues[0]!.message });
});

export interface AuthSettings {
  pool: pg.Pool;
  secret: string;
  /** The dashboard's origin: the browser only ever talks to it, and it forwards /api. */
  publicUrl: string;
  mailer: Mailer;
}

/**
 * better-auth owns people, passwords (scrypt) and sessions, stored in PostgreSQL
 * (the `user`, `session`, `account`, `verification` tables of the auth migration).
 */
export function createAuth({ pool, secret, publicUrl, mailer }: AuthSettings) {
  // Which person a session cookie stands for, remembered for a few seconds (./session-cache.ts);
  // every way a session ends or a person changes goes through these database hooks.
  const sessionCache = new SessionCache();
  const forget = async ({ userId }: { userId: string }) => sessionCache.forgetPerson(userId);
  const auth = betterAuth({
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
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Reset your Atrium password',
          text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your Atrium password. Choose a new one here within the hour:\n\n${url}\n\nIf it was not you, ignore this mail; your password stays as it is.`,
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Confirm your email for Atrium',
          text: `Hello ${user.name},\n\nConfirm that this is your email address:\n\n${url}\n\nThe link works for 24 hours.`,
        });
      },
    },
    hooks: { before: samePasswordRule },
    databaseHooks: {
      session: { delete: { after: forget } },
      user: { update: { after: async (user) => forget({ userId: user.id }) }, delete: { after: async (user) => forget({ userId: user.id }) } },
    },
    user: { changeEmail: { enabled: false } },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    advanced: {
      cookiePrefix: 'atrium',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    telemetry: { enabled: false },
  });
  return Object.assign(auth, { sessionCache });
}

export type Auth = ReturnType<typeof createAuth>;
