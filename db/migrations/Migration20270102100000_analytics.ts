import { Migration } from '@mikro-orm/migrations';

const base = `"id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null`;
const tables = ['analytics_dashboard', 'analytics_widget', 'analytics_report', 'analytics_report_run'];
const companyId = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;
const inSystem = `(select nullif(current_setting('app.system_context', true), '') is not null)`;

/**
 * Analytics: dashboards, their widgets, scheduled reports and each report's mailings, each a
 * tenant table (forced RLS, the tenant and system policies in the sub-select form). The
 * figures themselves are read from the other modules' tables; Analytics stores none.
 */
export class Migration20270102100000_analytics extends Migration {
  override name = 'Migration20270102100000_analytics';

  override up(): void | Promise<void> {
    this.addSql(`create table "analytics_dashboard" (${base}, "name" varchar(80) not null, "position" int not null, "provisioned" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "analytics_dashboard" add constraint "analytics_dashboard_company_id_name_unique" unique ("company_id", "name");`);
    this.addSql(`create index "analytics_dashboard_company_id_position_index" on "analytics_dashboard" ("company_id", "position", "id");`);

    this.addSql(`create table "analytics_widget" (${base}, "dashboard_id" uuid not null, "metric" varchar(40) not null, "chart" varchar(16) not null, "range_preset" varchar(24) not null, "bucket" varchar(8) not null, "compare" boolean not null default true, "title" varchar(80) not null default '', "position" int not null, primary key ("id"));`);
    this.addSql(`create index "analytics_widget_dashboard_id_position_index" on "analytics_widget" ("dashboard_id", "position", "id");`);
    this.addSql(`alter table "analytics_widget" add constraint "analytics_widget_dashboard_id_foreign" foreign key ("dashboard_id") references "analytics_dashboard" ("id") on delete cascade;`);

    this.addSql(`create table "analytics_report" (${base}, "dashboard_id" uuid not null, "frequency" varchar(8) not null, "recipients" text[] not null default '{}', "paused" boolean not null default false, "last_sent_period" varchar(16) null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "analytics_report_company_id_created_at_index" on "analytics_report" ("company_id", "created_at", "id");`);
    this.addSql(`alter table "analytics_report" add constraint "analytics_report_dashboard_id_foreign" foreign key ("dashboard_id") references "analytics_dashboard" ("id") on delete cascade;`);

    this.addSql(`create table "analytics_report_run" (${base}, "report_id" uuid not null, "period" varchar(16) not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "analytics_report_run" add constraint "analytics_report_run_report_id_period_unique" unique ("report_id", "period");`);
    this.addSql(`alter table "analytics_report_run" add constraint "analytics_report_run_report_id_foreign" foreign key ("report_id") references "analytics_report" ("id") on delete cascade;`);

    for (const table of tables) {
      this.addSql(`alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (company_id = ${companyId}) with check (company_id = ${companyId});`);
      this.addSql(`create policy "${table}_system" on "${table}" using (${inSystem}) with check (${inSystem});`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of [...tables].reverse()) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
