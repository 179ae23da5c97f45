import { formatMoney, type Money } from '@atrium/core';
import type { InvoiceDocument } from './invoice-document';
import { paymentText, taxLabel } from './invoice-wording';
import { colors, contentLeft, contentWidth, ensureSpace, sizes, textStyle, type Pdf } from './pdf-page';

const rowHeight = 16;

/**
 * Subtotal, tax and total under the lines, with the tax note (the reverse-charge
 * sentence, or "VAT 19% (DE)") beside the tax line, and for a paid document the card
 * that paid. Kept together: totals never start at the foot of one page and end on the next.
 */
export function drawTotals(pdf: Pdf, document: InvoiceDocument, onNewPage: () => void): void {
  const left = contentLeft(pdf);
  const half = contentWidth(pdf) / 2;
  const noteWidth = half - 20;
  textStyle(pdf, 'regular', sizes.small);
  const noteHeight = document.tax.note ? pdf.heightOfString(document.tax.note, { width: noteWidth }) : 0;
  const paymentHeight = document.payment ? 2 * rowHeight : 0;
  ensureSpace(pdf, 12 + Math.max(3 * rowHeight + 6, rowHeight + noteHeight) + paymentHeight, onNewPage);

  const top = pdf.y + 12;
  const column = { x: left + half, width: half };
  amountRow(pdf, column, top, 'Subtotal', document.subtotal, 'regular');
  amountRow(pdf, column, top + rowHeight, taxLabel(document.tax), document.tax.amount, 'regular');
  if (document.tax.note) {
    textStyle(pdf, 'regular', sizes.small, colors.muted).text(document.tax.note, left, top + rowHeight, { width: noteWidth });
  }
  const noteBottom = pdf.y;
  const totalTop = top + 2 * rowHeight + 6;
  pdf.save().moveTo(column.x, totalTop - 4).lineTo(column.x + column.width, totalTop - 4).lineWidth(0.75).strokeColor(colors.text).stroke().restore();
  amountRow(pdf, column, totalTop, 'Total', document.total, 'bold');

  pdf.y = Math.max(totalTop + rowHeight, noteBottom);
  if (document.payment) {
    textStyle(pdf, 'bold', sizes.body, colors.settled).text(paymentText(document.payment), left, pdf.y + rowHeight, { width: contentWidth(pdf) });
  }
  pdf.x = left;
}

function amountRow(pdf: Pdf, column: { x: number; width: number }, top: number, label: string, amount: Money, weight: 'regular' | 'bold'): void {
  const size = weight === 'bold' ? sizes.body + 1.5 : sizes.body;
  textStyle(pdf, weight, size).text(label, column.x, top, { width: column.width / 2 });
  pdf.text(formatMoney(amount), column.x + column.width / 2, top, { width: column.width / 2, align: 'right' });
}
