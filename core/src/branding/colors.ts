// No zod here: the dashboard's company layout computes text colours with these on every
// page, and zod would be 22 kB of its first load. The colour's schema is in ./schemas.

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** AA for normal text is 4.5:1. We pick white or near-black text, whichever reads better. */
export const wcagAaNormalText = 4.5;

export function textColorOn(background: string): '#FFFFFF' | '#111827' {
  return contrastRatio(background, '#FFFFFF') >= contrastRatio(background, '#111827') ? '#FFFFFF' : '#111827';
}

export interface ColorWarning {
  field: 'primaryColor' | 'accentColor';
  message: string;
}

/** Warnings, not refusals: a brand colour is the company's call, but it should know. */
export function contrastWarnings(colors: { primaryColor?: string | null; accentColor?: string | null }): ColorWarning[] {
  const warnings: ColorWarning[] = [];
  for (const field of ['primaryColor', 'accentColor'] as const) {
    const color = colors[field];
    if (!color) continue;
    const ratio = contrastRatio(color, textColorOn(color));
    if (ratio < wcagAaNormalText) {
      warnings.push({
        field,
        message: `Text on ${color} reaches a contrast of ${ratio.toFixed(2)}:1, below the 4.5:1 that WCAG AA asks for. Buttons in this colour may be hard to read.`,
      });
    }
  }
  return warnings;
}
