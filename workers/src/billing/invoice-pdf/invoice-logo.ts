import type { InvoiceDocument } from './invoice-document';

/**
 * The logo's bytes when pdfkit can embed them (PNG, JPEG), else null. Decided by the
 * file's signature, not its declared content type: a mislabelled upload must cost the
 * invoice its logo, never the invoice itself. WebP and anything else are skipped
 * silently; the seller's name is printed in any case.
 */
export function printableLogo(logo: InvoiceDocument['logo']): Buffer | null {
  if (!logo) return null;
  const bytes = Buffer.from(logo.bytes);
  return isPng(bytes) || isJpeg(bytes) ? bytes : null;
}

function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}
