import { Migration } from '@mikro-orm/migrations';

/**
 * The counters of the API's rate limits (rate-limiter-flexible's RateLimiterPostgres), in
 * PostgreSQL so that every API process sees the same attempts. Not tenant data: the limits
 * are per address and account, before anyone is signed in, so the table has no company and
 * no row-level security; the application role reads and writes it like any other table
 * (db/src/roles.ts grants it). Keys are hashes: no email or address is stored in clear.
 * The columns are the ones the library's own CREATE TABLE uses (it runs with tableCreated).
 */
export class Migration20261201130000_rate_limit extends Migration {
  override name = 'Migration20261201130000_rate_limit';

  override up(): void | Promise<void> {
    this.addSql(`create table "auth_rate_limit" ("key" varchar(255) not null, "points" integer not null default 0, "expire" bigint null, primary key ("key"));`);
    this.addSql(`create index "auth_rate_limit_expire_index" on "auth_rate_limit" ("expire");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "auth_rate_limit";`);
  }
}
