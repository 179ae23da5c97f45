/**
 * `npm run operator -- create <email> [--name "Full Name"]`: a new Atrium operator (platform
 * staff, not a company person). Prints a one-time password and the TOTP secret once; the
 * first sign-in at /operator/login asks for a code from the authenticator app and a new
 * password. Reads DATABASE_URL (default: `npm start`'s embedded PostgreSQL) and
 * ATRIUM_OPERATOR_SECRET (required in production: the API must run with the same one).
 */
import { createOperator, embeddedDefaults, embeddedUrls, MikroORM, operatorSecret, OperatorExistsError, ormConfig } from '@atrium/db';
import { printOperatorCredentials } from './lib/operator-credentials';

const [command, email, ...rest] = process.argv.slice(2);
const nameAt = rest.indexOf('--name');
const name = nameAt >= 0 ? rest[nameAt + 1] : undefined;

if (command !== 'create' || !email) {
  console.error('usage: npm run operator -- create <email> [--name "Full Name"]');
  process.exit(2);
}

const databaseUrl = process.env.DATABASE_URL || embeddedUrls(embeddedDefaults.port).appUrl;
let orm: MikroORM | undefined;
try {
  const secret = operatorSecret(process.env.ATRIUM_OPERATOR_SECRET, { production: process.env.NODE_ENV === 'production' });
  orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 2 } }));
  const credentials = await createOperator(orm, { email, ...(name ? { name } : {}), secret, createdBy: 'npm run operator' });
  printOperatorCredentials(credentials, process.env.PUBLIC_URL ?? 'http://localhost:3000');
} catch (error) {
  const message = error instanceof OperatorExistsError ? error.message : (error as Error).message;
  const hint = /ECONNREFUSED/.test(String((error as { code?: string }).code ?? message)) ? ' Is Atrium running (npm start), or DATABASE_URL set?' : '';
  console.error(`[operator] could not create the operator: ${message}${hint}`);
  process.exitCode = 1;
} finally {
  await orm?.close(true);
}
