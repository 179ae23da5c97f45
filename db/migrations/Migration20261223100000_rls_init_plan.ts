import { Migration } from '@mikro-orm/migrations';

/** Every table with the tenant policy and the system policy (company's tenant policy compares `id`). */
const tenantTables = [
  'audit_event', 'company_logo', 'crm_activity', 'crm_contact', 'crm_deal', 'crm_organization', 'crm_task', 'hr_employee', 'hr_leave_request', 'invitation',
  'invoice', 'invoice_document', 'invoice_line', 'membership', 'module_installation', 'module_setting', 'module_trial', 'notification', 'payment',
  'payment_customer', 'payment_method', 'sandbox_charge', 'subscription', 'subscription_item',
];

const setting = (name: string) => `nullif(current_setting('${name}', true), '')`;
const company = `(select ${setting('app.company_id')}::uuid)`;
const user = `(select ${setting('app.user_id')})`;
const system = `(select ${setting('app.system_context')} is not null)`;
const oldCompany = `${setting('app.company_id')}::uuid`;
const oldUser = setting('app.user_id');
const oldSystem = `${setting('app.system_context')} is not null`;

/**
 * The same policies, with each session setting read once per query instead of once per row
 * (db/src/tenancy/session.ts says why). Who sees what does not change: a sub-select of a
 * setting that is fixed for the transaction has the value the bare call had.
 */
export class Migration20261223100000_rls_init_plan extends Migration {
  override name = 'Migration20261223100000_rls_init_plan';

  override up(): void {
    this.policies(company, user, system);
  }

  override down(): void {
    this.policies(oldCompany, oldUser, oldSystem);
  }

  private policies(companyId: string, userId: string, inSystem: string): void {
    for (const table of tenantTables) {
      this.addSql(`alter policy "${table}_tenant" on "${table}" using (company_id = ${companyId}) with check (company_id = ${companyId});`);
    }
    this.addSql(`alter policy "company_tenant" on "company" using (id = ${companyId}) with check (id = ${companyId});`);
    for (const table of [...tenantTables, 'company', 'outbox_message']) {
      this.addSql(`alter policy "${table}_system" on "${table}" using (${inSystem}) with check (${inSystem});`);
    }
    this.addSql(`alter policy "company_member" on "company" using (id in (select m.company_id from membership m where m.user_id = ${userId}));`);
    this.addSql(`alter policy "membership_self" on "membership" using (user_id = ${userId});`);
  }
}
