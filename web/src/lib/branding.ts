import { textColorOn } from '@atrium/core';
import type { Branding } from './types';

/**
 * A company's colours as CSS custom properties for its own pages. Unset colours leave
 * Atrium's defaults in place; text on a brand colour is white or near-black, whichever
 * contrasts more (the same rule the API's contrast warnings use).
 */
export function brandStyle({ primaryColor, accentColor }: Pick<Branding, 'primaryColor' | 'accentColor'>): string {
  const properties: string[] = [];
  if (primaryColor) {
    properties.push(
      `--color-primary: ${primaryColor}`,
      `--color-primary-hover: color-mix(in srgb, ${primaryColor} 85%, black)`,
      `--color-primary-soft: color-mix(in srgb, ${primaryColor} 10%, white)`,
      `--color-on-primary: ${textColorOn(primaryColor)}`,
      `--focus-ring: 0 0 0 3px color-mix(in srgb, ${primaryColor} 30%, transparent)`,
    );
  }
  if (accentColor) {
    properties.push(
      `--color-accent: ${accentColor}`,
      `--color-accent-soft: color-mix(in srgb, ${accentColor} 12%, white)`,
      `--color-on-accent: ${textColorOn(accentColor)}`,
    );
  }
  return properties.join('; ');
}
