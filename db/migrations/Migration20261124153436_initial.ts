import { Migration } from '@mikro-orm/migrations';

export class Migration20261124153436_initial extends Migration {

  override name = 'Migration20261124153436_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "company" ("id" uuid not null, "name" varchar(120) not null, "slug" varchar(64) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "company" add constraint "company_slug_unique" unique ("slug");`);

    this.addSql(`create table "membership" ("id" uuid not null, "company_id" uuid not null, "user_id" varchar(64) not null, "role" varchar(16) not null, "module_roles" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_company_id_user_id_unique" unique ("company_id", "user_id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "company_id" uuid not null, "kind" varchar(64) not null, "title" varchar(200) not null, "body" text not null, "dedupe_key" varchar(200) not null, "created_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_company_id_dedupe_key_unique" unique ("company_id", "dedupe_key");`);

    this.addSql(`alter table "company" enable row level security;`);
    this.addSql(`alter table "company" force row level security;`);
    this.addSql(`create policy "company_tenant" on "company" using (id = nullif(current_setting('app.company_id', true), '')::uuid) with check (id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "company_member" on "company" for select using (id in (select m.company_id from membership m where m.user_id = nullif(current_setting('app.user_id', true), '')));`);
    this.addSql(`create policy "company_system" on "company" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "membership" add constraint "membership_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "user" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" enable row level security;`);
    this.addSql(`alter table "membership" force row level security;`);
    this.addSql(`create policy "membership_tenant" on "membership" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "membership_system" on "membership" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);
    this.addSql(`create policy "membership_self" on "membership" for select using (user_id = nullif(current_setting('app.user_id', true), ''));`);

    this.addSql(`alter table "notification" add constraint "notification_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    this.addSql(`create policy "notification_tenant" on "notification" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "notification_system" on "notification" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "membership" drop constraint "membership_company_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "notification" drop constraint "notification_company_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "notification" cascade;`);
  }

}
