import { Migration } from '@mikro-orm/migrations';

/**
 * Support from Atrium: tickets with their threads and attachments, live chats with their
 * lines, all tenant tables (operators reach them in an operator + system context). Also
 * rewrites the policies of the knowledge base, notification and operator tables in the
 * sub-select form of 20261223100000_rls_init_plan: they were written beside it in the
 * bare form, which calls `current_setting` once per row.
 */
export class Migration20261229100000_help_tickets extends Migration {
  override name = 'Migration20261229100000_help_tickets';

  override up(): void | Promise<void> {
    this.addSql(`create table "help_ticket" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "subject" varchar(200) not null, "category" varchar(16) not null, "module" varchar(16) null, "priority" varchar(16) not null, "status" varchar(16) not null, "source" varchar(16) not null, "chat_id" uuid null, "assigned_operator_id" uuid null, "last_message_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "help_ticket_company_id_created_at_index" on "help_ticket" ("company_id", "created_at");`);
    this.addSql(`create index "help_ticket_status_last_message_at_index" on "help_ticket" ("status", "last_message_at");`);

    this.addSql(`create table "help_chat" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "status" varchar(16) not null, "assigned_operator_id" uuid null, "ticket_id" uuid null, "person_read_at" timestamptz null, "operator_read_at" timestamptz null, "ended_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "help_chat_company_id_created_at_index" on "help_chat" ("company_id", "created_at");`);
    this.addSql(`create index "help_chat_status_index" on "help_chat" ("status");`);

    this.addSql(`create table "help_chat_message" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "chat_id" uuid not null, "author_kind" varchar(16) not null, "operator_id" uuid null, "author_name" varchar(120) not null, "body" text not null, primary key ("id"));`);
    this.addSql(`create index "help_chat_message_chat_id_created_at_index" on "help_chat_message" ("chat_id", "created_at");`);

    this.addSql(`create table "help_ticket_message" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "ticket_id" uuid not null, "author_kind" varchar(16) not null, "operator_id" uuid null, "author_name" varchar(120) not null, "body" text not null, primary key ("id"));`);
    this.addSql(`create index "help_ticket_message_ticket_id_created_at_index" on "help_ticket_message" ("ticket_id", "created_at");`);

    this.addSql(`create table "help_ticket_attachment" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "message_id" uuid not null, "filename" varchar(200) not null, "content_type" varchar(64) not null, "size" int not null, "bytes" bytea not null, primary key ("id"));`);
    this.addSql(`create index "help_ticket_attachment_message_id_index" on "help_ticket_attachment" ("message_id");`);

    this.addSql(`drop policy "help_category_operator" on "help_category";`);
    this.addSql(`drop policy "help_category_reader" on "help_category";`);

    this.addSql(`drop policy "help_article_operator" on "help_article";`);
    this.addSql(`drop policy "help_article_reader" on "help_article";`);

    this.addSql(`drop policy "help_article_vote_operator" on "help_article_vote";`);
    this.addSql(`drop policy "help_article_vote_own" on "help_article_vote";`);

    this.addSql(`drop policy "notification_digest_system" on "notification_digest";`);
    this.addSql(`drop policy "notification_digest_tenant" on "notification_digest";`);

    this.addSql(`drop policy "notification_preference_system" on "notification_preference";`);
    this.addSql(`drop policy "notification_preference_tenant" on "notification_preference";`);

    this.addSql(`drop policy "notification_read_system" on "notification_read";`);
    this.addSql(`drop policy "notification_read_tenant" on "notification_read";`);

    this.addSql(`drop policy "operator_operator" on "operator";`);

    this.addSql(`drop policy "operator_audit_event_append" on "operator_audit_event";`);
    this.addSql(`drop policy "operator_audit_event_read" on "operator_audit_event";`);

    this.addSql(`drop policy "operator_session_operator" on "operator_session";`);

    this.addSql(`create policy "help_category_operator" on "help_category" using ((select nullif(current_setting('app.operator_context', true), '') is not null)) with check ((select nullif(current_setting('app.operator_context', true), '') is not null));`);
    this.addSql(`create policy "help_category_reader" on "help_category" for select using ((select nullif(current_setting('app.company_id', true), '')::uuid) is not null);`);

    this.addSql(`create policy "help_article_operator" on "help_article" using ((select nullif(current_setting('app.operator_context', true), '') is not null)) with check ((select nullif(current_setting('app.operator_context', true), '') is not null));`);
    this.addSql(`create policy "help_article_reader" on "help_article" for select using (status = 'published' and (select nullif(current_setting('app.company_id', true), '')::uuid) is not null);`);

    this.addSql(`create policy "help_article_vote_operator" on "help_article_vote" for select using ((select nullif(current_setting('app.operator_context', true), '') is not null));`);
    this.addSql(`create policy "help_article_vote_own" on "help_article_vote" using (user_id = (select nullif(current_setting('app.user_id', true), ''))) with check (user_id = (select nullif(current_setting('app.user_id', true), '')));`);

    this.addSql(`create policy "notification_digest_system" on "notification_digest" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);
    this.addSql(`create policy "notification_digest_tenant" on "notification_digest" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);

    this.addSql(`create policy "notification_preference_system" on "notification_preference" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);
    this.addSql(`create policy "notification_preference_tenant" on "notification_preference" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);

    this.addSql(`create policy "notification_read_system" on "notification_read" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);
    this.addSql(`create policy "notification_read_tenant" on "notification_read" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);

    this.addSql(`create policy "operator_operator" on "operator" using ((select nullif(current_setting('app.operator_context', true), '') is not null)) with check ((select nullif(current_setting('app.operator_context', true), '') is not null));`);

    this.addSql(`create policy "operator_audit_event_append" on "operator_audit_event" for insert with check ((select nullif(current_setting('app.operator_context', true), '') is not null));`);
    this.addSql(`create policy "operator_audit_event_read" on "operator_audit_event" for select using ((select nullif(current_setting('app.operator_context', true), '') is not null));`);

    this.addSql(`create policy "operator_session_operator" on "operator_session" using ((select nullif(current_setting('app.operator_context', true), '') is not null)) with check ((select nullif(current_setting('app.operator_context', true), '') is not null));`);

    this.addSql(`alter table "help_ticket" add constraint "help_ticket_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "help_ticket" enable row level security;`);
    this.addSql(`alter table "help_ticket" force row level security;`);
    this.addSql(`create policy "help_ticket_tenant" on "help_ticket" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "help_ticket_system" on "help_ticket" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "help_chat" add constraint "help_chat_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "help_chat" add constraint "help_chat_ticket_id_foreign" foreign key ("ticket_id") references "help_ticket" ("id") on delete set null;`);
    this.addSql(`alter table "help_chat" enable row level security;`);
    this.addSql(`alter table "help_chat" force row level security;`);
    this.addSql(`create policy "help_chat_tenant" on "help_chat" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "help_chat_system" on "help_chat" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "help_chat_message" add constraint "help_chat_message_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "help_chat_message" add constraint "help_chat_message_chat_id_foreign" foreign key ("chat_id") references "help_chat" ("id") on delete cascade;`);
    this.addSql(`alter table "help_chat_message" enable row level security;`);
    this.addSql(`alter table "help_chat_message" force row level security;`);
    this.addSql(`create policy "help_chat_message_tenant" on "help_chat_message" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "help_chat_message_system" on "help_chat_message" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "help_ticket_message" add constraint "help_ticket_message_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "help_ticket_message" add constraint "help_ticket_message_ticket_id_foreign" foreign key ("ticket_id") references "help_ticket" ("id") on delete cascade;`);
    this.addSql(`alter table "help_ticket_message" enable row level security;`);
    this.addSql(`alter table "help_ticket_message" force row level security;`);
    this.addSql(`create policy "help_ticket_message_tenant" on "help_ticket_message" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "help_ticket_message_system" on "help_ticket_message" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "help_ticket_attachment" add constraint "help_ticket_attachment_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "help_ticket_attachment" add constraint "help_ticket_attachment_message_id_foreign" foreign key ("message_id") references "help_ticket_message" ("id") on delete cascade;`);
    this.addSql(`alter table "help_ticket_attachment" enable row level security;`);
    this.addSql(`alter table "help_ticket_attachment" force row level security;`);
    this.addSql(`create policy "help_ticket_attachment_tenant" on "help_ticket_attachment" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "help_ticket_attachment_system" on "help_ticket_attachment" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "help_chat" drop constraint "help_chat_ticket_id_foreign";`);
    this.addSql(`alter table "help_ticket_message" drop constraint "help_ticket_message_ticket_id_foreign";`);
    this.addSql(`alter table "help_chat_message" drop constraint "help_chat_message_chat_id_foreign";`);
    this.addSql(`alter table "help_ticket_attachment" drop constraint "help_ticket_attachment_message_id_foreign";`);

    this.addSql(`drop table if exists "help_ticket" cascade;`);
    this.addSql(`drop table if exists "help_chat" cascade;`);
    this.addSql(`drop table if exists "help_chat_message" cascade;`);
    this.addSql(`drop table if exists "help_ticket_message" cascade;`);
    this.addSql(`drop table if exists "help_ticket_attachment" cascade;`);

    this.addSql(`drop policy "notification_digest_tenant" on "notification_digest";`);
    this.addSql(`drop policy "notification_digest_system" on "notification_digest";`);

    this.addSql(`drop policy "notification_preference_tenant" on "notification_preference";`);
    this.addSql(`drop policy "notification_preference_system" on "notification_preference";`);

    this.addSql(`drop policy "notification_read_tenant" on "notification_read";`);
    this.addSql(`drop policy "notification_read_system" on "notification_read";`);

    this.addSql(`drop policy "help_article_operator" on "help_article";`);
    this.addSql(`drop policy "help_article_reader" on "help_article";`);

    this.addSql(`drop policy "help_article_vote_own" on "help_article_vote";`);
    this.addSql(`drop policy "help_article_vote_operator" on "help_article_vote";`);

    this.addSql(`drop policy "help_category_operator" on "help_category";`);
    this.addSql(`drop policy "help_category_reader" on "help_category";`);

    this.addSql(`drop policy "operator_operator" on "operator";`);

    this.addSql(`drop policy "operator_audit_event_read" on "operator_audit_event";`);
    this.addSql(`drop policy "operator_audit_event_append" on "operator_audit_event";`);

    this.addSql(`drop policy "operator_session_operator" on "operator_session";`);

    this.addSql(`create policy "notification_digest_tenant" on "notification_digest" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "notification_digest_system" on "notification_digest" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`create policy "notification_preference_tenant" on "notification_preference" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "notification_preference_system" on "notification_preference" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`create policy "notification_read_tenant" on "notification_read" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "notification_read_system" on "notification_read" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`create policy "help_article_operator" on "help_article" using (nullif(current_setting('app.operator_context', true), '') is not null) with check (nullif(current_setting('app.operator_context', true), '') is not null);`);
    this.addSql(`create policy "help_article_reader" on "help_article" for select using (status = 'published' and nullif(current_setting('app.company_id', true), '')::uuid is not null);`);

    this.addSql(`create policy "help_article_vote_own" on "help_article_vote" using (user_id = nullif(current_setting('app.user_id', true), '')) with check (user_id = nullif(current_setting('app.user_id', true), ''));`);
    this.addSql(`create policy "help_article_vote_operator" on "help_article_vote" for select using (nullif(current_setting('app.operator_context', true), '') is not null);`);

    this.addSql(`create policy "help_category_operator" on "help_category" using (nullif(current_setting('app.operator_context', true), '') is not null) with check (nullif(current_setting('app.operator_context', true), '') is not null);`);
    this.addSql(`create policy "help_category_reader" on "help_category" for select using (nullif(current_setting('app.company_id', true), '')::uuid is not null);`);

    this.addSql(`create policy "operator_operator" on "operator" using (nullif(current_setting('app.operator_context', true), '') is not null) with check (nullif(current_setting('app.operator_context', true), '') is not null);`);

    this.addSql(`create policy "operator_audit_event_read" on "operator_audit_event" for select using (nullif(current_setting('app.operator_context', true), '') is not null);`);
    this.addSql(`create policy "operator_audit_event_append" on "operator_audit_event" for insert with check (nullif(current_setting('app.operator_context', true), '') is not null);`);

    this.addSql(`create policy "operator_session_operator" on "operator_session" using (nullif(current_setting('app.operator_context', true), '') is not null) with check (nullif(current_setting('app.operator_context', true), '') is not null);`);
  }
}
