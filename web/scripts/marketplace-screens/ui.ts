/** Small pieces the marketplace mocks share: people, money, badges. All sample data is made up. */

const avatarColors = ['#4f46e5', '#0e7490', '#12805c', '#b45309', '#be185d', '#7c3aed', '#0369a1', '#9f1239'];

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0] ?? '')
    .join('')
    .toUpperCase();
}

/** The same person always gets the same colour, on every screen. */
export function avatar(name: string, size = 26): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const color = avatarColors[hash % avatarColors.length];
  return `<span class="avatar" style="width:${size}px;height:${size}px;font-size:${Math.round(size * 0.38)}px;background:${color}" title="${name}">${initials(name)}</span>`;
}

export function euros(amount: number, digits = 0): string {
  return `€${amount.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export type Tone = 'neutral' | 'primary' | 'accent' | 'success' | 'warning' | 'danger';

export function badge(text: string, tone: Tone = 'neutral'): string {
  return `<span class="badge badge-${tone}">${text}</span>`;
}

export function button(text: string, kind: 'primary' | 'secondary' = 'secondary'): string {
  return `<span class="button button-${kind}">${text}</span>`;
}

/** A figure with its label, as in the summary row above most module screens. */
export function stat(label: string, value: string, note = '', noteTone: Tone = 'neutral'): string {
  return `<div class="card stat"><div class="stat-label">${label}</div><div class="stat-value">${value}</div>${
    note ? `<div class="stat-note tone-${noteTone}">${note}</div>` : ''
  }</div>`;
}

export function tabs(items: { label: string; count?: number | string; current?: boolean }[]): string {
  return `<div class="tabs">${items
    .map(
      (item) =>
        `<span class="tab${item.current ? ' tab-current' : ''}">${item.label}${item.count === undefined ? '' : ` <span class="tab-count">${item.count}</span>`}</span>`,
    )
    .join('')}</div>`;
}

/** Simple line icons, so that the mocks need no icon font. */
export const icons = {
  search: '<svg viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="9" cy="9" r="5.5"/><path d="m13.5 13.5 3.5 3.5"/></svg>',
  bell: '<svg viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M5 8a5 5 0 0 1 10 0c0 5 2 6 2 6H3s2-1 2-6M8.5 17a1.7 1.7 0 0 0 3 0"/></svg>',
  plus: '<svg viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2"><path d="M10 4v12M4 10h12"/></svg>',
  filter: '<svg viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" stroke-width="1.8"><path d="M3 5h14M6 10h8M8.5 15h3"/></svg>',
  clip: '<svg viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" stroke-width="1.7"><path d="m15 9-5.5 5.5a3.5 3.5 0 0 1-5-5L11 3a2.3 2.3 0 0 1 3.3 3.3L8 12.6a1.1 1.1 0 0 1-1.6-1.6L12 5.5"/></svg>',
  comment: '<svg viewBox="0 0 20 20" width="13" height="13" fill="none" stroke="currentColor" stroke-width="1.7"><path d="M4 4h12v9H8l-4 3z"/></svg>',
  check: '<svg viewBox="0 0 20 20" width="13" height="13" fill="none" stroke="currentColor" stroke-width="2"><path d="m4 10 4 4 8-8"/></svg>',
  calendar: '<svg viewBox="0 0 20 20" width="13" height="13" fill="none" stroke="currentColor" stroke-width="1.7"><rect x="3" y="4.5" width="14" height="12" rx="2"/><path d="M3 8.5h14M7 3v3M13 3v3"/></svg>',
  clock: '<svg viewBox="0 0 20 20" width="13" height="13" fill="none" stroke="currentColor" stroke-width="1.8"><circle cx="10" cy="10" r="7"/><path d="M10 6v4l3 2"/></svg>',
  receipt: '<svg viewBox="0 0 20 20" width="15" height="15" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M5 2.5h10v15l-2.5-1.5-2.5 1.5-2.5-1.5L5 17.5z"/><path d="M7.5 7h5M7.5 10h5"/></svg>',
  page: '<svg viewBox="0 0 20 20" width="15" height="15" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M5 2.5h7l3 3v12H5z"/><path d="M12 2.5v3h3"/></svg>',
  folder: '<svg viewBox="0 0 20 20" width="15" height="15" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M2.5 5.5a1 1 0 0 1 1-1H8l1.5 2h7a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-13a1 1 0 0 1-1-1z"/></svg>',
  chevron: '<svg viewBox="0 0 20 20" width="12" height="12" fill="none" stroke="currentColor" stroke-width="2"><path d="m7 5 5 5-5 5"/></svg>',
  chevronDown: '<svg viewBox="0 0 20 20" width="12" height="12" fill="none" stroke="currentColor" stroke-width="2"><path d="m5 7 5 5 5-5"/></svg>',
  drag: '<svg viewBox="0 0 20 20" width="12" height="12" fill="currentColor"><circle cx="7" cy="5" r="1.4"/><circle cx="13" cy="5" r="1.4"/><circle cx="7" cy="10" r="1.4"/><circle cx="13" cy="10" r="1.4"/><circle cx="7" cy="15" r="1.4"/><circle cx="13" cy="15" r="1.4"/></svg>',
  eye: '<svg viewBox="0 0 20 20" width="14" height="14" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10z"/><circle cx="10" cy="10" r="2.5"/></svg>',
  lock: '<svg viewBox="0 0 20 20" width="13" height="13" fill="none" stroke="currentColor" stroke-width="1.7"><rect x="4.5" y="9" width="11" height="8" rx="1.5"/><path d="M7 9V6.5a3 3 0 0 1 6 0V9"/></svg>',
  home: '<svg viewBox="0 0 20 20" width="15" height="15" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M3 9.5 10 3.5l7 6M5 8v8.5h10V8"/></svg>',
};
