import { defineEntity, p } from '@mikro-orm/postgresql';
import type { CalendarDay } from '@atrium/core';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';

export const invoiceStatuses = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** Who the invoice was made out to, frozen when it was issued. */
export interface InvoiceCustomer {
  name: string;
  addressLines: string[];
  country: string;
  taxId: string;
  email: string;
}

/**
 * An invoice. `businessKey` is what makes issuing it idempotent: `renewal:{periodStart}`
 * for a renewal, `change:{changeId}` for a prorated upgrade. The same key twice is the
 * same invoice. Numbers are given when it is finalised (draft → open), from a gapless
 * counter (see the migration's `next_invoice_number`).
 */
export const Invoice = defineEntity({
  name: 'Invoice',
  tableName: 'invoice',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('invoice'),
  uniques: [{ properties: ['company', 'businessKey'] }],
  indexes: [{ properties: ['company', 'createdAt'] }],
  properties: {
    id: p.uuid().primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    businessKey: p.string().length(64),
    kind: p.string().$type<'renewal' | 'change'>().length(16),
    number: p.string().length(20).nullable().unique(),
    status: p.string().$type<InvoiceStatus>().length(16),
    currency: p.string().length(3),
    subtotal: p.integer(),
    taxRate: p.integer(),
    taxAmount: p.integer(),
    reverseCharge: p.boolean(),
    taxNote: p.string().length(200),
    total: p.integer(),
    periodStart: p.string().$type<CalendarDay>().length(10).nullable(),
    periodEnd: p.string().$type<CalendarDay>().length(10).nullable(),
    customer: p.json<InvoiceCustomer>(),
    issuedAt: p.datetime().nullable(),
    dueAt: p.datetime().nullable(),
    paidAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type InvoiceEntity = InstanceType<typeof Invoice.class>;
