import { Migration } from '@mikro-orm/migrations';

const base = `"id" uuid not null, "company_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "created_by" varchar(64) null`;
const companyId = `(select nullif(current_setting('app.company_id', true), '')::uuid)`;
const inSystemContext = `(select nullif(current_setting('app.system_context', true), '') is not null)`;
const rls = (table: string) => [
  `alter table "${table}" add constraint "${table}_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`,
  `alter table "${table}" enable row level security;`,
  `alter table "${table}" force row level security;`,
  `create policy "${table}_tenant" on "${table}" using (company_id = ${companyId}) with check (company_id = ${companyId});`,
  `create policy "${table}_system" on "${table}" using (${inSystemContext}) with check (${inSystemContext});`,
];

/**
 * Finance: expense claims and their receipts (bytes in the table, under the same forced RLS
 * as every tenant row), bank accounts and their imported transactions; and the invoice date
 * of a won CRM deal, which makes it income in Finance's profit and loss.
 */
export class Migration20261226100000_finance extends Migration {
  override name = 'Migration20261226100000_finance';

  override up(): void | Promise<void> {
    this.addSql(`create table "finance_expense_claim" (${base}, "owner_id" varchar(64) not null, "category_id" uuid not null, "amount_minor" int not null, "currency" varchar(3) not null, "spent_on" date not null, "merchant" varchar(120) not null, "note" text not null default '', "status" varchar(16) not null default 'draft', "stage" varchar(16) null, "approver_user_id" varchar(64) null, "needs_finance_approval" boolean not null default false, "first_approval_by" varchar(64) null, "first_approval_at" timestamptz null, "decided_by" varchar(64) null, "decided_at" timestamptz null, "decision_note" text not null default '', "submitted_at" timestamptz null, "reimbursed_by" varchar(64) null, "reimbursed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "finance_expense_claim_company_id_owner_id_created_at_index" on "finance_expense_claim" ("company_id", "owner_id", "created_at", "id");`);
    this.addSql(`create index "finance_expense_claim_company_id_status_spent_on_index" on "finance_expense_claim" ("company_id", "status", "spent_on", "id");`);
    this.addSql(`alter table "finance_expense_claim" add constraint "finance_expense_claim_category_id_foreign" foreign key ("category_id") references "module_setting" ("id") on delete restrict;`);
    for (const sql of rls('finance_expense_claim')) this.addSql(sql);

    this.addSql(`create table "finance_receipt" (${base}, "claim_id" uuid not null, "content_type" varchar(64) not null, "file_name" varchar(200) not null, "size" int not null, "bytes" bytea not null, primary key ("id"));`);
    this.addSql(`alter table "finance_receipt" add constraint "finance_receipt_claim_id_unique" unique ("claim_id");`);
    this.addSql(`alter table "finance_receipt" add constraint "finance_receipt_claim_id_foreign" foreign key ("claim_id") references "finance_expense_claim" ("id") on delete cascade;`);
    for (const sql of rls('finance_receipt')) this.addSql(sql);

    this.addSql(`create table "finance_bank_account" (${base}, "name" varchar(80) not null, "currency" varchar(3) not null, "last_four" varchar(4) null, primary key ("id"));`);
    for (const sql of rls('finance_bank_account')) this.addSql(sql);

    this.addSql(`create table "finance_bank_transaction" (${base}, "account_id" uuid not null, "booked_on" date not null, "amount_minor" int not null, "currency" varchar(3) not null, "description" varchar(300) not null default '', "category" varchar(80) null, "matched_claim_id" uuid null, "fingerprint" varchar(64) not null, primary key ("id"));`);
    this.addSql(`create index "finance_bank_transaction_company_id_booked_on_index" on "finance_bank_transaction" ("company_id", "booked_on", "id");`);
    this.addSql(`alter table "finance_bank_transaction" add constraint "finance_bank_transaction_account_id_fingerprint_unique" unique ("account_id", "fingerprint");`);
    this.addSql(`alter table "finance_bank_transaction" add constraint "finance_bank_transaction_matched_claim_id_unique" unique ("matched_claim_id");`);
    this.addSql(`alter table "finance_bank_transaction" add constraint "finance_bank_transaction_account_id_foreign" foreign key ("account_id") references "finance_bank_account" ("id") on delete cascade;`);
    this.addSql(`alter table "finance_bank_transaction" add constraint "finance_bank_transaction_matched_claim_id_foreign" foreign key ("matched_claim_id") references "finance_expense_claim" ("id") on delete set null;`);
    for (const sql of rls('finance_bank_transaction')) this.addSql(sql);

    this.addSql(`alter table "crm_deal" add column "invoiced_on" date null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "crm_deal" drop column "invoiced_on";`);
    for (const table of ['finance_bank_transaction', 'finance_bank_account', 'finance_receipt', 'finance_expense_claim']) this.addSql(`drop table if exists "${table}" cascade;`);
  }
}
