import { Migration } from '@mikro-orm/migrations';

/** Company profile and branding, logos, invitations, the audit log and the mail outbox. */
export class Migration20261124155135_team extends Migration {

  override name = 'Migration20261124155135_team';

  override up(): void | Promise<void> {

    this.addSql(`create table "audit_event" ("id" uuid not null, "company_id" uuid not null, "actor_user_id" varchar(64) not null, "actor_email" varchar(254) not null, "category" varchar(16) not null, "action" varchar(64) not null, "target" varchar(254) not null, "details" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_event_company_id_created_at_index" on "audit_event" ("company_id", "created_at");`);

    this.addSql(`create table "company_logo" ("company_id" uuid not null, "content_type" varchar(32) not null, "bytes" bytea not null, "updated_at" timestamptz not null, primary key ("company_id"));`);

    this.addSql(`create table "invitation" ("id" uuid not null, "company_id" uuid not null, "email" varchar(254) not null, "role" varchar(16) not null, "module_roles" jsonb not null, "token_hash" varchar(64) not null, "invited_by" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "outbox_message" ("id" uuid not null, "to" varchar(254) not null, "from" varchar(254) not null, "subject" varchar(300) not null, "text" text not null, "html" text null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "outbox_message_to_index" on "outbox_message" ("to");`);

    this.addSql(`alter table "company" add "legal_name" varchar(200) not null default '', add "address" jsonb not null default '{}', add "billing_email" varchar(254) not null default '', add "tax_id" varchar(32) not null default '', add "country" varchar(2) not null default '', add "timezone" varchar(64) not null default 'UTC', add "currency" varchar(3) not null default 'EUR', add "plan" varchar(16) not null default 'starter', add "primary_color" varchar(7) null, add "accent_color" varchar(7) null, add "logo_updated_at" timestamptz null;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "audit_event" enable row level security;`);
    this.addSql(`alter table "audit_event" force row level security;`);
    this.addSql(`create policy "audit_event_tenant" on "audit_event" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "audit_event_system" on "audit_event" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "company_logo" add constraint "company_logo_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "company_logo" enable row level security;`);
    this.addSql(`alter table "company_logo" force row level security;`);
    this.addSql(`create policy "company_logo_tenant" on "company_logo" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "company_logo_system" on "company_logo" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "invitation" add constraint "invitation_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" enable row level security;`);
    this.addSql(`alter table "invitation" force row level security;`);
    this.addSql(`create policy "invitation_tenant" on "invitation" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "invitation_system" on "invitation" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "outbox_message" enable row level security;`);
    this.addSql(`alter table "outbox_message" force row level security;`);
    this.addSql(`create policy "outbox_message_system" on "outbox_message" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "company_logo" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`alter table "company" drop column "legal_name", drop column "address", drop column "billing_email", drop column "tax_id", drop column "country", drop column "timezone", drop column "currency", drop column "plan", drop column "primary_color", drop column "accent_color", drop column "logo_updated_at";`);

  }

}
