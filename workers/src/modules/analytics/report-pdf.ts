import PDFDocument from 'pdfkit';
import type { AnalyticsReportSummary } from '@atrium/workflows';
import { registerInvoiceFonts } from '../../billing/invoice-pdf/invoice-fonts';
import { colors, contentLeft, pageMargin, sizes, textStyle, type Pdf } from '../../billing/invoice-pdf/pdf-page';
import { drawTable } from '../../billing/invoice-pdf/pdf-table';

/**
 * The report as a PDF, with the invoice's fonts and table (names in any Latin, Greek or
 * Cyrillic spelling print as written). Dated by the period, not the clock, so the same
 * period renders the same bytes.
 */
export async function renderReportPdf(summary: AnalyticsReportSummary): Promise<Buffer> {
  const title = `${summary.dashboardName} — ${summary.period.label}`;
  const dated = new Date(`${summary.period.to}T00:00:00Z`);
  const pdf: Pdf = new PDFDocument({ size: 'A4', margin: pageMargin, info: { Title: title, Author: summary.companyName, CreationDate: dated, ModDate: dated } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  registerInvoiceFonts(pdf);
  textStyle(pdf, 'bold', sizes.title).text(summary.dashboardName, contentLeft(pdf), pdf.page.margins.top);
  textStyle(pdf, 'regular', sizes.body, colors.muted).text(`${summary.companyName} · ${summary.period.label} (${summary.period.from} to ${summary.period.to}), against the period before`);
  pdf.moveDown(1.5);
  drawTable(pdf, {
    columns: [
      { header: 'Figure', width: 'rest', align: 'left' },
      { header: 'This period', width: 95, align: 'right' },
      { header: 'Period before', width: 95, align: 'right' },
      { header: 'Change', width: 60, align: 'right' },
    ],
    rows: summary.lines.flatMap((line) => [
      [line.label, line.note ?? line.value, line.previous ?? '—', line.change ?? '—'],
      ...line.breakdown.map((part) => [`   ${part.label}`, part.value, '', '']),
    ]),
    onNewPage: () => textStyle(pdf, 'regular', sizes.small, colors.muted).text(title, contentLeft(pdf), pdf.page.margins.top).moveDown(),
  });
  pdf.end();
  return done;
}
