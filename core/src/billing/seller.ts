/** Who Atrium's invoices come from (printed on every invoice and receipt). */
export const seller = {
  name: 'Atrium Software GmbH',
  addressLines: ['Torstraße 1', '10119 Berlin', 'Germany'],
  taxId: 'DE312345678',
  email: 'billing@atrium.example',
} as const;

/** `ATR-2026-000042`: the year the invoice was issued, then its number in that year. */
export function formatInvoiceNumber(year: number, sequence: number): string {
  return `ATR-${year}-${String(sequence).padStart(6, '0')}`;
}
