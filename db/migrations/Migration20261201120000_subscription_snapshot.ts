import { Migration } from '@mikro-orm/migrations';

/**
 * The subscription workflow's whole snapshot beside its projected columns, so that a
 * workflow ended by hand (`temporal workflow terminate`) is started again from the state
 * it last recorded, never from a fresh free period. Null for rows recorded before this.
 */
export class Migration20261201120000_subscription_snapshot extends Migration {

  override name = 'Migration20261201120000_subscription_snapshot';

  override up(): void | Promise<void> {
    this.addSql(`alter table "subscription" add column "snapshot" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "subscription" drop column "snapshot";`);
  }

}
