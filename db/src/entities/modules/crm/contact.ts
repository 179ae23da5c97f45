import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CrmOrganization } from './organization';

/**
 * A person the sales team talks to. `searchText` (name, email and organization, lower-cased)
 * carries a trigram index, so "acme", "ada@" and "lovel" all find Ada Lovelace of Acme.
 */
export const CrmContact = defineTenantEntity({
  name: 'CrmContact',
  tableName: 'crm_contact',
  indexes: [
    { name: 'crm_contact_company_id_last_name_index', properties: ['company', 'lastName', 'firstName'] },
    { name: 'crm_contact_search_text_trgm', expression: 'create index "crm_contact_search_text_trgm" on "crm_contact" using gin ("search_text" gin_trgm_ops)' },
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
