import { defineEntity, p } from '@mikro-orm/postgresql';
import { tenantPolicies } from '../../tenancy/policies';
import { Company } from '../company';
import { Invoice } from './invoice';

/**
 * The PDF of an invoice or its receipt, rendered once by the worker and kept: what a
 * company downloads later is exactly what it was sent.
 */
export const InvoiceDocument = defineEntity({
  name: 'InvoiceDocument',
  tableName: 'invoice_document',
  rowLevelSecurity: 'force',
  policies: tenantPolicies('invoice_document'),
  properties: {
    invoice: () => p.manyToOne(Invoice).primary().deleteRule('cascade'),
    kind: p.string().$type<'invoice' | 'receipt'>().length(8).primary(),
    company: () => p.manyToOne(Company).deleteRule('cascade'),
    bytes: p.blob(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type InvoiceDocumentEntity = InstanceType<typeof InvoiceDocument.class>;
