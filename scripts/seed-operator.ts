/**
 * The local install's operator (the console at /operator), a step `npm start` runs once the
 * dashboard answers: created on the first start with a one-time password printed here;
 * until it has signed in, each start prints a fresh one. A process of its own, so that the
 * supervisor of `npm start` never loads MikroORM and stays small.
 * Exit code 0: credentials printed; 3: the operator has enrolled already (nothing to print).
 */
import { MikroORM, operatorSecret, ormConfig, seedOperator } from '@atrium/db';
import { printOperatorCredentials } from './lib/operator-credentials';

const env = process.env;
const email = env.ATRIUM_SEED_OPERATOR_EMAIL || 'operator@atrium.localhost';
const orm = await MikroORM.init(ormConfig(env.DATABASE_URL!, { pool: { min: 0, max: 1 } }));
try {
  const seeded = await seedOperator(orm, { email, secret: operatorSecret(env.ATRIUM_OPERATOR_SECRET, { production: env.NODE_ENV === 'production' }) });
  if (seeded.status === 'enrolled') process.exitCode = 3;
  else printOperatorCredentials(seeded.credentials, env.PUBLIC_URL!);
} finally {
  await orm.close(true);
}
