import { Migration } from '@mikro-orm/migrations';

/**
 * Onboarding: the checklist's projection, written by the `onboarding:{companyId}` workflow
 * whenever a step is done, so that the dashboard reads PostgreSQL instead of querying
 * Temporal on every load. A tenant table (forced RLS, the tenant and system policies).
 */
export class Migration20270103100000_onboarding_checklist extends Migration {
  override name = 'Migration20270103100000_onboarding_checklist';

  override up(): void | Promise<void> {
    this.addSql(`create table "onboarding_checklist" ("company_id" uuid not null, "completed_count" int not null, "checklist" jsonb not null, "updated_at" timestamptz not null, primary key ("company_id"));`);
    this.addSql(`alter table "onboarding_checklist" add constraint "onboarding_checklist_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "onboarding_checklist" enable row level security;`);
    this.addSql(`alter table "onboarding_checklist" force row level security;`);
    this.addSql(`create policy "onboarding_checklist_tenant" on "onboarding_checklist" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "onboarding_checklist_system" on "onboarding_checklist" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "onboarding_checklist" cascade;`);
  }
}
