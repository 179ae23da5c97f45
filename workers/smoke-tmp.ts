import { writeFileSync } from 'node:fs';
import { extractText } from 'unpdf';
import { renderInvoicePdf } from './src/billing/invoice-pdf/render-invoice-pdf';
import { pngImage } from '../scripts/test/png-image';
const eur = (amount: number) => ({ amount, currency: 'EUR' as const });
const doc = {
  number: 'ATR-2026-000042', status: (process.argv[3] ?? 'open') as 'open', kind: (process.argv[4] ?? 'invoice') as 'invoice', issuedOn: '2026-12-01', dueOn: '2026-12-15', paidOn: null,
  period: { start: '2026-12-01', end: '2027-01-01' },
  seller: { name: 'Atrium GmbH', addressLines: ['Torstraße 1', '10119 Berlin', 'Germany'], taxId: 'DE123456789', email: 'billing@atrium.example' },
  customer: { name: 'Nordwind Logistik GmbH', addressLines: ['Hafenstraße 12', '20457 Hamburg'], country: 'DE', taxId: 'DE987654321', email: 'ap@nordwind.example' },
  logo: { contentType: 'image/png', bytes: pngImage(240, 80) }, currency: 'EUR' as const,
  lines: Array.from({ length: Number(process.argv[2] ?? 3) }, (_, i) => ({ description: i === 1 ? 'A very long description of the Growth plan that includes twelve seats and the CRM and HR modules, prorated from 17 December to 31 December 2026 with a pleasant amount of extra words' : `Seat ${i}`, quantity: 12, unitAmount: eur(2900), amount: eur(34800) })),
  subtotal: eur(34800), tax: { rate: 1900, reverseCharge: false, note: 'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).', amount: eur(6612) }, total: eur(41412),
  payment: { brand: 'visa', last4: '4242', paidOn: '2026-12-24' },
};
const pdf = await renderInvoicePdf(doc);
writeFileSync('/tmp/invoice.pdf', pdf);
const { text, totalPages } = await extractText(new Uint8Array(pdf));
console.log(totalPages, JSON.stringify(text).slice(0, 3000));
