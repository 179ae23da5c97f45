import { p } from '@mikro-orm/postgresql';
import type { DealStatus } from '@atrium/core';
import { defineTenantEntity } from '../../../tenancy/define-tenant-entity';
import { CrmContact } from './contact';
import { CrmOrganization } from './organization';

/** A deal on the pipeline: its stage is a `pipeline_stage` module setting; money in minor units. */
export const CrmDeal = defineTenantEntity({
  name: 'CrmDeal',
  tableName: 'crm_deal',
  indexes: [{ name: 'crm_deal_company_id_stage_id_index', properties: ['company', 'stageId', 'position'] }],
  properties: {
    title: p.string().length(200),
    valueMinor: p.integer(),
    currency: p.string().length(3),
    stageId: p.uuid(),
    /** open, won or lost, from the stage's probability (100 won, 0 lost). */
    status: p.string().$type<DealStatus>().length(8),
    /** Order within the stage on the board. */
    position: p.integer(),
    contact: () => p.manyToOne(CrmContact).nullable().deleteRule('set null'),
    organization: () => p.manyToOne(CrmOrganization).nullable().deleteRule('set null'),
    expectedCloseOn: p.string().length(10).nullable(),
    ownerId: p.string().length(64).nullable(),
    /** Set in Finance when a won deal is invoiced: its value is income of that month in the profit and loss. */
    invoicedOn: p.string().columnType('date').nullable(),
  },
});

export type CrmDealEntity = InstanceType<typeof CrmDeal.class>;
