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
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export type CompanyEntity = InstanceType<typeof Company.class>;
