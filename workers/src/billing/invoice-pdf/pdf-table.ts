import { colors, contentBottom, contentLeft, contentWidth, textStyle, type Pdf } from './pdf-page';

/**
 * A plain table that pdfkit's own `table()` does not give us: cells wrap within their
 * column, and a row that no longer fits starts a new page with the header row repeated,
 * so a 60-line invoice reads the same on its third page as on its first.
 */
export interface TableColumn {
  header: string;
  /** In points; `'rest'` takes what the fixed columns leave. */
  width: number | 'rest';
  align: 'left' | 'right';
}

export interface Table {
  columns: TableColumn[];
  rows: string[][];
  /** Called on every page the table continues onto, before its header row is repeated. */
  onNewPage: () => void;
}

const cellPadding = { x: 4, y: 5 };
const fontSize = 9.5;

export function drawTable(pdf: Pdf, table: Table): void {
  const widths = columnWidths(table.columns, contentWidth(pdf));
  drawHeaderRow(pdf, table.columns, widths);
  for (const row of table.rows) {
    textStyle(pdf, 'regular', fontSize);
    const height = rowHeight(pdf, row, widths);
    if (pdf.y + height > contentBottom(pdf)) {
      pdf.addPage();
      table.onNewPage();
      drawHeaderRow(pdf, table.columns, widths);
      textStyle(pdf, 'regular', fontSize);
    }
    drawRow(pdf, row, table.columns, widths, height);
    rule(pdf, colors.rule);
  }
  pdf.x = contentLeft(pdf);
}

function columnWidths(columns: TableColumn[], available: number): number[] {
  const fixed = columns.reduce((sum, column) => sum + (column.width === 'rest' ? 0 : column.width), 0);
  const flexible = columns.filter((column) => column.width === 'rest').length;
  const rest = flexible > 0 ? Math.max(0, available - fixed) / flexible : 0;
  return columns.map((column) => (column.width === 'rest' ? rest : column.width));
}

function rowHeight(pdf: Pdf, cells: string[], widths: number[]): number {
  const tallest = Math.max(
    ...cells.map((cell, index) => pdf.heightOfString(cell, { width: (widths[index] ?? 0) - 2 * cellPadding.x })),
  );
  return tallest + 2 * cellPadding.y;
}

function drawHeaderRow(pdf: Pdf, columns: TableColumn[], widths: number[]): void {
  textStyle(pdf, 'bold', fontSize, colors.muted);
  const headers = columns.map((column) => column.header);
  drawRow(pdf, headers, columns, widths, rowHeight(pdf, headers, widths));
  rule(pdf, colors.text);
}

function drawRow(pdf: Pdf, cells: string[], columns: TableColumn[], widths: number[], height: number): void {
  const top = pdf.y;
  let x = contentLeft(pdf);
  cells.forEach((cell, index) => {
    const width = widths[index] ?? 0;
    pdf.text(cell, x + cellPadding.x, top + cellPadding.y, {
      width: width - 2 * cellPadding.x,
      align: columns[index]?.align ?? 'left',
    });
    x += width;
  });
  pdf.y = top + height;
}

function rule(pdf: Pdf, color: string): void {
  const left = contentLeft(pdf);
  pdf.save().moveTo(left, pdf.y).lineTo(left + contentWidth(pdf), pdf.y).lineWidth(0.5).strokeColor(color).stroke().restore();
}
