import { embeddedDefaults } from './defaults';

/**
 * Secrets a production process refuses to start with. A process that signs sessions with a
 * secret that is in this repository (or in a guide everyone copies) hands every session to
 * anyone who reads it, so the API and the worker check at start, before they serve anyone.
 */

/** The session secret `npm start` and the tests use: in the source, so never a production one. */
export const developmentAuthSecret = 'atrium-development-secret-change-me-0123456789';

/**
 * The operator console's secret under `npm start` and the tests: it keys operator session
 * tokens and seals TOTP secrets (db/src/operator/keys.ts). In the source, so never a
 * production one.
 */
export const developmentOperatorSecret = 'atrium-operator-development-secret-change-me-0123456789';

export const minimumSecretBytes = 32;

const knownSecrets = new Set(
  [
    developmentAuthSecret,
    developmentOperatorSecret,
    // the development defaults docker-compose.yml had before it required every secret
    'insecure-dev-only-secret-CHANGE-ME-0123456789',
    'atrium-app-dev-CHANGE-ME',
    'atrium-owner-dev-CHANGE-ME',
    'postgres-dev-CHANGE-ME',
    'temporal-dev-CHANGE-ME',
    embeddedDefaults.owner.password,
    embeddedDefaults.app.password,
    'changeme',
    'secret',
    'password',
    'postgres',
    'atrium',
  ].map((value) => value.toLowerCase()),
);

/** `CHANGE-ME`, `change_me`, `changeme`…: the marker every example value carries. */
const placeholder = /change[\s_-]*me|replace[\s_-]*me|example|xxxxxx/i;

export type SecretProblem = 'missing' | 'known' | 'short';

/** What is wrong with `value` as a production secret, if anything. */
export function secretProblem(value: string | undefined, { minimumBytes = minimumSecretBytes } = {}): SecretProblem | undefined {
  if (!value) return 'missing';
  if (knownSecrets.has(value.toLowerCase()) || placeholder.test(value)) return 'known';
  if (Buffer.byteLength(value, 'utf8') < minimumBytes) return 'short';
  return undefined;
}

/**
 * Throws a message a person can act on when `value` is missing, a known development value or
 * shorter than `minimumBytes`. `minimumBytes: 0` checks presence and known values only (a
 * database password's length is chosen by whoever runs the database).
 */
export function assertProductionSecret(variable: string, value: string | undefined, { minimumBytes = minimumSecretBytes } = {}): void {
  const problem = secretProblem(value, { minimumBytes });
  if (!problem) return;
  const advice = minimumBytes > 0
    ? `Set it to ${minimumBytes}+ random bytes, e.g. \`openssl rand -base64 48\`.`
    : 'Set it to a random value of your own, e.g. `openssl rand -hex 24`.';
  const what = {
    missing: `${variable} is not set`,
    known: `${variable} is a development or example value that is public`,
    short: `${variable} is shorter than ${minimumBytes} bytes`,
  }[problem];
  throw new Error(`Refusing to start in production: ${what}. ${advice}`);
}

/** The same for the password inside a PostgreSQL URL (`postgres://user:password@host/db`). */
export function assertProductionDatabaseUrl(variable: string, url: string): void {
  let password: string;
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    throw new Error(`Refusing to start in production: ${variable} is not a URL.`);
  }
  assertProductionSecret(`the password in ${variable}`, password, { minimumBytes: 0 });
}

/**
 * ATRIUM_OPERATOR_SECRET as the API, the operator command and `npm start` read it: in
 * production it must be set, 32+ bytes and not a public value; elsewhere the development
 * secret stands in, so that all three agree on a fresh clone.
 */
export function operatorSecret(value: string | undefined, { production }: { production: boolean }): string {
  if (production) assertProductionSecret('ATRIUM_OPERATOR_SECRET', value);
  return value || developmentOperatorSecret;
}
