import { Migration } from '@mikro-orm/migrations';

// Each setting in a sub-select: PostgreSQL reads it once per query (Migration20261223100000_rls_init_plan).
const inOperatorContext = `(select nullif(current_setting('app.operator_context', true), '') is not null)`;
const inCompanyContext = `(select nullif(current_setting('app.company_id', true), '')::uuid) is not null`;

/**
 * Module updates ("What's new"): written by operators (their context reads and writes every
 * row, drafts included); once published, read by any company's context. Which company is
 * shown which module's news is the API's module gate, from the entitlements.
 */
export class Migration20261228100000_module_updates extends Migration {
  override name = 'Migration20261228100000_module_updates';

  override up(): void | Promise<void> {
    this.addSql(`create table "module_update" ("id" uuid not null, "module" varchar(16) not null, "title" varchar(200) not null, "body" text not null, "body_html" text not null, "body_text" text not null, "created_by" uuid null, "updated_by" uuid null, "published_at" timestamptz null, "published_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "module_update_module_published_at_index" on "module_update" ("module", "published_at");`);
    this.addSql(`alter table "module_update" enable row level security;`);
    this.addSql(`alter table "module_update" force row level security;`);
    this.addSql(`create policy "module_update_operator" on "module_update" using (${inOperatorContext}) with check (${inOperatorContext});`);
    this.addSql(`create policy "module_update_reader" on "module_update" for select using (published_at is not null and ${inCompanyContext});`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "module_update" cascade;`);
  }
}
