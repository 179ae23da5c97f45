import PDFDocument from 'pdfkit';
import { formatMoney, startOfDay } from '@atrium/core';
import { drawHeading } from './draw-heading';
import { drawContinuationHeading, drawPageFooters } from './draw-page-frame';
import { drawParties } from './draw-parties';
import { drawTotals } from './draw-totals';
import type { InvoiceDocument } from './invoice-document';
import { registerInvoiceFonts } from './invoice-fonts';
import { documentTitle, quantityText } from './invoice-wording';
import { drawTable } from './pdf-table';
import { pageMargin, type Pdf } from './pdf-page';

/**
 * The PDF of an invoice or receipt. The same document always yields the same bytes: the
 * PDF's dates (and the file id pdfkit derives from them) come from the day it was issued,
 * never from the clock, so a stored PDF can be rendered again and compared.
 */
export async function renderInvoicePdf(document: InvoiceDocument): Promise<Buffer> {
  const title = `${documentTitle(document)} ${document.number}`;
  const issuedAt = startOfDay(document.issuedOn);
  const pdf: Pdf = new PDFDocument({
    size: 'A4',
    margin: pageMargin,
    bufferPages: true,
    info: { Title: title, Author: document.seller.name, Subject: title, CreationDate: issuedAt, ModDate: issuedAt },
  });
  const bytes = collectBytes(pdf);
  const continueOnNewPage = () => drawContinuationHeading(pdf, document);
  registerInvoiceFonts(pdf);

  drawHeading(pdf, document);
  drawParties(pdf, document);
  drawTable(pdf, {
    columns: [
      { header: 'Description', width: 'rest', align: 'left' },
      { header: 'Qty', width: 45, align: 'right' },
      { header: 'Unit price', width: 85, align: 'right' },
      { header: 'Amount', width: 85, align: 'right' },
    ],
    rows: document.lines.map((line) => [line.description, quantityText(line.quantity), formatMoney(line.unitAmount), formatMoney(line.amount)]),
    onNewPage: continueOnNewPage,
  });
  drawTotals(pdf, document, continueOnNewPage);
  drawPageFooters(pdf, document);

  pdf.end();
  return bytes;
}

function collectBytes(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
