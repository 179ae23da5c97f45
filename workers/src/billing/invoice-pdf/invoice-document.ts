import type { CalendarDay, Currency, Money } from '@atrium/core';

/**
 * Everything printed on an invoice or its receipt, frozen when the document is rendered:
 * the renderer reads nothing else, so the same document always prints the same PDF.
 */
export interface InvoiceDocument {
  kind: 'invoice' | 'receipt';
  /** e.g. 'ATR-2026-000042' */
  number: string;
  status: 'open' | 'paid' | 'void' | 'uncollectible';
  issuedOn: CalendarDay;
  dueOn: CalendarDay;
  paidOn: CalendarDay | null;
  /** `end` is exclusive (the renewal day); the PDF prints the day before it as "to". */
  period: { start: CalendarDay; end: CalendarDay } | null;
  seller: { name: string; addressLines: string[]; taxId: string; email: string };
  customer: { name: string; addressLines: string[]; country: string; taxId: string; email: string };
  /** PNG and JPEG are printed; anything else (WebP) is left out, the company name is printed anyway. */
  logo: { contentType: string; bytes: Uint8Array } | null;
  currency: Currency;
  lines: { description: string; quantity: number; unitAmount: Money; amount: Money }[];
  subtotal: Money;
  /** `rate` in basis points (1900 = 19%); `note` is the sentence printed with the tax line. */
  tax: { rate: number; reverseCharge: boolean; note: string; amount: Money };
  total: Money;
  /** The card that paid, for receipts. */
  payment: { brand: string; last4: string; paidOn: CalendarDay } | null;
}
