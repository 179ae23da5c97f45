/** Page geometry and type styles shared by every part of the invoice layout; A4, in points (1/72 inch). */
export type Pdf = PDFKit.PDFDocument;

export const pageMargin = 50;

/** Names the invoice fonts are registered under in each document (see `invoice-fonts.ts`). */
export const fonts = { regular: 'Invoice', bold: 'Invoice-Bold' } as const;

export const colors = {
  text: '#1f2328',
  muted: '#59636e',
  rule: '#d1d9e0',
  settled: '#1a7f37',
  cancelled: '#cf222e',
} as const;

export const sizes = { title: 24, stamp: 16, body: 9.5, small: 8 } as const;

export function contentLeft(pdf: Pdf): number {
  return pdf.page.margins.left;
}

export function contentWidth(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

export function contentBottom(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

/**
 * Starts a new page when `height` points no longer fit below the cursor, and lets the
 * caller print its continuation heading there. Returns whether a page was added.
 */
export function ensureSpace(pdf: Pdf, height: number, onNewPage: () => void): boolean {
  if (pdf.y + height <= contentBottom(pdf)) return false;
  pdf.addPage();
  onNewPage();
  return true;
}

export function textStyle(pdf: Pdf, font: keyof typeof fonts, size: number, color: string = colors.text): Pdf {
  return pdf.font(fonts[font]).fontSize(size).fillColor(color);
}
