import { multiplyMoney, addMoney, sumMoney, type Currency, type Money } from './money';
import { taxOn, taxTreatment, type TaxCustomer, type TaxTreatment } from './tax';

export const invoiceLineKinds = ['plan', 'seats', 'module', 'proration'] as const;
export type InvoiceLineKind = (typeof invoiceLineKinds)[number];

export interface InvoiceLine {
  kind: InvoiceLineKind;
  description: string;
  quantity: number;
  unitAmount: Money;
  /** unitAmount × quantity; negative for a credit. */
  amount: Money;
}

export interface InvoiceTax extends TaxTreatment {
  amount: Money;
}

/** An invoice's content and totals; numbering, status and dates belong to the stored invoice. */
export interface Invoice {
  currency: Currency;
  lines: InvoiceLine[];
  subtotal: Money;
  tax: InvoiceTax;
  total: Money;
}

export function invoiceLine(kind: InvoiceLineKind, description: string, quantity: number, unitAmount: Money): InvoiceLine {
  return { kind, description, quantity, unitAmount, amount: multiplyMoney(unitAmount, quantity) };
}

/**
 * Totals an invoice. Tax is computed once on the subtotal and rounded half up, never per
 * line, so that it matches what a tax office recomputes from the invoice.
 */
export function buildInvoice(currency: Currency, lines: InvoiceLine[], customer: TaxCustomer): Invoice {
  const subtotal = sumMoney(currency, lines.map((line) => line.amount));
  const treatment = taxTreatment(customer);
  const tax = taxOn(subtotal, treatment);
  return { currency, lines, subtotal, tax: { ...treatment, amount: tax }, total: addMoney(subtotal, tax) };
}
