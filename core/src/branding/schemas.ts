import { z } from 'zod';
import { text } from '../api/text';

export const hexColor = text({ field: 'colour', max: 16 })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Use a six-digit hex colour, like #1F6FEB.' })
  .transform((value) => value.toUpperCase());

export const updateBrandingRequest = z
  .object({ primaryColor: hexColor.nullable(), accentColor: hexColor.nullable() })
  .partial()
  .meta({ id: 'UpdateBrandingRequest' });

export const brandingView = z
  .object({
    primaryColor: z.string().nullable(),
    accentColor: z.string().nullable(),
    logoUrl: z.string().nullable(),
    warnings: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .meta({ id: 'Branding' });

export const logoRules = {
  maxBytes: 1024 * 1024,
  /** Decoded size: a logo is shown at most a few hundred pixels wide; this leaves room for retina exports. */
  maxWidth: 2048,
  maxHeight: 2048,
  types: ['image/png', 'image/jpeg', 'image/webp'] as const,
};
export type LogoType = (typeof logoRules.types)[number];

/**
 * The image type from the file's first bytes, never from its name or the browser's
 * Content-Type: PNG, JPEG and WebP only (SVG can carry scripts, so it is refused).
 */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  const starts = (signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}
