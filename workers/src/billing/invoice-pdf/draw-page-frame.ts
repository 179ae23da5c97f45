import type { InvoiceDocument } from './invoice-document';
import { documentTitle } from './invoice-wording';
import { colors, contentLeft, contentWidth, sizes, textStyle, type Pdf } from './pdf-page';

/** Top of every page after the first: a loose page still says which invoice it belongs to. */
export function drawContinuationHeading(pdf: Pdf, document: InvoiceDocument): void {
  const left = contentLeft(pdf);
  textStyle(pdf, 'regular', sizes.small, colors.muted).text(
    `${documentTitle(document)} ${document.number} (continued)`,
    left,
    pdf.page.margins.top,
    { width: contentWidth(pdf) },
  );
  pdf.x = left;
  pdf.y += 12;
}

/**
 * "ATR-2026-000042 · Page 1 of 2" at the foot of every page, once all pages exist (the
 * document buffers its pages for this). The foot lies inside the bottom margin, where
 * pdfkit would otherwise start a new page for any text, hence the margin lifted meanwhile.
 */
export function drawPageFooters(pdf: Pdf, document: InvoiceDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    pdf.switchToPage(index);
    const bottomMargin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    textStyle(pdf, 'regular', sizes.small, colors.muted).text(
      `${document.number} · Page ${index - start + 1} of ${count}`,
      contentLeft(pdf),
      pdf.page.height - bottomMargin / 2 - sizes.small / 2,
      { width: contentWidth(pdf), align: 'center', lineBreak: false },
    );
    pdf.page.margins.bottom = bottomMargin;
  }
}
