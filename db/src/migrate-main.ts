/** `npx tsx db/src/migrate-main.ts`: the one-shot migration step of a deployment. */
import { migrateDatabase } from './migrate';

const ownerUrl = process.env.DATABASE_OWNER_URL;
const appUrl = process.env.DATABASE_URL;
if (!ownerUrl || !appUrl) {
  console.error('Set DATABASE_OWNER_URL (the owner role, runs migrations) and DATABASE_URL (the application role).');
  process.exit(2);
}
const applied = await migrateDatabase({ ownerUrl, appUrl });
console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
