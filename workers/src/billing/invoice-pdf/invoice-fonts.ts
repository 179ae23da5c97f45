import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fonts, type Pdf } from './pdf-page';

/**
 * Customers' names and addresses are printed in their own spelling: "Łódź", "Plzeň",
 * "Αθήνα", "Москва". pdfkit's built-in Helvetica only knows Western European letters and
 * prints the others as garbage, so the invoice embeds DejaVu Sans (Latin, Greek and
 * Cyrillic; not Chinese, Japanese or Korean), a subset of the glyphs used. The files come
 * with the `dejavu-fonts-ttf` package.
 *
 * They are parsed once per process (fontkit, pdfkit's own font reader) and the parsed
 * fonts handed to every document: given the file's bytes, pdfkit parses the font again for
 * each document, which was most of a PDF's CPU time (bench/renewals.ts's profile). Each
 * document still makes its own subset of the glyphs it uses.
 */
const fontFiles = { regular: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;

/** What pdfkit takes besides a path or bytes: a font fontkit has already parsed. */
type ParsedFont = { layout: (...args: unknown[]) => unknown };

let parsed: Record<keyof typeof fonts, ParsedFont> | null = null;

function parsedFonts(): Record<keyof typeof fonts, ParsedFont> {
  if (!parsed) {
    const require = createRequire(import.meta.url);
    const fontkit = require('fontkit') as { create(bytes: Uint8Array): ParsedFont };
    const read = (file: string) => fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    parsed = { regular: read(fontFiles.regular), bold: read(fontFiles.bold) };
  }
  return parsed;
}

export function registerInvoiceFonts(pdf: Pdf): void {
  const loaded = parsedFonts();
  // @types/pdfkit does not list parsed fonts among the sources; pdfkit takes them (PDFFontFactory.open).
  pdf.registerFont(fonts.regular, loaded.regular as unknown as Buffer);
  pdf.registerFont(fonts.bold, loaded.bold as unknown as Buffer);
  pdf.font(fonts.regular);
}
