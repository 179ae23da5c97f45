import { Migration } from '@mikro-orm/migrations';

const base = `"id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null`;
const tables = ['support_ticket', 'support_message', 'support_saved_reply'];
const companyId = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;
const inSystem = `(select nullif(current_setting('app.system_context', true), '') is not null)`;

/**
 * Support desk: tickets, their threads and saved replies, each a tenant table (forced RLS,
 * the tenant and system policies in the sub-select form). The outbox keeps the threading
 * headers of what it stores, so a local install shows the Message-ID a customer answers to.
 */
export class Migration20261231100000_support extends Migration {
  override name = 'Migration20261231100000_support';

  override up(): void | Promise<void> {
    this.addSql(`create table "support_ticket" (${base}, "number" int not null, "subject" varchar(200) not null, "requester_email" varchar(200) not null, "requester_name" varchar(120) not null default '', "status" varchar(16) not null, "priority" varchar(16) not null, "assignee_id" varchar(64) null, "tags" text[] not null default '{}', "source" varchar(16) not null, "sla_policy_id" uuid null, "sla_status" varchar(16) not null default 'on_track', "first_response_due_at" timestamptz null, "resolution_due_at" timestamptz null, "first_responded_at" timestamptz null, "solved_at" timestamptz null, "last_message_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "support_ticket" add constraint "support_ticket_company_id_number_unique" unique ("company_id", "number");`);
    this.addSql(`create index "support_ticket_company_id_last_message_at_index" on "support_ticket" ("company_id", "last_message_at", "id");`);
    this.addSql(`create index "support_ticket_company_id_requester_email_index" on "support_ticket" ("company_id", "requester_email");`);

    this.addSql(`create table "support_message" (${base}, "ticket_id" uuid not null, "direction" varchar(16) not null, "author_name" varchar(120) not null, "author_email" varchar(200) null, "author_user_id" varchar(64) null, "body" text not null, "mail_message_id" varchar(998) null, primary key ("id"));`);
    this.addSql(`alter table "support_message" add constraint "support_message_company_id_mail_message_id_unique" unique ("company_id", "mail_message_id");`);
    this.addSql(`create index "support_message_ticket_id_created_at_index" on "support_message" ("ticket_id", "created_at");`);
    this.addSql(`alter table "support_message" add constraint "support_message_ticket_id_foreign" foreign key ("ticket_id") references "support_ticket" ("id") on delete cascade;`);

    this.addSql(`create table "support_saved_reply" (${base}, "title" varchar(120) not null, "body" text not null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "support_saved_reply_company_id_title_index" on "support_saved_reply" ("company_id", "title", "id");`);

    for (const table of tables) {
      this.addSql(`alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (company_id = ${companyId}) with check (company_id = ${companyId});`);
      this.addSql(`create policy "${table}_system" on "${table}" using (${inSystem}) with check (${inSystem});`);
    }

    this.addSql(`alter table "outbox_message" add column "headers" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outbox_message" drop column "headers";`);
    for (const table of [...tables].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
