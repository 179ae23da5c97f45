import { Migration } from '@mikro-orm/migrations';

const rls = (table: string) => [
  `alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`,
  `alter table "${table}" enable row level security;`,
  `alter table "${table}" force row level security;`,
  `create policy "${table}_tenant" on "${table}" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`,
  `create policy "${table}_system" on "${table}" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`,
];

/**
 * The notification centre: a category (and module) on every notice, read state per person
 * instead of per company, each person's preferences and daily digest, and a NOTIFY on the
 * channel `atrium_notification` whenever a notice is written or read, which every API
 * process LISTENs to for the bell's live stream.
 */
export class Migration20261225100000_notification_centre extends Migration {
  override name = 'Migration20261225100000_notification_centre';

  override up(): void | Promise<void> {
    this.addSql(`alter table "notification" add column "category" varchar(32) null, add column "module" varchar(16) null;`);
    // The kinds written before categories existed (core's `categoryOfKind` keeps the same map).
    this.addSql(`update "notification" set "category" = case
      when kind in ('payment', 'payment_failed') then 'billing_failure'
      when kind in ('card_expiring', 'upcoming_charge', 'invoice_paid') then 'billing'
      when kind = 'trial' then 'trial'
      when kind = 'usage' then 'usage'
      when kind = 'onboarding_reminder' then 'onboarding'
      when kind = 'crm_task' or kind like 'hr\\_leave%' then 'module_activity'
      else 'other' end;`);
    this.addSql(`update "notification" set "module" = case when kind = 'crm_task' then 'crm' when kind like 'hr\\_leave%' then 'hr' end;`);
    this.addSql(`alter table "notification" alter column "category" set not null;`);
    // Read state was the company's; it is each person's now, and nobody can say who read these.
    this.addSql(`alter table "notification" drop column "read_at";`);
    this.addSql(`create index "notification_company_id_created_at_index" on "notification" ("company_id", "created_at");`);

    this.addSql(`create table "notification_read" ("notification_id" uuid not null, "user_id" varchar(64) not null, "company_id" uuid not null, "read_at" timestamptz not null, primary key ("notification_id", "user_id"));`);
    this.addSql(`create index "notification_read_company_id_user_id_index" on "notification_read" ("company_id", "user_id");`);
    this.addSql(`alter table "notification_read" add constraint "notification_read_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on delete cascade;`);
    for (const sql of rls('notification_read')) this.addSql(sql);

    this.addSql(`create table "notification_preference" ("company_id" uuid not null, "user_id" varchar(64) not null, "category" varchar(32) not null, "in_app" boolean not null, "mail" boolean not null, "updated_at" timestamptz not null, primary key ("company_id", "user_id", "category"));`);
    for (const sql of rls('notification_preference')) this.addSql(sql);

    this.addSql(`create table "notification_digest" ("company_id" uuid not null, "user_id" varchar(64) not null, "enabled" boolean not null, "last_sent_on" date null, "updated_at" timestamptz not null, primary key ("company_id", "user_id"));`);
    for (const sql of rls('notification_digest')) this.addSql(sql);

    // Sent at commit, so a listener never hears of a notice it cannot read yet. The payload
    // names the company and the person, never the notice's text: listeners read it under RLS.
    this.addSql(`create function atrium_notification_created() returns trigger language plpgsql as $$
begin
  perform pg_notify('atrium_notification', json_build_object('type', 'created', 'companyId', new.company_id, 'id', new.id, 'recipientUserId', new.recipient_user_id)::text);
  return null;
end $$;`);
    this.addSql(`create trigger "notification_created" after insert on "notification" for each row execute function atrium_notification_created();`);
    // One NOTIFY per statement and person: "mark all read" of 200 notices is one event.
    this.addSql(`create function atrium_notification_read() returns trigger language plpgsql as $$
declare reader record;
begin
  for reader in select distinct company_id, user_id from inserted loop
    perform pg_notify('atrium_notification', json_build_object('type', 'read', 'companyId', reader.company_id, 'userId', reader.user_id)::text);
  end loop;
  return null;
end $$;`);
    this.addSql(`create trigger "notification_read_inserted" after insert on "notification_read" referencing new table as inserted for each statement execute function atrium_notification_read();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "notification_read_inserted" on "notification_read";`);
    this.addSql(`drop trigger if exists "notification_created" on "notification";`);
    this.addSql(`drop function if exists atrium_notification_read();`);
    this.addSql(`drop function if exists atrium_notification_created();`);
    this.addSql(`drop table if exists "notification_digest" cascade;`);
    this.addSql(`drop table if exists "notification_preference" cascade;`);
    this.addSql(`drop table if exists "notification_read" cascade;`);
    this.addSql(`drop index if exists "notification_company_id_created_at_index";`);
    this.addSql(`alter table "notification" add column "read_at" timestamptz null;`);
    this.addSql(`alter table "notification" drop column "module", drop column "category";`);
  }
}
