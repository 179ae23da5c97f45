import { p } from '@mikro-orm/postgresql';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';

/** A company the sales team sells to ("Companies" on screen; the tenant is the Company). */
export const CrmOrganization = defineTenantEntity({
  name: 'CrmOrganization',
  tableName: 'crm_organization',
  uniques: [{ name: 'crm_organization_company_id_name_key_unique', properties: ['company', 'nameKey'] }],
  properties: {
    name: p.string().length(200),
    /** The name lower-cased: an import finds "ACME" and "Acme" as one organization. */
    nameKey: p.string().length(200),
    domain: p.string().length(200).nullable(),
    tags: p.array().default([]),
    ownerId: p.string().length(64).nullable(),
  },
});

export type CrmOrganizationEntity = InstanceType<typeof CrmOrganization.class>;
