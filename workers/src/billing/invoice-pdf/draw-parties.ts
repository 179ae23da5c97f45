import type { InvoiceDocument } from './invoice-document';
import { countryName } from './invoice-wording';
import { colors, contentLeft, contentWidth, sizes, textStyle, type Pdf } from './pdf-page';

/**
 * Who bills whom, side by side. Both tax ids are printed: a reverse-charge invoice is
 * only valid with the seller's and the customer's VAT numbers on it.
 */
export function drawParties(pdf: Pdf, document: InvoiceDocument): void {
  const left = contentLeft(pdf);
  const columnWidth = contentWidth(pdf) / 2 - 10;
  const top = pdf.y + 20;
  const { seller, customer } = document;

  const sellerBottom = drawParty(pdf, left, top, columnWidth, 'From', seller.name, [
    ...seller.addressLines,
    taxIdLine(seller.taxId),
    seller.email,
  ]);
  const customerBottom = drawParty(pdf, left + contentWidth(pdf) / 2, top, columnWidth, 'Bill to', customer.name, [
    ...customer.addressLines,
    countryName(customer.country),
    taxIdLine(customer.taxId),
    customer.email,
  ]);

  pdf.x = left;
  pdf.y = Math.max(sellerBottom, customerBottom) + 20;
}

function taxIdLine(taxId: string): string {
  return taxId.trim() ? `Tax ID: ${taxId.trim()}` : '';
}

/** Returns where the block ends. Empty lines (no tax id, no email) are left out, not left blank. */
function drawParty(pdf: Pdf, x: number, top: number, width: number, heading: string, name: string, lines: string[]): number {
  textStyle(pdf, 'bold', sizes.small, colors.muted).text(heading.toUpperCase(), x, top, { width, characterSpacing: 0.5 });
  textStyle(pdf, 'bold', sizes.body).text(name, x, pdf.y + 3, { width });
  textStyle(pdf, 'regular', sizes.body);
  for (const line of lines.filter((text) => text.trim() !== '')) pdf.text(line, x, pdf.y, { width });
  return pdf.y;
}
