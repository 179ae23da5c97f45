import { addDays, formatTaxRate } from '@atrium/core';
import type { InvoiceDocument } from './invoice-document';

/**
 * The words on the PDF, apart from where they go. English only for now, like the rest of
 * billing; dates stay ISO ('2026-12-24') so that no reader misreads day and month.
 */

export function documentTitle(document: InvoiceDocument): string {
  return document.kind === 'receipt' ? 'Receipt' : 'Invoice';
}

export type StatusTone = 'settled' | 'cancelled';

/**
 * The stamp beside the title. A void or uncollectible invoice must not look payable, so
 * its status wins over everything else; an open invoice carries no stamp.
 */
export function statusStamp(document: InvoiceDocument): { label: string; tone: StatusTone } | null {
  if (document.status === 'void') return { label: 'VOID', tone: 'cancelled' };
  if (document.status === 'uncollectible') return { label: 'UNCOLLECTIBLE', tone: 'cancelled' };
  if (document.status === 'paid' || document.kind === 'receipt') return { label: 'PAID', tone: 'settled' };
  return null;
}

/** The label/value pairs under the title: number, dates and the period billed. */
export function documentFacts(document: InvoiceDocument): [label: string, value: string][] {
  const facts: [string, string][] = [['Invoice number', document.number], ['Date of issue', document.issuedOn]];
  // A receipt is proof of payment: a due date on it would only raise the question "do I still owe this?".
  if (document.kind === 'invoice') facts.push(['Date due', document.dueOn]);
  const paidOn = document.paidOn ?? document.payment?.paidOn ?? null;
  if (paidOn) facts.push(['Paid on', paidOn]);
  if (document.period) facts.push(['Billing period', periodText(document.period)]);
  return facts;
}

/** Periods are stored up to the renewal day, exclusive; people read "1 to 31 December". */
export function periodText(period: { start: string; end: string }): string {
  return `${period.start} to ${addDays(period.end, -1)}`;
}

const cardBrandNames: Readonly<Record<string, string>> = {
  amex: 'American Express',
  diners: 'Diners Club',
  discover: 'Discover',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
};

/** Gateways name brands in code ('visa', 'amex'); the receipt names them as the card does. */
export function cardBrandName(brand: string): string {
  const known = cardBrandNames[brand.trim().toLowerCase()];
  if (known) return known;
  return brand.charAt(0).toUpperCase() + brand.slice(1);
}

/** "Paid with Visa •••• 4242 on 2026-12-24". */
export function paymentText(payment: NonNullable<InvoiceDocument['payment']>): string {
  return `Paid with ${cardBrandName(payment.brand)} •••• ${payment.last4} on ${payment.paidOn}`;
}

export function taxLabel(tax: InvoiceDocument['tax']): string {
  return `Tax ${formatTaxRate(tax.rate)}`;
}

/** 'DE' → 'Germany', so the address reads as one; an unknown code is printed as given. */
export function countryName(country: string): string {
  const code = country.trim().toUpperCase();
  try {
    return new Intl.DisplayNames('en', { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return country;
  }
}

/** Quantities are whole seats or months; grouped like amounts ("1,200"). */
export function quantityText(quantity: number): string {
  return new Intl.NumberFormat('en', { maximumFractionDigits: 4 }).format(quantity);
}
