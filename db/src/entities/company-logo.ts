import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../tenancy/policies';
import { Company } from './company';

/** A company's logo, at most 1 MB, its type sniffed from its bytes on upload. */
export const CompanyLogo = defineEntity({
  name: 'CompanyLogo',
  tableName: 'company_logo',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('company_logo'),
  properties: {
    company: () => p.oneToOne(Company).primary().deleteRule('cascade'),
    contentType: p.string().length(32),
    bytes: p.blob(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type CompanyLogoEntity = InstanceType<typeof CompanyLogo.class>;
