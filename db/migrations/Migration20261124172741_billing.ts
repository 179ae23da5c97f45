import { Migration } from '@mikro-orm/migrations';

/**
 * Billing: subscriptions and their items, invoices with lines and PDFs, payments,
 * payment methods and gateway customers, the sandbox gateway's ledger, and the gapless
 * invoice number counter.
 */
export class Migration20261124172741_billing extends Migration {

  override name = 'Migration20261124172741_billing';

  override up(): void | Promise<void> {
    this.addSql(`create table "invoice" ("id" uuid not null, "company_id" uuid not null, "business_key" varchar(64) not null, "kind" varchar(16) not null, "number" varchar(20) null, "status" varchar(16) not null, "currency" varchar(3) not null, "subtotal" int not null, "tax_rate" int not null, "tax_amount" int not null, "reverse_charge" boolean not null, "tax_note" varchar(200) not null, "total" int not null, "period_start" varchar(10) null, "period_end" varchar(10) null, "customer" jsonb not null, "issued_at" timestamptz null, "due_at" timestamptz null, "paid_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_company_id_created_at_index" on "invoice" ("company_id", "created_at");`);
    this.addSql(`alter table "invoice" add constraint "invoice_company_id_business_key_unique" unique ("company_id", "business_key");`);

    this.addSql(`create table "invoice_document" ("invoice_id" uuid not null, "kind" varchar(8) not null, "company_id" uuid not null, "bytes" bytea not null, "created_at" timestamptz not null, primary key ("invoice_id", "kind"));`);

    this.addSql(`create table "invoice_line" ("id" uuid not null, "company_id" uuid not null, "invoice_id" uuid not null, "position" int not null, "kind" varchar(16) not null, "description" varchar(300) not null, "quantity" int not null, "unit_amount" int not null, "amount" int not null, primary key ("id"));`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_position_unique" unique ("invoice_id", "position");`);

    this.addSql(`create table "payment" ("id" uuid not null, "company_id" uuid not null, "invoice_id" uuid not null, "attempt" int not null, "amount" int not null, "currency" varchar(3) not null, "status" varchar(16) not null, "gateway" varchar(16) not null, "gateway_reference" varchar(120) null, "payment_method_label" varchar(64) null, "failure_code" varchar(64) null, "failure_message" varchar(300) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "payment" add constraint "payment_invoice_id_attempt_unique" unique ("invoice_id", "attempt");`);

    this.addSql(`create table "payment_customer" ("company_id" uuid not null, "gateway" varchar(16) not null, "reference" varchar(120) not null, "created_at" timestamptz not null, primary key ("company_id"));`);

    this.addSql(`create table "payment_method" ("id" uuid not null, "company_id" uuid not null, "gateway" varchar(16) not null, "gateway_reference" varchar(120) not null, "brand" varchar(32) not null, "last4" varchar(4) not null, "exp_month" int not null, "exp_year" int not null, "is_default" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "payment_method" add constraint "payment_method_company_id_gateway_reference_unique" unique ("company_id", "gateway_reference");`);

    this.addSql(`create table "sandbox_charge" ("id" varchar(40) not null, "company_id" uuid not null, "idempotency_key" varchar(120) not null, "payment_method_reference" varchar(120) not null, "amount" int not null, "currency" varchar(3) not null, "status" varchar(16) not null, "failure_code" varchar(64) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "sandbox_charge" add constraint "sandbox_charge_idempotency_key_unique" unique ("idempotency_key");`);

    this.addSql(`create table "subscription" ("company_id" uuid not null, "revision" int not null, "plan" varchar(16) not null, "cycle" varchar(8) not null, "seats" int not null, "currency" varchar(3) not null, "status" varchar(16) not null, "anchor_day" varchar(10) not null, "period_start" varchar(10) not null, "period_end" varchar(10) not null, "cancel_at_period_end" boolean not null default false, "paused_until" varchar(10) null, "scheduled_changes" jsonb not null, "updated_at" timestamptz not null, primary key ("company_id"));`);

    this.addSql(`create table "subscription_item" ("id" uuid not null, "company_id" uuid not null, "item_key" varchar(32) not null, "description" varchar(200) not null, "quantity" int not null, "unit_amount" int not null, "amount" int not null, "currency" varchar(3) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "subscription_item" add constraint "subscription_item_company_id_item_key_unique" unique ("company_id", "item_key");`);

    this.addSql(`alter table "invoice" add constraint "invoice_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice" enable row level security;`);
    this.addSql(`alter table "invoice" force row level security;`);
    this.addSql(`create policy "invoice_tenant" on "invoice" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "invoice_system" on "invoice" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "invoice_document" add constraint "invoice_document_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice_document" add constraint "invoice_document_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice_document" enable row level security;`);
    this.addSql(`alter table "invoice_document" force row level security;`);
    this.addSql(`create policy "invoice_document_tenant" on "invoice_document" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "invoice_document_system" on "invoice_document" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "invoice_line" add constraint "invoice_line_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice_line" enable row level security;`);
    this.addSql(`alter table "invoice_line" force row level security;`);
    this.addSql(`create policy "invoice_line_tenant" on "invoice_line" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "invoice_line_system" on "invoice_line" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "payment" add constraint "payment_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" enable row level security;`);
    this.addSql(`alter table "payment" force row level security;`);
    this.addSql(`create policy "payment_tenant" on "payment" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "payment_system" on "payment" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "payment_customer" add constraint "payment_customer_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "payment_customer" enable row level security;`);
    this.addSql(`alter table "payment_customer" force row level security;`);
    this.addSql(`create policy "payment_customer_tenant" on "payment_customer" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "payment_customer_system" on "payment_customer" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "payment_method" add constraint "payment_method_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "payment_method" enable row level security;`);
    this.addSql(`alter table "payment_method" force row level security;`);
    this.addSql(`create policy "payment_method_tenant" on "payment_method" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "payment_method_system" on "payment_method" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "sandbox_charge" add constraint "sandbox_charge_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "sandbox_charge" enable row level security;`);
    this.addSql(`alter table "sandbox_charge" force row level security;`);
    this.addSql(`create policy "sandbox_charge_tenant" on "sandbox_charge" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "sandbox_charge_system" on "sandbox_charge" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "subscription" add constraint "subscription_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "subscription" enable row level security;`);
    this.addSql(`alter table "subscription" force row level security;`);
    this.addSql(`create policy "subscription_tenant" on "subscription" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "subscription_system" on "subscription" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    this.addSql(`alter table "subscription_item" add constraint "subscription_item_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "subscription_item" enable row level security;`);
    this.addSql(`alter table "subscription_item" force row level security;`);
    this.addSql(`create policy "subscription_item_tenant" on "subscription_item" using (company_id = nullif(current_setting('app.company_id', true), '')::uuid) with check (company_id = nullif(current_setting('app.company_id', true), '')::uuid);`);
    this.addSql(`create policy "subscription_item_system" on "subscription_item" using (nullif(current_setting('app.system_context', true), '') is not null) with check (nullif(current_setting('app.system_context', true), '') is not null);`);

    // Invoice numbers without gaps: the counter row is bumped in the same transaction that
    // finalises the invoice, so a rolled-back finalisation gives its number back. The
    // application role may only call the function, never read or reset the counter.
    this.addSql(`create table "invoice_number_counter" ("year" int not null, "last_number" int not null, primary key ("year"));`);
    this.addSql(`alter table "invoice_number_counter" enable row level security;`);
    this.addSql(`alter table "invoice_number_counter" force row level security;`);
    this.addSql(`create function next_invoice_number(invoice_year int) returns int language sql security definer set search_path = public as $$
      insert into invoice_number_counter (year, last_number) values (invoice_year, 1)
      on conflict (year) do update set last_number = invoice_number_counter.last_number + 1
      returning last_number
    $$;`);
    this.addSql(`create policy "invoice_number_counter_owner" on "invoice_number_counter" using (current_user = (select tableowner from pg_tables where tablename = 'invoice_number_counter' and schemaname = 'public')) with check (current_user = (select tableowner from pg_tables where tablename = 'invoice_number_counter' and schemaname = 'public'));`);
    this.addSql(`revoke all on function next_invoice_number(int) from public;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists next_invoice_number(int);`);
    this.addSql(`drop table if exists "invoice_number_counter" cascade;`);
    this.addSql(`alter table "invoice_document" drop constraint "invoice_document_invoice_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_invoice_id_foreign";`);

    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "invoice_document" cascade;`);
    this.addSql(`drop table if exists "invoice_line" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "payment_customer" cascade;`);
    this.addSql(`drop table if exists "payment_method" cascade;`);
    this.addSql(`drop table if exists "sandbox_charge" cascade;`);
    this.addSql(`drop table if exists "subscription" cascade;`);
    this.addSql(`drop table if exists "subscription_item" cascade;`);
  }

}
