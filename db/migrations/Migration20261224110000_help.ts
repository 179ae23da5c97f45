import { Migration } from '@mikro-orm/migrations';

const inOperatorContext = `nullif(current_setting('app.operator_context', true), '') is not null`;
const inCompanyContext = `nullif(current_setting('app.company_id', true), '')::uuid is not null`;
const currentUserId = `nullif(current_setting('app.user_id', true), '')`;
const searchExpression = `setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body_text", '')), 'B')`;

/**
 * The knowledge base: categories and articles written by operators (their context writes
 * them), read by every company (published articles only, in a company's context), with
 * full-text search over a generated tsvector and its GIN index; and each person's one vote
 * per article, visible to that person and, as totals, to operators.
 */
export class Migration20261224110000_help extends Migration {
  override name = 'Migration20261224110000_help';

  override up(): void | Promise<void> {
    this.addSql(`create table "help_category" ("id" uuid not null, "name" varchar(80) not null, "description" varchar(300) not null default '', "position" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "help_category" add constraint "help_category_name_unique" unique ("name");`);

    this.addSql(`create table "help_article" ("id" uuid not null, "category_id" uuid not null, "title" varchar(200) not null, "topic" varchar(16) null, "status" varchar(16) not null, "body" text not null, "body_html" text not null, "body_text" text not null, "search" tsvector generated always as (${searchExpression}) stored null, "created_by" uuid null, "updated_by" uuid null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "help_article_status_topic_index" on "help_article" ("status", "topic");`);
    this.addSql(`create index "help_article_search_index" on "help_article" using gin ("search");`);
    this.addSql(`alter table "help_article" add constraint "help_article_category_id_foreign" foreign key ("category_id") references "help_category" ("id") on delete restrict;`);

    this.addSql(`create table "help_article_vote" ("id" uuid not null, "article_id" uuid not null, "user_id" varchar(64) not null, "helpful" boolean not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "help_article_vote" add constraint "help_article_vote_article_id_user_id_unique" unique ("article_id", "user_id");`);
    this.addSql(`alter table "help_article_vote" add constraint "help_article_vote_article_id_foreign" foreign key ("article_id") references "help_article" ("id") on delete cascade;`);

    for (const table of ['help_category', 'help_article', 'help_article_vote']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
    }
    for (const table of ['help_category', 'help_article']) {
      this.addSql(`create policy "${table}_operator" on "${table}" using (${inOperatorContext}) with check (${inOperatorContext});`);
    }
    this.addSql(`create policy "help_category_reader" on "help_category" for select using (${inCompanyContext});`);
    this.addSql(`create policy "help_article_reader" on "help_article" for select using (status = 'published' and ${inCompanyContext});`);
    this.addSql(`create policy "help_article_vote_own" on "help_article_vote" using (user_id = ${currentUserId}) with check (user_id = ${currentUserId});`);
    this.addSql(`create policy "help_article_vote_operator" on "help_article_vote" for select using (${inOperatorContext});`);
  }

  override down(): void | Promise<void> {
    for (const table of ['help_article_vote', 'help_article', 'help_category']) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
