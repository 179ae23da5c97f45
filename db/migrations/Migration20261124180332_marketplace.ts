import { Migration } from '@mikro-orm/migrations';

/** The marketplace: module trials, installations and their settings (provisioned defaults). */
export class Migration20261124180332_marketplace extends Migration {

  override name = 'Migration20261124180332_marketplace';

  override up(): void | Promise<void> {
    this.addSql(`create table "module_installation" ("company_id" uuid not null, "module" varchar(16) not null, "status" varchar(16) not null, "completed_setup_steps" jsonb not null, "provisioned_at" timestamptz not null, "removed_at" timestamptz null, "purge_after" timestamptz null, primary key ("company_id", "module"));`);

    this.addSql(`create table "module_setting" ("id" uuid not null, "company_id" uuid not null, "module" varchar(16) not null, "kind" varchar(32) not null, "name" varchar(120) not null, "position" int not null, "data" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "module_setting" add constraint "module_setting_company_id_module_kind_name_unique" unique ("company_id", "module", "kind", "name");`);

    this.addSql(`create table "module_trial" ("company_id" uuid not null, "module" varchar(16) not null, "status" varchar(16) not null, "started_at" timestamptz not null, "ends_at" timestamptz not null, "closed_at" timestamptz null, primary key ("company_id", "module"));`);

    this.addSql(`alter table "module_installation" add constraint "module_installation_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "module_installation" enable row level security;`);
    this.addSql(`alter table "module_installation" force row level security;`);
    this.addSql(`create policy "module_installation_tenant" on "module_installation" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "module_installation_system" on "module_installation" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "module_setting" add constraint "module_setting_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "module_setting" enable row level security;`);
    this.addSql(`alter table "module_setting" force row level security;`);
    this.addSql(`create policy "module_setting_tenant" on "module_setting" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "module_setting_system" on "module_setting" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "module_trial" add constraint "module_trial_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "module_trial" enable row level security;`);
    this.addSql(`alter table "module_trial" force row level security;`);
    this.addSql(`create policy "module_trial_tenant" on "module_trial" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "module_trial_system" on "module_trial" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "module_installation" cascade;`);
    this.addSql(`drop table if exists "module_setting" cascade;`);
    this.addSql(`drop table if exists "module_trial" cascade;`);
  }

}
