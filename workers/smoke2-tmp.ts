import { writeFileSync } from 'node:fs';
import { extractText } from 'unpdf';
import { renderInvoicePdf } from './src/billing/invoice-pdf/render-invoice-pdf';
import { pngImage } from '../scripts/test/png-image';
const eur = (amount: number) => ({ amount, currency: 'EUR' as const });
const base = {
  kind: 'invoice' as const, number: 'ATR-2026-000042', status: 'open' as const, issuedOn: '2026-12-01', dueOn: '2026-12-15', paidOn: null, period: null,
  seller: { name: 'Atrium GmbH', addressLines: [], taxId: '', email: '' },
  customer: { name: 'Łódź Spółka — Ελληνικά 日本', addressLines: [], country: 'PL', taxId: '', email: '' },
  logo: null, currency: 'EUR' as const, lines: [], subtotal: eur(0), tax: { rate: 0, reverseCharge: false, note: '', amount: eur(0) }, total: eur(0), payment: null,
};
const png = pngImage(10, 10);
for (const [name, bytes] of [['truncated', png.subarray(0, 20)], ['sig-only', png.subarray(0, 8)], ['garbage-after-sig', Buffer.concat([png.subarray(0, 8), Buffer.alloc(50, 7)])], ['corrupt-idat', Buffer.concat([png.subarray(0, 33), Buffer.from([0,0,0,5]), Buffer.from('IDAT'), Buffer.alloc(9, 1), png.subarray(-12)])]] as const) {
  try {
    const pdf = await Promise.race([renderInvoicePdf({ ...base, logo: { contentType: 'image/png', bytes } }), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 3000))]) as Buffer;
    console.log(name, 'ok', pdf.length);
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    if (name === 'truncated') console.log(text);
  } catch (e) { console.log(name, 'FAILED', (e as Error).message); }
}
