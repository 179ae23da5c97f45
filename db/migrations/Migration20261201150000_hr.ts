import { Migration } from '@mikro-orm/migrations';

const rls = (table: string) => [
  `alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`,
  `alter table "${table}" enable row level security;`,
  `alter table "${table}" force row level security;`,
  `create policy "${table}_tenant" on "${table}" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`,
  `create policy "${table}_system" on "${table}" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`,
];

/** HR: employee records and leave requests; notices meant for one person (a leave decision). */
export class Migration20261201150000_hr extends Migration {
  override name = 'Migration20261201150000_hr';

  override up(): void | Promise<void> {
    this.addSql(`create table "hr_employee" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "name" varchar(120) not null, "job_title" varchar(120) not null default '', "team" varchar(80) not null default '', "manager_id" uuid null, "start_date" date not null, "work_email" varchar(200) not null, "phone" varchar(40) not null default '', "emergency_contact_name" varchar(120) not null default '', "emergency_contact_phone" varchar(40) not null default '', "member_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "hr_employee_company_id_manager_id_index" on "hr_employee" ("company_id", "manager_id");`);
    this.addSql(`alter table "hr_employee" add constraint "hr_employee_company_id_work_email_unique" unique ("company_id", "work_email");`);
    this.addSql(`alter table "hr_employee" add constraint "hr_employee_company_id_member_id_unique" unique ("company_id", "member_id");`);
    this.addSql(`alter table "hr_employee" add constraint "hr_employee_manager_id_foreign" foreign key ("manager_id") references "hr_employee" ("id") on delete set null;`);
    this.addSql(`alter table "hr_employee" add constraint "hr_employee_member_id_foreign" foreign key ("member_id") references "membership" ("id") on delete set null;`);
    for (const sql of rls('hr_employee')) this.addSql(sql);

    this.addSql(`create table "hr_leave_request" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "employee_id" uuid not null, "leave_type_id" uuid not null, "start_date" date not null, "end_date" date not null, "days" int not null, "status" varchar(16) not null default 'pending', "note" text not null default '', "decided_by" varchar(64) null, "decided_at" timestamptz null, "decision_note" text not null default '', "cancelled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "hr_leave_request_company_id_start_date_end_date_index" on "hr_leave_request" ("company_id", "start_date", "end_date");`);
    this.addSql(`create index "hr_leave_request_company_id_employee_id_index" on "hr_leave_request" ("company_id", "employee_id");`);
    this.addSql(`alter table "hr_leave_request" add constraint "hr_leave_request_employee_id_foreign" foreign key ("employee_id") references "hr_employee" ("id") on delete cascade;`);
    this.addSql(`alter table "hr_leave_request" add constraint "hr_leave_request_leave_type_id_foreign" foreign key ("leave_type_id") references "module_setting" ("id") on delete cascade;`);
    for (const sql of rls('hr_leave_request')) this.addSql(sql);

    this.addSql(`alter table "notification" add column "recipient_user_id" varchar(64) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notification" drop column "recipient_user_id";`);
    this.addSql(`drop table if exists "hr_leave_request" cascade;`);
    this.addSql(`drop table if exists "hr_employee" cascade;`);
  }
}
