import { Migration } from '@mikro-orm/migrations';

const base = `"id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null`;
const companyId = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;
const userId = `(select nullif(current_setting('app.user_id', true), ''))`;
const system = `(select nullif(current_setting('app.system_context', true), '') is not null)`;
const outsideAnyCompany = `${companyId} is null`;
const guestProjects = `(select g.project_id from project_guest g where g.user_id = ${userId} and g.accepted_at is not null and g.revoked_at is null)`;

const rls = (table: string) => [
  `alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`,
  `alter table "${table}" enable row level security;`,
  `alter table "${table}" force row level security;`,
  `create policy "${table}_tenant" on "${table}" using (company_id = ${companyId}) with check (company_id = ${companyId});`,
  `create policy "${table}_system" on "${table}" using (${system}) with check (${system});`,
];
/** A client guest reads the rows of their project, in their own context only, and writes nothing (db/src/tenancy/policies.ts). */
const guestRead = (table: string, column = 'project_id') =>
  `create policy "${table}_guest" on "${table}" for select using (${outsideAnyCompany} and ${column} in ${guestProjects});`;

/**
 * Projects: projects, their board's tasks with checklists and comments, milestones, and
 * client guests. Every table is a tenant table; each also lets an accepted guest of a
 * project read that project's rows (and a person their own guest grants), only outside any
 * company context, so a guest is walled in by the database as well as by CASL.
 */
export class Migration20261227100000_projects extends Migration {
  override name = 'Migration20261227100000_projects';

  override up(): void | Promise<void> {
    this.addSql(`create table "project" (${base}, "name" varchar(120) not null, "description" text not null default '', "status" varchar(16) not null default 'active', "starts_on" date null, "due_on" date null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "project_company_id_status_name_index" on "project" ("company_id", "status", "name", "id");`);

    this.addSql(`create table "project_task" (${base}, "project_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "status" varchar(16) not null, "position" int not null, "owner_id" varchar(64) null, "due_on" date null, "completed_at" timestamptz null, "reminded_for" varchar(10) null, primary key ("id"));`);
    this.addSql(`create index "project_task_company_id_project_id_status_position_index" on "project_task" ("company_id", "project_id", "status", "position", "id");`);
    this.addSql(`create index "project_task_company_id_due_on_index" on "project_task" ("company_id", "due_on", "id");`);
    this.addSql(`alter table "project_task" add constraint "project_task_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);

    this.addSql(`create table "project_checklist_item" (${base}, "project_id" uuid not null, "task_id" uuid not null, "label" varchar(200) not null, "done" boolean not null default false, "position" int not null, primary key ("id"));`);
    this.addSql(`create index "project_checklist_item_task_id_position_index" on "project_checklist_item" ("task_id", "position");`);
    this.addSql(`alter table "project_checklist_item" add constraint "project_checklist_item_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_checklist_item" add constraint "project_checklist_item_task_id_foreign" foreign key ("task_id") references "project_task" ("id") on delete cascade;`);

    this.addSql(`create table "project_comment" (${base}, "project_id" uuid not null, "task_id" uuid not null, "author_id" varchar(64) null, "author_name" varchar(120) not null, "body" text not null, "mentions" text[] not null default '{}', primary key ("id"));`);
    this.addSql(`create index "project_comment_task_id_created_at_index" on "project_comment" ("task_id", "created_at");`);
    this.addSql(`alter table "project_comment" add constraint "project_comment_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_comment" add constraint "project_comment_task_id_foreign" foreign key ("task_id") references "project_task" ("id") on delete cascade;`);

    this.addSql(`create table "project_milestone" (${base}, "project_id" uuid not null, "name" varchar(120) not null, "due_on" date not null, "reached_at" timestamptz null, "reached_by" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "project_milestone_company_id_due_on_index" on "project_milestone" ("company_id", "due_on", "id");`);
    this.addSql(`alter table "project_milestone" add constraint "project_milestone_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);

    this.addSql(`create table "project_guest" (${base}, "project_id" uuid not null, "email" varchar(200) not null, "name" varchar(120) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "invited_by" varchar(64) not null, "user_id" varchar(64) null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "project_guest_company_id_project_id_index" on "project_guest" ("company_id", "project_id", "id");`);
    this.addSql(`create index "project_guest_user_id_index" on "project_guest" ("user_id");`);
    this.addSql(`alter table "project_guest" add constraint "project_guest_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "project_guest" add constraint "project_guest_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);

    for (const table of ['project', 'project_task', 'project_checklist_item', 'project_comment', 'project_milestone', 'project_guest']) for (const sql of rls(table)) this.addSql(sql);
    this.addSql(`create policy "project_guest_guest_self" on "project_guest" for select using (${outsideAnyCompany} and user_id = ${userId});`);
    this.addSql(guestRead('project', 'id'));
    for (const table of ['project_task', 'project_checklist_item', 'project_comment', 'project_milestone']) this.addSql(guestRead(table));
  }

  override down(): void | Promise<void> {
    for (const table of ['project_comment', 'project_checklist_item', 'project_task', 'project_milestone', 'project_guest', 'project']) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
