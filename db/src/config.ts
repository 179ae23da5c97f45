import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { entities } from './entities';
import { migrations } from '../migrations';

export const migrationsPath = fileURLToPath(new URL('../migrations', import.meta.url));

/** One config for the app (its own role, RLS applies) and for migrations (the owner). */
export function ormConfig(clientUrl: string, options: { pool?: { min?: number; max?: number } } = {}) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList: migrations,
      transactional: true,
      // Applying migrations must not rewrite the tracked snapshot; only the generator
      // (db/scripts/create-migration.ts) reads and writes it.
      snapshot: false,
    },
    // better-auth's tables come from their own migration, and the API's rate-limit counters
    // are rate-limiter-flexible's: the entities do not describe them.
    schemaGenerator: { skipTables: ['user', 'session', 'account', 'verification', 'auth_rate_limit'] },
    pool: options.pool ?? { min: 0, max: 10 },
    // Nothing may be read outside a request's transaction; see tenancy/tenant-context.
    allowGlobalContext: false,
    debug: false,
  });
}
