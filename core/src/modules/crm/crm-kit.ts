import type { ModuleKit } from '../kit/module-kit';

/** CRM in the module kit: what its purge deletes and how its limits are counted. */
export const crmKit: ModuleKit = {
  module: 'crm',
  tables: ['crm_activity', 'crm_task', 'crm_deal', 'crm_contact', 'crm_organization'],
  usage: {
    contacts: { table: 'crm_contact' },
    openDeals: { table: 'crm_deal', where: `status = 'open'` },
    // One pipeline per company until CRM lets a company add more.
    pipelines: { constant: 1 },
    customFields: { table: 'module_setting', where: `module = 'crm' and kind = 'custom_field'` },
  },
};
