import { Migration } from '@mikro-orm/migrations';

/**
 * The tables better-auth reads and writes (people, sessions, credentials, verification
 * tokens), as its `getMigrations` compiles them for PostgreSQL. They are global, not
 * tenant-owned: a person exists once and belongs to companies through `membership`.
 */
export class Migration20261124153000_auth extends Migration {
  override name = 'Migration20261124153000_auth';

  override up(): void {
    this.addSql(`create table "user" ("id" text not null primary key, "name" text not null, "email" text not null unique, "emailVerified" boolean not null, "image" text, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz default CURRENT_TIMESTAMP not null);`);
    this.addSql(`create table "session" ("id" text not null primary key, "expiresAt" timestamptz not null, "token" text not null unique, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null, "ipAddress" text, "userAgent" text, "userId" text not null references "user" ("id") on delete cascade);`);
    this.addSql(`create table "account" ("id" text not null primary key, "accountId" text not null, "providerId" text not null, "userId" text not null references "user" ("id") on delete cascade, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" timestamptz, "refreshTokenExpiresAt" timestamptz, "scope" text, "password" text, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz not null);`);
    this.addSql(`create table "verification" ("id" text not null primary key, "identifier" text not null, "value" text not null, "expiresAt" timestamptz not null, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "updatedAt" timestamptz default CURRENT_TIMESTAMP not null);`);
    this.addSql(`create index "session_userId_idx" on "session" ("userId");`);
    this.addSql(`create index "account_userId_idx" on "account" ("userId");`);
    this.addSql(`create index "verification_identifier_idx" on "verification" ("identifier");`);
  }

  override down(): void {
    for (const table of ['verification', 'account', 'session', 'user']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
