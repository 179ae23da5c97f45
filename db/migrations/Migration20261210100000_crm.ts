import { Migration } from '@mikro-orm/migrations';

const base = `"id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null`;
const tables = ['crm_organization', 'crm_contact', 'crm_deal', 'crm_activity', 'crm_task'];

/**
 * CRM: organizations, contacts, deals, the activity timeline and tasks, each a tenant table
 * (forced RLS, the tenant and system policies). Contact search uses a trigram index, so
 * pg_trgm is created here (a trusted extension: the database owner may create it).
 */
export class Migration20261210100000_crm extends Migration {
  override name = 'Migration20261210100000_crm';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "crm_organization" (${base}, "name" varchar(200) not null, "name_key" varchar(200) not null, "domain" varchar(200) null, "tags" text[] not null default '{}', "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`alter table "crm_organization" add constraint "crm_organization_company_id_name_key_unique" unique ("company_id", "name_key");`);

    this.addSql(`create table "crm_contact" (${base}, "first_name" varchar(80) not null, "last_name" varchar(80) not null, "email" varchar(200) null, "phone" varchar(40) null, "job_title" varchar(120) null, "organization_id" uuid null, "organization_name" varchar(200) null, "tags" text[] not null default '{}', "owner_id" varchar(64) null, "custom_fields" jsonb not null, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "crm_contact_company_id_last_name_index" on "crm_contact" ("company_id", "last_name", "first_name");`);
    this.addSql(`create index "crm_contact_search_text_trgm" on "crm_contact" using gin ("search_text" gin_trgm_ops);`);
    this.addSql(`alter table "crm_contact" add constraint "crm_contact_organization_id_foreign" foreign key ("organization_id") references "crm_organization" ("id") on delete set null;`);

    this.addSql(`create table "crm_deal" (${base}, "title" varchar(200) not null, "value_minor" int not null, "currency" varchar(3) not null, "stage_id" uuid not null, "status" varchar(8) not null, "position" int not null, "contact_id" uuid null, "organization_id" uuid null, "expected_close_on" varchar(10) null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "crm_deal_company_id_stage_id_index" on "crm_deal" ("company_id", "stage_id", "position");`);
    this.addSql(`alter table "crm_deal" add constraint "crm_deal_contact_id_foreign" foreign key ("contact_id") references "crm_contact" ("id") on delete set null;`);
    this.addSql(`alter table "crm_deal" add constraint "crm_deal_organization_id_foreign" foreign key ("organization_id") references "crm_organization" ("id") on delete set null;`);

    this.addSql(`create table "crm_activity" (${base}, "kind" varchar(16) not null, "body" text not null, "occurred_at" timestamptz not null, "contact_id" uuid null, "deal_id" uuid null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "crm_activity_contact_id_occurred_at_index" on "crm_activity" ("contact_id", "occurred_at");`);
    this.addSql(`create index "crm_activity_deal_id_occurred_at_index" on "crm_activity" ("deal_id", "occurred_at");`);
    this.addSql(`alter table "crm_activity" add constraint "crm_activity_contact_id_foreign" foreign key ("contact_id") references "crm_contact" ("id") on delete cascade;`);
    this.addSql(`alter table "crm_activity" add constraint "crm_activity_deal_id_foreign" foreign key ("deal_id") references "crm_deal" ("id") on delete cascade;`);

    this.addSql(`create table "crm_task" (${base}, "title" varchar(200) not null, "due_at" timestamptz not null, "assignee_id" varchar(64) not null, "contact_id" uuid null, "deal_id" uuid null, "completed_at" timestamptz null, "reminded_at" timestamptz null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "crm_task_company_id_assignee_id_due_at_index" on "crm_task" ("company_id", "assignee_id", "due_at");`);
    this.addSql(`alter table "crm_task" add constraint "crm_task_contact_id_foreign" foreign key ("contact_id") references "crm_contact" ("id") on delete set null;`);
    this.addSql(`alter table "crm_task" add constraint "crm_task_deal_id_foreign" foreign key ("deal_id") references "crm_deal" ("id") on delete set null;`);

    for (const table of tables) {
      this.addSql(`alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
      this.addSql(`create policy "${table}_system" on "${table}" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of [...tables].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
