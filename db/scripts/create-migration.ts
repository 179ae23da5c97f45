/**
 * Developer tool: `npx tsx db/scripts/create-migration.ts [name]` writes a migration for
 * the difference between the entities and the last snapshot. Needs DATABASE_OWNER_URL.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/config';

const ownerUrl = process.env.DATABASE_OWNER_URL;
if (!ownerUrl) throw new Error('Set DATABASE_OWNER_URL to a database with every migration applied.');
const config = ormConfig(ownerUrl);
const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, migrationsList: undefined, snapshot: true, snapshotName: '.snapshot-atrium' } });
const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
console.log(result.fileName ? `Wrote ${result.fileName}; add it to db/migrations/index.ts.` : 'No changes.');
await orm.close(true);
