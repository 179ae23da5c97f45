import { Migration } from '@mikro-orm/migrations';

const inOperatorContext = `nullif(current_setting('app.operator_context', true), '') is not null`;

/**
 * Operators: Atrium's staff accounts, their sessions and their audit log. Platform data
 * under their own policy: only a named operator context (`app.operator_context`) reaches
 * these tables; a company's context, a person's and a system context see nothing. The
 * audit log takes reads and inserts only, so the application cannot rewrite it.
 */
export class Migration20261224100000_operators extends Migration {
  override name = 'Migration20261224100000_operators';

  override up(): void | Promise<void> {
    this.addSql(`create table "operator" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(120) not null, "password_hash" text not null, "password_is_one_time" boolean not null default true, "totp_secret_sealed" text not null, "totp_enrolled_at" timestamptz null, "totp_last_step" int null, "last_sign_in_at" timestamptz null, "disabled_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "operator" add constraint "operator_email_unique" unique ("email");`);

    this.addSql(`create table "operator_session" ("id" uuid not null, "operator_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "ip_address" varchar(64) null, "user_agent" varchar(300) null, primary key ("id"));`);
    this.addSql(`alter table "operator_session" add constraint "operator_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "operator_session" add constraint "operator_session_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on delete cascade;`);

    this.addSql(`create table "operator_audit_event" ("id" uuid not null, "operator_id" uuid null, "operator_email" varchar(254) not null, "action" varchar(64) not null, "target" varchar(254) not null, "subject_company_id" uuid null, "details" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "operator_audit_event_created_at_index" on "operator_audit_event" ("created_at");`);
    this.addSql(`create index "operator_audit_event_subject_company_id_created_at_index" on "operator_audit_event" ("subject_company_id", "created_at");`);
    this.addSql(`alter table "operator_audit_event" add constraint "operator_audit_event_operator_id_foreign" foreign key ("operator_id") references "operator" ("id") on delete set null;`);

    for (const table of ['operator', 'operator_session', 'operator_audit_event']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
    }
    for (const table of ['operator', 'operator_session']) {
      this.addSql(`create policy "${table}_operator" on "${table}" using (${inOperatorContext}) with check (${inOperatorContext});`);
    }
    this.addSql(`create policy "operator_audit_event_read" on "operator_audit_event" for select using (${inOperatorContext});`);
    this.addSql(`create policy "operator_audit_event_append" on "operator_audit_event" for insert with check (${inOperatorContext});`);
  }

  override down(): void | Promise<void> {
    for (const table of ['operator_audit_event', 'operator_session', 'operator']) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
