import { Migration } from '@mikro-orm/migrations';

/**
 * The contact list's one index: the company's contacts in list order with the search text
 * beside them, so a page, a search and their counts read the index alone.
 *
 * The trigram index goes: row-level security applies a query's own conditions after the
 * policy's, and only a "leakproof" operator may be moved ahead of it into an index scan.
 * LIKE is not leakproof (and only a superuser may declare it so), so the application role
 * never used the GIN index, whatever the plan's costs; it only made every write slower.
 */
export class Migration20261223110000_crm_contact_list_index extends Migration {
  override name = 'Migration20261223110000_crm_contact_list_index';

  override up(): void {
    this.addSql(`drop index if exists "crm_contact_search_text_trgm";`);
    this.addSql(`drop index if exists "crm_contact_company_id_last_name_index";`);
    this.addSql(`create index "crm_contact_company_list_index" on "crm_contact" ("company_id", "last_name", "first_name", "id") include ("search_text");`);
  }

  override down(): void {
    this.addSql(`drop index if exists "crm_contact_company_list_index";`);
    this.addSql(`create index "crm_contact_company_id_last_name_index" on "crm_contact" ("company_id", "last_name", "first_name");`);
    this.addSql(`create index "crm_contact_search_text_trgm" on "crm_contact" using gin ("search_text" gin_trgm_ops);`);
  }
}
