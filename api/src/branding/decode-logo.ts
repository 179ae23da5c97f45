import { logoRules, type LogoType } from '@atrium/core';
import sharp from 'sharp';
import { HttpError } from '../http/http-error';

const formatOf: Record<LogoType, 'png' | 'jpeg' | 'webp'> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/webp': 'webp' };

const unreadable = () =>
  new HttpError(400, 'logo_unreadable', 'We could not read that image; the file may be damaged. Export your logo again as PNG, JPEG or WebP and upload it.');

/**
 * Checks the logo's decoded size from its header before any pixel is decompressed (a
 * 1 MB PNG can declare 50000×50000 pixels, 7.5 GB once decoded), then decodes it once and
 * re-encodes it in its own format. What is stored and served is that re-encoding: pixels
 * we have checked, without the upload's metadata (EXIF, GPS, comments, embedded chunks).
 */
export async function decodeLogo(bytes: Buffer, sniffed: LogoType): Promise<{ bytes: Buffer; contentType: LogoType; width: number; height: number }> {
  const maxPixels = logoRules.maxWidth * logoRules.maxHeight;
  // Header only (no pixel is decoded), so no pixel limit yet: the check below says what is wrong.
  const header = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => {
    throw unreadable();
  });
  const { width, height, format } = header;
  if (!width || !height || format !== formatOf[sniffed]) throw unreadable();
  if (width > logoRules.maxWidth || height > logoRules.maxHeight) {
    throw new HttpError(
      400,
      'logo_too_many_pixels',
      `Your logo is ${width}×${height} pixels; logos can be at most ${logoRules.maxWidth}×${logoRules.maxHeight}. Export it smaller (a few hundred pixels wide is plenty) and upload it again.`,
    );
  }
  try {
    // limitInputPixels again: the decoder refuses anything past it, whatever the header said.
    // rotate() applies the EXIF orientation before the metadata is dropped; sharp keeps no metadata by default.
    const pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).rotate();
    const output = await (sniffed === 'image/png' ? pipeline.png() : sniffed === 'image/jpeg' ? pipeline.jpeg({ quality: 90, mozjpeg: true }) : pipeline.webp({ quality: 90 }))
      .toBuffer({ resolveWithObject: true });
    return { bytes: output.data, contentType: sniffed, width: output.info.width, height: output.info.height };
  } catch {
    throw unreadable();
  }
}
