import type { InvoiceDocument } from './invoice-document';
import { printableLogo } from './invoice-logo';
import { documentFacts, documentTitle, statusStamp } from './invoice-wording';
import { colors, contentLeft, contentWidth, sizes, textStyle, type Pdf } from './pdf-page';

const logoBox: [width: number, height: number] = [120, 48];

/** First page, top: logo left; title, status stamp right; then number, dates and period. */
export function drawHeading(pdf: Pdf, document: InvoiceDocument): void {
  const top = pdf.page.margins.top;
  const left = contentLeft(pdf);
  const width = contentWidth(pdf);

  drawLogo(pdf, document, left, top);
  textStyle(pdf, 'bold', sizes.title).text(documentTitle(document), left + width / 2, top, { width: width / 2, align: 'right' });
  drawStatusStamp(pdf, document, left + width, pdf.y + 4);

  pdf.y = Math.max(pdf.y, top + logoBox[1]) + 20;
  drawFacts(pdf, documentFacts(document), left);
  pdf.x = left;
}

function drawLogo(pdf: Pdf, document: InvoiceDocument, left: number, top: number): void {
  const logo = printableLogo(document.logo);
  if (!logo) return;
  try {
    pdf.image(logo, left, top, { fit: logoBox });
  } catch {
    // A damaged image file: the invoice goes out without the logo rather than not at all.
  }
}

/** Bold and coloured, so a void or uncollectible invoice cannot be mistaken for one to pay. */
function drawStatusStamp(pdf: Pdf, document: InvoiceDocument, right: number, top: number): void {
  const stamp = statusStamp(document);
  if (!stamp) return;
  const color = stamp.tone === 'settled' ? colors.settled : colors.cancelled;
  const padding = { x: 8, y: 4 };
  textStyle(pdf, 'bold', sizes.stamp, color);
  const width = pdf.widthOfString(stamp.label) + 2 * padding.x;
  const height = pdf.currentLineHeight() + 2 * padding.y;
  pdf.save().roundedRect(right - width, top, width, height, 3).lineWidth(1.5).strokeColor(color).stroke().restore();
  pdf.text(stamp.label, right - width + padding.x, top + padding.y + 1, { lineBreak: false });
  pdf.y = top + height;
}

function drawFacts(pdf: Pdf, facts: [string, string][], left: number): void {
  const labelWidth = 90;
  for (const [label, value] of facts) {
    const top = pdf.y;
    textStyle(pdf, 'regular', sizes.body, colors.muted).text(label, left, top, { width: labelWidth });
    textStyle(pdf, 'bold', sizes.body).text(value, left + labelWidth, top, { width: 200 });
  }
}
