/** Charts drawn as inline SVG, so the mocks need no charting library. */

export interface Series {
  name: string;
  color: string;
  values: number[];
  /** Drawn dashed and without a fill: a comparison period. */
  dashed?: boolean;
}

interface Frame {
  width: number;
  height: number;
  labels: string[];
  /** Show every nth x label. */
  labelEvery?: number;
  max?: number;
  format?: (value: number) => string;
}

const pad = { left: 46, right: 12, top: 12, bottom: 26 };

function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  // Maxima whose quarters are round numbers too, as the gridlines show them.
  const steps = [1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10];
  return (steps.find((step) => step * magnitude >= value) ?? 10) * magnitude;
}

/** Horizontal gridlines with their values, and x labels. */
function axes(frame: Frame, max: number, xAt: (index: number) => number): string {
  const format = frame.format ?? ((value: number) => value.toLocaleString('en-GB'));
  const innerHeight = frame.height - pad.top - pad.bottom;
  const lines = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const y = pad.top + innerHeight * (1 - share);
    return `<line x1="${pad.left}" x2="${frame.width - pad.right}" y1="${y}" y2="${y}" stroke="#eceef4"/><text x="${pad.left - 8}" y="${y + 4}" text-anchor="end">${format(max * share)}</text>`;
  });
  const every = frame.labelEvery ?? 1;
  const labels = frame.labels
    .map((label, index) => (index % every === 0 ? `<text x="${xAt(index)}" y="${frame.height - 7}" text-anchor="middle">${label}</text>` : ''))
    .join('');
  return `<g font-size="11" fill="#8a91a5" font-family="inherit">${lines.join('')}${labels}</g>`;
}

export function lineChart(frame: Frame, series: Series[]): string {
  const max = frame.max ?? niceMax(Math.max(...series.flatMap((line) => line.values)));
  const innerWidth = frame.width - pad.left - pad.right;
  const innerHeight = frame.height - pad.top - pad.bottom;
  const xAt = (index: number) => pad.left + (innerWidth * index) / Math.max(1, frame.labels.length - 1);
  const yAt = (value: number) => pad.top + innerHeight * (1 - value / max);
  const paths = series
    .map((line) => {
      const points = line.values.map((value, index) => `${xAt(index).toFixed(1)},${yAt(value).toFixed(1)}`);
      const area = line.dashed
        ? ''
        : `<path d="M${points[0]} L${points.join(' L')} L${xAt(line.values.length - 1)},${pad.top + innerHeight} L${pad.left},${pad.top + innerHeight} Z" fill="${line.color}" fill-opacity="0.09"/>`;
      return `${area}<path d="M${points.join(' L')}" fill="none" stroke="${line.color}" stroke-width="${line.dashed ? 1.6 : 2.2}" ${line.dashed ? 'stroke-dasharray="4 4"' : ''} stroke-linejoin="round" stroke-linecap="round"/>`;
    })
    .join('');
  const last = series[0];
  const marker = last && !last.dashed
    ? `<circle cx="${xAt(last.values.length - 1)}" cy="${yAt(last.values.at(-1) ?? 0)}" r="4" fill="#fff" stroke="${last.color}" stroke-width="2.2"/>`
    : '';
  return `<svg width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">${axes(frame, max, xAt)}${paths}${marker}</svg>`;
}

/** Vertical bars; several series stack on top of each other. */
export function barChart(frame: Frame, series: Series[]): string {
  const totals = frame.labels.map((_, index) => series.reduce((sum, bar) => sum + (bar.values[index] ?? 0), 0));
  const max = frame.max ?? niceMax(Math.max(...totals));
  const innerWidth = frame.width - pad.left - pad.right;
  const innerHeight = frame.height - pad.top - pad.bottom;
  const slot = innerWidth / frame.labels.length;
  const barWidth = Math.min(34, slot * 0.6);
  const xAt = (index: number) => pad.left + slot * index + slot / 2;
  const bars = frame.labels
    .map((_, index) => {
      let base = pad.top + innerHeight;
      return series
        .map((bar, layer) => {
          const height = (innerHeight * (bar.values[index] ?? 0)) / max;
          base -= height;
          const rounded = layer === series.length - 1 ? 3 : 0;
          return `<rect x="${(xAt(index) - barWidth / 2).toFixed(1)}" y="${base.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" rx="${rounded}" fill="${bar.color}"/>`;
        })
        .join('');
    })
    .join('');
  return `<svg width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}">${axes(frame, max, xAt)}${bars}</svg>`;
}

/** A tiny trend line for a figure card. */
export function sparkline(values: number[], color: string, width = 96, height = 30): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const points = values.map((value, index) => {
    const x = (width * index) / (values.length - 1);
    const y = height - 3 - ((height - 6) * (value - min)) / (max - min || 1);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><path d="M${points.join(' L')}" fill="none" stroke="${color}" stroke-width="1.8" stroke-linejoin="round"/></svg>`;
}

/** A ring split into shares, for "by plan" or "by channel" figures. */
export function donut(shares: { value: number; color: string }[], size = 120, thickness = 18): string {
  const total = shares.reduce((sum, share) => sum + share.value, 0);
  const radius = (size - thickness) / 2;
  const circumference = 2 * Math.PI * radius;
  let offset = 0;
  const arcs = shares
    .map((share) => {
      const length = (circumference * share.value) / total;
      const arc = `<circle cx="${size / 2}" cy="${size / 2}" r="${radius}" fill="none" stroke="${share.color}" stroke-width="${thickness}" stroke-dasharray="${length.toFixed(2)} ${(circumference - length).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}" transform="rotate(-90 ${size / 2} ${size / 2})"/>`;
      offset += length;
      return arc;
    })
    .join('');
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${arcs}</svg>`;
}

/** Deterministic "random" data, so re-running the script draws the same charts. */
export function seededSeries(seed: number, length: number, start: number, drift: number, noise: number): number[] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const values: number[] = [];
  let level = start;
  for (let index = 0; index < length; index += 1) {
    level += drift + (next() - 0.5) * noise;
    values.push(Math.max(0, Math.round(level)));
  }
  return values;
}
