import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fonts, type Pdf } from './pdf-page';

/**
 * Customers' names and addresses are printed in their own spelling: "Łódź", "Plzeň",
 * "Αθήνα", "Москва". pdfkit's built-in Helvetica only knows Western European letters and
 * prints the others as garbage, so the invoice embeds DejaVu Sans (Latin, Greek and
 * Cyrillic; not Chinese, Japanese or Korean), a subset of the glyphs used. The files come
 * with the `dejavu-fonts-ttf` package and are read once per process.
 */
const fontFiles = { regular: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;

let loaded: Record<keyof typeof fonts, Buffer> | null = null;

function fontBytes(): Record<keyof typeof fonts, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    loaded = { regular: read(fontFiles.regular), bold: read(fontFiles.bold) };
  }
  return loaded;
}

export function registerInvoiceFonts(pdf: Pdf): void {
  const bytes = fontBytes();
  pdf.registerFont(fonts.regular, bytes.regular);
  pdf.registerFont(fonts.bold, bytes.bold);
  pdf.font(fonts.regular);
}
