import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CrmOrganization } from './organization';

/**
 * A person the sales team talks to. `searchText` (name, email and organization, lower-cased)
 * is searched with LIKE, so "acme", "ada@" and "lovel" all find Ada Lovelace of Acme. It is
 * carried in the list index beside the sort columns: under row-level security LIKE cannot
 * use an index of its own (it is not leakproof; see Migration20261223110000), so a search
 * reads the company's part of this index and never the table's other companies.
 */
export const CrmContact = defineTenantEntity({
  name: 'CrmContact',
  tableName: 'crm_contact',
  indexes: [
    {
      name: 'crm_contact_company_list_index',
      expression: 'create index "crm_contact_company_list_index" on "crm_contact" ("company_id", "last_name", "first_name", "id") include ("search_text")',
    },
  ],
  properties: {
    firstName: p.string().length(80),
    lastName: p.string().length(80),
    email: p.string().length(200).nullable(),
    phone: p.string().length(40).nullable(),
    jobTitle: p.string().length(120).nullable(),
    organization: () => p.manyToOne(CrmOrganization).nullable().deleteRule('set null'),
    /** Copied from the organization, for lists and search without a join. */
    organizationName: p.string().length(200).nullable(),
    tags: p.array().default([]),
    ownerId: p.string().length(64).nullable(),
    customFields: p.json<Record<string, string | number | null>>(),
    searchText: p.text(),
  },
});

export type CrmContactEntity = InstanceType<typeof CrmContact.class>;
