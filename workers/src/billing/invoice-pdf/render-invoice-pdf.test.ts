import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractText, extractTextItems, getMeta } from 'unpdf';
import { taxTreatment, type Money } from '@atrium/core';
import { pngImage } from '../../../../scripts/test/png-image';
import type { InvoiceDocument } from './invoice-document';
import { renderInvoicePdf } from './render-invoice-pdf';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

/** Nordwind, a German customer on Growth with the CRM module, invoiced for December 2026. */
function decemberInvoice(changes: Partial<InvoiceDocument> = {}): InvoiceDocument {
  return {
    kind: 'invoice',
    number: 'ATR-2026-000042',
    status: 'open',
    issuedOn: '2026-12-01',
    dueOn: '2026-12-15',
    paidOn: null,
    period: { start: '2026-12-01', end: '2027-01-01' },
    seller: { name: 'Atrium GmbH', addressLines: ['Torstraße 1', '10119 Berlin'], taxId: 'DE123456789', email: 'billing@atrium.example' },
    customer: { name: 'Nordwind Logistik GmbH', addressLines: ['Hafenstraße 12', '20457 Hamburg'], country: 'DE', taxId: 'DE987654321', email: 'ap@nordwind.example' },
    logo: { contentType: 'image/png', bytes: pngImage(240, 80) },
    currency: 'EUR',
    lines: [
      { description: 'Growth plan, 12 seats', quantity: 12, unitAmount: eur(2900), amount: eur(34800) },
      { description: 'CRM module', quantity: 1, unitAmount: eur(4900), amount: eur(4900) },
    ],
    subtotal: eur(39700),
    tax: { rate: 1900, reverseCharge: false, note: 'VAT 19% (DE)', amount: eur(7543) },
    total: eur(47243),
    payment: null,
    ...changes,
  };
}

/** The PDF's text, page by page, with runs of white space made single spaces. */
async function pagesOf(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(pdf));
  return text.map((page) => page.replace(/\s+/g, ' '));
}

async function textOf(pdf: Buffer): Promise<string> {
  return (await pagesOf(pdf)).join(' ');
}

/** Images drawn on the pages: each embedded image is one XObject of subtype Image. */
function embeddedImageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0;
}

describe('renderInvoicePdf', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prints an invoice with its logo, number, customer, every line and the totals in euros', async () => {
    const pdf = await renderInvoicePdf(decemberInvoice());

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(embeddedImageCount(pdf)).toBe(1);
    const text = await textOf(pdf);
    expect(text).toContain('Invoice');
    expect(text).toContain('ATR-2026-000042');
    expect(text).toContain('Nordwind Logistik GmbH');
    expect(text).toContain('Hafenstraße 12');
    expect(text).toContain('Tax ID: DE987654321');
    expect(text).toContain('Growth plan, 12 seats');
    expect(text).toContain('€348.00');
    expect(text).toContain('CRM module');
    expect(text).toContain('€49.00');
    expect(text).toMatch(/Subtotal ?€397\.00/);
    expect(text).toMatch(/Tax 19% ?€75\.43/);
    expect(text).toContain('VAT 19% (DE)');
    expect(text).toMatch(/Total ?€472\.43/);
    expect(text).toMatch(/Date due ?2026-12-15/);
    expect(text).not.toContain('PAID');
  });

  it('prints the last day of the billing period, not the renewal day it is stored up to', async () => {
    const text = await textOf(await renderInvoicePdf(decemberInvoice()));

    expect(text).toContain('2026-12-01 to 2026-12-31');
    expect(text).not.toContain('2027-01-01');
  });

  it('prints the reverse-charge sentence and 0% tax for a French business', async () => {
    const treatment = taxTreatment({ country: 'FR', taxId: 'FR40303265045' });
    const pdf = await renderInvoicePdf(
      decemberInvoice({
        customer: { name: 'Atelier Lumière SARL', addressLines: ['12 rue de la Paix', '75002 Paris'], country: 'FR', taxId: 'FR40303265045', email: 'compta@lumiere.example' },
        tax: { rate: treatment.rate, reverseCharge: treatment.reverseCharge, note: treatment.note, amount: eur(0) },
        total: eur(39700),
      }),
    );

    const text = await textOf(pdf);
    expect(treatment.reverseCharge).toBe(true);
    expect(text).toContain('Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).');
    expect(text).toMatch(/Tax 0% ?€0\.00/);
    expect(text).toMatch(/Total ?€397\.00/);
    expect(text).toContain('France');
    expect(text).toContain('Tax ID: FR40303265045');
  });

  it('prints a receipt with the card that paid, the day it paid and a PAID mark, and no due date', async () => {
    const pdf = await renderInvoicePdf(
      decemberInvoice({ kind: 'receipt', status: 'paid', paidOn: '2026-12-24', payment: { brand: 'visa', last4: '4242', paidOn: '2026-12-24' } }),
    );

    const text = await textOf(pdf);
    expect(text).toContain('Receipt');
    expect(text).toContain('PAID');
    expect(text).toContain('Paid with Visa •••• 4242 on 2026-12-24');
    expect(text).toMatch(/Paid on ?2026-12-24/);
    expect(text).not.toContain('Date due');
  });

  it.each([
    ['void', 'VOID'],
    ['uncollectible', 'UNCOLLECTIBLE'],
  ] as const)('marks a %s invoice as %s and not as paid', async (status, mark) => {
    const text = await textOf(await renderInvoicePdf(decemberInvoice({ status })));

    expect(text).toContain(mark);
    expect(text).not.toContain('PAID');
  });

  it('flows a 60-line invoice onto further pages, repeating the column headings and keeping every line once', async () => {
    const lines = Array.from({ length: 60 }, (_, index) => {
      const seat = String(index + 1).padStart(2, '0');
      return { description: `Seat S${seat} for member M${seat}`, quantity: 1, unitAmount: eur(2900), amount: eur(2900) };
    });
    const pdf = await renderInvoicePdf(decemberInvoice({ lines, subtotal: eur(174000), tax: { rate: 1900, reverseCharge: false, note: 'VAT 19% (DE)', amount: eur(33060) }, total: eur(207060) }));

    const pages = await pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join(' ');
    for (const line of lines) {
      expect(text.split(line.description)).toHaveLength(2);
    }
    for (const page of pages) {
      expect(page).toMatch(/Description ?Qty ?Unit price ?Amount/);
    }
    expect(pages[1]).toContain('Invoice ATR-2026-000042 (continued)');
    expect(pages.at(-1)).toMatch(/Total ?€2,070\.60/);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('wraps a long description inside its column instead of running into the amounts', async () => {
    const description =
      'Growth plan upgrade with the HR and CRM modules, prorated for the 17 days from 15 December to 31 December 2026, for twelve seats';
    const pdf = await renderInvoicePdf(decemberInvoice({ lines: [{ description, quantity: 1, unitAmount: eur(12345), amount: eur(12345) }] }));

    const { items } = await extractTextItems(new Uint8Array(pdf));
    const words = new Set(description.split(' '));
    const descriptionRows = (items[0] ?? []).filter((item) => item.str.split(' ').every((word) => words.has(word)) && item.str.includes(' '));
    const amount = (items[0] ?? []).find((item) => item.str === '€123.45');
    expect(new Set(descriptionRows.map((item) => Math.round(item.y))).size).toBeGreaterThan(1);
    for (const row of descriptionRows) expect(row.x + row.width).toBeLessThan(amount?.x ?? 0);
    expect(descriptionRows.map((item) => item.str).join(' ').replace(/\s+/g, ' ')).toBe(description);
  });

  it('prints names in their own alphabet: Polish, Czech and Greek customers', async () => {
    const text = await textOf(
      await renderInvoicePdf(decemberInvoice({ customer: { name: 'Łódzka Spółdzielnia', addressLines: ['Náměstí Míru 1, Plzeň', 'Οδός Ερμού 5, Αθήνα'], country: 'PL', taxId: '', email: '' } })),
    );

    expect(text).toContain('Łódzka Spółdzielnia');
    expect(text).toContain('Náměstí Míru 1, Plzeň');
    expect(text).toContain('Οδός Ερμού 5, Αθήνα');
  });

  it('leaves out a WebP logo and still prints the invoice with the seller’s name', async () => {
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(18)]);
    const pdf = await renderInvoicePdf(decemberInvoice({ logo: { contentType: 'image/webp', bytes: webp } }));

    expect(embeddedImageCount(pdf)).toBe(0);
    const text = await textOf(pdf);
    expect(text).toContain('Atrium GmbH');
    expect(text).toMatch(/Total ?€472\.43/);
  });

  it('renders the same document to the same bytes, whenever it is rendered, dated the day it was issued', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
    const first = await renderInvoicePdf(decemberInvoice());
    vi.setSystemTime(new Date('2027-03-15T17:45:12Z'));
    const second = await renderInvoicePdf(decemberInvoice());

    expect(second.equals(first)).toBe(true);
    const { info } = await getMeta(new Uint8Array(first));
    expect(info.CreationDate).toMatch(/^D:20261201000000/);
    expect(info.Title).toBe('Invoice ATR-2026-000042');
  });
});
