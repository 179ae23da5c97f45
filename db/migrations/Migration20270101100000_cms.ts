import { Migration } from '@mikro-orm/migrations';

/**
 * CMS: sites (slug and domain unique across companies, as the public site is found by
 * them), pages in a tree with their draft and published copies side by side, revisions,
 * media, and the daily page-view counts Analytics reads. Every table has forced RLS with
 * the tenant and system policies in the sub-select form.
 */
export class Migration20270101100000_cms extends Migration {
  override name = 'Migration20270101100000_cms';

  override up(): void | Promise<void> {
    this.addSql(`create table "cms_site" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "name" varchar(120) not null, "slug" varchar(64) not null, "domain" varchar(253) null, "languages" text[] not null default '{en}', primary key ("id"));`);
    this.addSql(`create index "cms_site_company_id_name_index" on "cms_site" ("company_id", "name", "id");`);
    this.addSql(`alter table "cms_site" add constraint "cms_site_slug_unique" unique ("slug");`);
    this.addSql(`alter table "cms_site" add constraint "cms_site_domain_unique" unique ("domain");`);

    this.addSql(`create table "cms_page_view_day" ("site_id" uuid not null, "page_id" uuid not null, "day" date not null, "company_id" uuid not null, "views" int not null default 0, primary key ("site_id", "page_id", "day"));`);

    this.addSql(`create table "cms_page" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "site_id" uuid not null, "parent_id" uuid null, "slug" varchar(64) not null, "path" varchar(600) not null, "language" varchar(8) not null, "position" int not null default 0, "title" varchar(200) not null, "seo_title" varchar(70) not null default '', "seo_description" varchar(160) not null default '', "html" text not null default '', "draft_updated_at" timestamptz not null, "published_title" varchar(200) null, "published_seo_title" varchar(70) null, "published_seo_description" varchar(160) null, "published_html" text null, "published_at" timestamptz null, "owner_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "cms_page_company_id_site_id_position_index" on "cms_page" ("company_id", "site_id", "position", "id");`);
    this.addSql(`alter table "cms_page" add constraint "cms_page_site_id_language_path_unique" unique ("site_id", "language", "path");`);

    this.addSql(`create table "cms_page_revision" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "page_id" uuid not null, "number" int not null, "title" varchar(200) not null, "seo_title" varchar(70) not null, "seo_description" varchar(160) not null, "html" text not null, primary key ("id"));`);
    this.addSql(`alter table "cms_page_revision" add constraint "cms_page_revision_page_id_number_unique" unique ("page_id", "number");`);

    this.addSql(`create table "cms_media" ("id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null, "site_id" uuid not null, "file_name" varchar(200) not null, "content_type" varchar(64) not null, "size" int not null, "width" int not null, "height" int not null, "bytes" bytea not null, primary key ("id"));`);
    this.addSql(`create index "cms_media_company_id_site_id_created_at_index" on "cms_media" ("company_id", "site_id", "created_at", "id");`);

    this.addSql(`alter table "cms_site" add constraint "cms_site_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_site" enable row level security;`);
    this.addSql(`alter table "cms_site" force row level security;`);
    this.addSql(`create policy "cms_site_tenant" on "cms_site" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "cms_site_system" on "cms_site" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "cms_page_view_day" add constraint "cms_page_view_day_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_page_view_day" enable row level security;`);
    this.addSql(`alter table "cms_page_view_day" force row level security;`);
    this.addSql(`create policy "cms_page_view_day_tenant" on "cms_page_view_day" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "cms_page_view_day_system" on "cms_page_view_day" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "cms_page" add constraint "cms_page_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_page" add constraint "cms_page_site_id_foreign" foreign key ("site_id") references "cms_site" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_page" enable row level security;`);
    this.addSql(`alter table "cms_page" force row level security;`);
    this.addSql(`create policy "cms_page_tenant" on "cms_page" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "cms_page_system" on "cms_page" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "cms_page_revision" add constraint "cms_page_revision_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_page_revision" add constraint "cms_page_revision_page_id_foreign" foreign key ("page_id") references "cms_page" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_page_revision" enable row level security;`);
    this.addSql(`alter table "cms_page_revision" force row level security;`);
    this.addSql(`create policy "cms_page_revision_tenant" on "cms_page_revision" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "cms_page_revision_system" on "cms_page_revision" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);

    this.addSql(`alter table "cms_media" add constraint "cms_media_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_media" add constraint "cms_media_site_id_foreign" foreign key ("site_id") references "cms_site" ("id") on delete cascade;`);
    this.addSql(`alter table "cms_media" enable row level security;`);
    this.addSql(`alter table "cms_media" force row level security;`);
    this.addSql(`create policy "cms_media_tenant" on "cms_media" using (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid)) with check (company_id = (select nullif(current_setting('app.company_id', true), '')::uuid));`);
    this.addSql(`create policy "cms_media_system" on "cms_media" using ((select nullif(current_setting('app.system_context', true), '') is not null)) with check ((select nullif(current_setting('app.system_context', true), '') is not null));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "cms_page" drop constraint "cms_page_site_id_foreign";`);
    this.addSql(`alter table "cms_media" drop constraint "cms_media_site_id_foreign";`);
    this.addSql(`alter table "cms_page_revision" drop constraint "cms_page_revision_page_id_foreign";`);

    this.addSql(`drop table if exists "cms_site" cascade;`);
    this.addSql(`drop table if exists "cms_page_view_day" cascade;`);
    this.addSql(`drop table if exists "cms_page" cascade;`);
    this.addSql(`drop table if exists "cms_page_revision" cascade;`);
    this.addSql(`drop table if exists "cms_media" cascade;`);
  }
}
