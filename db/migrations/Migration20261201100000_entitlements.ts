import { Migration } from '@mikro-orm/migrations';

/**
 * One source of truth for what a company may use: the plan lives in the subscription
 * (projected by its workflow), so the company's own `plan` column, read but never written,
 * goes. A company that never recorded a subscription is on the default plan by
 * `entitlementsOf`, exactly as the column's default said.
 */
export class Migration20261201100000_entitlements extends Migration {
  override name = 'Migration20261201100000_entitlements';

  override up(): void | Promise<void> {
    this.addSql(`alter table "company" drop column "plan";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "company" add column "plan" varchar(16) not null default 'starter';`);
    this.addSql(`update "company" c set "plan" = s."plan" from "subscription" s where s."company_id" = c."id";`);
  }
}
