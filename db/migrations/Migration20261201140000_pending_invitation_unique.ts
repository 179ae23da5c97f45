import { Migration } from '@mikro-orm/migrations';

/**
 * One pending invitation per person and company, held by PostgreSQL itself: two admins
 * inviting the same address at the same moment get one invitation and one 409, never two
 * seats. "Pending" is neither accepted nor revoked; an expired one still counts until the
 * next invitation to that address revokes it (see invite-member.ts).
 */
export class Migration20261201140000_pending_invitation_unique extends Migration {

  override name = 'Migration20261201140000_pending_invitation_unique';

  override up(): void | Promise<void> {
    // Row-level security is forced on the owner too: the clean-up runs in a named system context.
    this.addSql(`select set_config('app.system_context', 'migration: one pending invitation per address', false);`);
    // Duplicates from before the index: the newest stays pending, the older ones are revoked.
    this.addSql(`update "invitation" set "revoked_at" = now() where "id" in (
      select "id" from (
        select "id", row_number() over (partition by "company_id", "email" order by "created_at" desc, "id" desc) as "rank"
        from "invitation" where "accepted_at" is null and "revoked_at" is null
      ) as "pending" where "rank" > 1);`);
    this.addSql(`select set_config('app.system_context', '', false);`);
    this.addSql(`create unique index "invitation_pending_company_id_email_unique" on "invitation" ("company_id", "email") where "accepted_at" is null and "revoked_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "invitation_pending_company_id_email_unique";`);
  }

}
