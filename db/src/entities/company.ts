import { defineEntity, p } from '@mikro-orm/postgresql';
import { currentCompanyId, currentUserId, inSystemContext } from '../tenancy/session';

export const Company = defineEntity({
  name: 'Company',
  tableName: 'company',
  rowLevelSecurity: 'force',
  policies: [
    { name: 'company_tenant', using: `id = ${currentCompanyId}`, check: `id = ${currentCompanyId}` },
    // A signed-in person lists the companies they belong to (the company switcher).
    {
      name: 'company_member',
      command: 'select',
      using: `id in (select m.company_id from membership m where m.user_id = ${currentUserId})`,
    },
    { name: 'company_system', using: inSystemContext, check: inSystemContext },
  ],
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(120),
    slug: p.string().length(64).unique(),
    legalName: p.string().length(200).default(''),
    address: p.json<CompanyAddress>().onCreate(() => ({})),
    billingEmail: p.string().length(254).default(''),
    taxId: p.string().length(32).default(''),
    country: p.string().length(2).default(''),
    timezone: p.string().length(64).default('UTC'),
    currency: p.string().length(3).default('EUR'),
    primaryColor: p.string().length(7).nullable(),
    accentColor: p.string().length(7).nullable(),
    logoUpdatedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type CompanyEntity = InstanceType<typeof Company.class>;

export interface CompanyAddress {
  line1?: string;
  line2?: string;
  city?: string;
  postalCode?: string;
  region?: string;
}
