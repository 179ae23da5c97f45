import { defineEntity, p } from '@mikro-orm/postgresql';
import type { InvoiceLineKind } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';
import { Invoice } from './invoice';

/** One line of an invoice, in the order it is printed. Amounts in minor units; negative for a credit. */
export const InvoiceLine = defineEntity({
  name: 'InvoiceLine',
  tableName: 'invoice_line',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('invoice_line'),
  uniques: [{ properties: ['invoice', 'position'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    invoice: () => p.manyToOne(Invoice).deleteRule('cascade'),
    position: p.integer(),
    kind: p.string().$type<InvoiceLineKind>().length(16),
    description: p.string().length(300),
    quantity: p.integer(),
    unitAmount: p.integer(),
    amount: p.integer(),
  },
});

export type InvoiceLineEntity = InstanceType<typeof InvoiceLine.class>;
