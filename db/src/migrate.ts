import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './config';
import { ensureApplicationRole } from './roles';

/** Applies pending migrations as the owner, then (re)grants the application role. */
export async function migrateDatabase(urls: { ownerUrl: string; appUrl: string }): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig(urls.ownerUrl, { pool: { min: 0, max: 2 } }));
  try {
    const applied = await orm.migrator.up();
    await ensureApplicationRole(urls.ownerUrl, urls.appUrl);
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}
