import { Secret, TOTP } from 'otpauth';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/config';
import { createOperator, type OperatorCredentials } from '../src/operator/create-operator';
import { developmentOperatorSecret } from '../src/secrets';

/**
 * Operators for tests, made as `npm run operator -- create` makes them (the test API runs
 * with the development operator secret), and the codes an authenticator app would show.
 */
export async function createTestOperator(databaseUrl: string, label = 'operator'): Promise<OperatorCredentials> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 1 } }));
  try {
    const email = `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@atrium.example`;
    return await createOperator(orm, { email, secret: developmentOperatorSecret, createdBy: 'test' });
  } finally {
    await orm.close(true);
  }
}

/** The code for now, or `steps` periods of 30 s later (each code is accepted once). */
export function totpCode(secret: string, steps = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * 30_000 });
}
