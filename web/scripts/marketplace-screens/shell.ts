import { moduleKeys, moduleNames, type ModuleKey } from '@atrium/core';
import { avatar, icons } from './ui';

/** The made-up company whose dashboard every screenshot shows. */
export const sampleCompany = { name: 'Kestrel Labs', user: 'Maya Fischer', email: 'maya@kestrel-labs.eu' };

const moduleIcons: Record<ModuleKey, string> = {
  crm: '<path d="M3 16c0-3 2.5-5 5-5s5 2 5 5M8 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM13 3.5a3 3 0 0 1 0 5.5M15 11.5c1.5.6 2.5 2.2 2.5 4.5"/>',
  hr: '<rect x="3" y="3" width="14" height="14" rx="2"/><circle cx="10" cy="8.5" r="2.3"/><path d="M6 15c.5-2 2-3 4-3s3.5 1 4 3"/>',
  finance: '<rect x="2.5" y="5" width="15" height="10" rx="1.5"/><circle cx="10" cy="10" r="2.2"/><path d="M5.5 7.5v5M14.5 7.5v5"/>',
  projects: '<rect x="3" y="3" width="4" height="14" rx="1"/><rect x="8" y="3" width="4" height="9" rx="1"/><rect x="13" y="3" width="4" height="11" rx="1"/>',
  support: '<path d="M4 11V9a6 6 0 0 1 12 0v2"/><rect x="2.5" y="10.5" width="3.5" height="5" rx="1"/><rect x="14" y="10.5" width="3.5" height="5" rx="1"/><path d="M15.5 15.5c0 1.5-2 2-4.5 2"/>',
  cms: '<rect x="2.5" y="3.5" width="15" height="13" rx="1.5"/><path d="M2.5 7h15M6 10.5h5M6 13h8"/>',
  analytics: '<path d="M3 17V3M3 17h14"/><path d="m5.5 12.5 3.5-4 3 2.5 4.5-5.5"/>',
};

export interface ScreenChrome {
  module: ModuleKey;
  /** The module's own pages, listed under it in the left nav; the current one is marked. */
  sections: { label: string; count?: number | string }[];
  currentSection: string;
  title: string;
  subtitle?: string;
  /** Buttons at the right of the page header. */
  actions?: string;
  body: string;
  /** The screen's own CSS. */
  css?: string;
}

export function screen(chrome: ScreenChrome): string {
  const nav = moduleKeys
    .map((key) => {
      const current = key === chrome.module;
      const sections = current
        ? `<div class="subnav">${chrome.sections
            .map(
              (section) =>
                `<span class="subnav-item${section.label === chrome.currentSection ? ' subnav-current' : ''}">${section.label}${
                  section.count === undefined ? '' : `<span class="nav-count">${section.count}</span>`
                }</span>`,
            )
            .join('')}</div>`
        : '';
      return `<span class="nav-item${current ? ' nav-current' : ''}"><svg viewBox="0 0 20 20" width="17" height="17" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${moduleIcons[key]}</svg>${moduleNames[key]}</span>${sections}`;
    })
    .join('');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${chrome.title}</title>
<style>${baseCss}${chrome.css ?? ''}</style></head>
<body>
<div class="app">
  <header class="topbar">
    <div class="brand"><svg viewBox="0 0 32 32" width="26" height="26"><rect width="32" height="32" rx="8" fill="#4f46e5"/><path d="M9 23 16 8l7 15h-4l-3-7-3 7z" fill="#fff"/></svg><span class="brand-name">Atrium</span><span class="divider">/</span><span class="company-mark">KL</span><span class="company">${sampleCompany.name}</span>${icons.chevronDown}</div>
    <div class="search">${icons.search}<span>Search ${moduleNames[chrome.module]}…</span><kbd>/</kbd></div>
    <div class="me"><span class="bell">${icons.bell}<span class="dot"></span></span>${avatar(sampleCompany.user, 32)}<span class="who"><b>${sampleCompany.user}</b><small>${sampleCompany.email}</small></span></div>
  </header>
  <aside class="sidebar">
    <div class="nav-group">Company</div>
    <span class="nav-item"><svg viewBox="0 0 20 20" width="17" height="17" fill="none" stroke="currentColor" stroke-width="1.6"><path d="M3 9.5 10 3.5l7 6M5 8v8.5h10V8"/></svg>Overview</span>
    <span class="nav-item"><svg viewBox="0 0 20 20" width="17" height="17" fill="none" stroke="currentColor" stroke-width="1.6"><circle cx="7.5" cy="7" r="2.5"/><circle cx="13.5" cy="8" r="2"/><path d="M3 16c.5-3 2.3-4.5 4.5-4.5S11.5 13 12 16M12.5 12c2 0 3.7 1.3 4.2 4"/></svg>Team</span>
    <div class="nav-group">Modules</div>
    ${nav}
    <div class="sidebar-foot"><span class="nav-item"><svg viewBox="0 0 20 20" width="17" height="17" fill="none" stroke="currentColor" stroke-width="1.6"><rect x="3" y="3" width="6" height="6" rx="1"/><rect x="11" y="3" width="6" height="6" rx="1"/><rect x="3" y="11" width="6" height="6" rx="1"/><path d="M14 11v6M11 14h6"/></svg>Marketplace</span></div>
  </aside>
  <main class="main">
    <div class="page-header">
      <div><h1>${chrome.title}</h1>${chrome.subtitle ? `<p class="subtitle">${chrome.subtitle}</p>` : ''}</div>
      <div class="actions">${chrome.actions ?? ''}</div>
    </div>
    ${chrome.body}
  </main>
</div>
</body></html>`;
}

/** The dashboard's tokens (web/src/lib/styles/global.css) and the pieces every screen uses. */
const baseCss = `
:root {
  --font-sans: 'Inter', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;
  --color-bg: #f6f7fb; --color-surface: #fff; --color-border: #e3e6ef; --color-border-strong: #c9cedd;
  --color-text: #151a2d; --color-muted: #5b6378; --color-subtle: #8a91a5;
  --color-primary: #4f46e5; --color-primary-soft: #eef0ff; --color-accent: #0e7490; --color-accent-soft: #e6f4f7;
  --color-success: #12805c; --color-success-soft: #e6f6ef; --color-danger: #c0392b; --color-danger-soft: #fdecea;
  --color-warning: #b45309; --color-warning-soft: #fef3e2;
  --radius-sm: 6px; --radius: 10px; --shadow-sm: 0 1px 2px rgb(16 24 40 / 6%);
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font-family: var(--font-sans); font-size: 13px; line-height: 1.45; color: var(--color-text); background: var(--color-bg); -webkit-font-smoothing: antialiased; overflow: hidden; }
h1, h2, h3 { margin: 0; letter-spacing: -0.01em; }
p { margin: 0; }
.app { display: grid; grid-template-columns: 220px 1fr; grid-template-rows: 56px 1fr; height: 800px; }
.topbar { grid-column: 1 / -1; display: flex; align-items: center; justify-content: space-between; padding: 0 20px; background: #fff; border-bottom: 1px solid var(--color-border); border-top: 3px solid var(--color-accent); }
.brand { display: flex; align-items: center; gap: 9px; font-weight: 600; color: var(--color-muted); }
.brand-name { font-weight: 700; font-size: 16px; color: var(--color-text); }
.divider { color: var(--color-border-strong); font-size: 18px; margin: 0 2px; }
.company-mark { display: grid; place-items: center; width: 24px; height: 24px; border-radius: 6px; background: #0f766e; color: #fff; font-size: 10px; font-weight: 700; }
.company { color: var(--color-text); }
.search { display: flex; align-items: center; gap: 8px; width: 360px; padding: 7px 12px; border: 1px solid var(--color-border); border-radius: 8px; background: var(--color-bg); color: var(--color-subtle); }
.search span { flex: 1; }
kbd { font: 11px var(--font-sans); border: 1px solid var(--color-border-strong); border-radius: 4px; padding: 0 5px; color: var(--color-muted); background: #fff; }
.me { display: flex; align-items: center; gap: 10px; }
.bell { position: relative; color: var(--color-muted); display: flex; margin-right: 6px; }
.bell .dot { position: absolute; top: -1px; right: -1px; width: 7px; height: 7px; border-radius: 50%; background: var(--color-danger); border: 1.5px solid #fff; }
.who { display: grid; line-height: 1.25; }
.who small { color: var(--color-muted); font-size: 11.5px; }
.avatar { display: inline-grid; place-items: center; border-radius: 50%; color: #fff; font-weight: 700; flex: none; letter-spacing: 0.02em; }
.sidebar { background: #fff; border-right: 1px solid var(--color-border); padding: 14px 10px; display: flex; flex-direction: column; gap: 1px; }
.nav-group { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: var(--color-subtle); padding: 12px 10px 6px; }
.nav-group:first-child { padding-top: 2px; }
.nav-item { display: flex; align-items: center; gap: 10px; padding: 7px 10px; border-radius: 7px; color: var(--color-muted); font-weight: 600; }
.nav-current { background: var(--color-primary-soft); color: var(--color-primary); }
.subnav { display: flex; flex-direction: column; margin: 2px 0 6px 19px; padding-left: 10px; border-left: 1px solid var(--color-border); }
.subnav-item { display: flex; justify-content: space-between; padding: 5px 10px; border-radius: 6px; color: var(--color-muted); }
.subnav-current { color: var(--color-text); font-weight: 600; background: var(--color-bg); }
.nav-count { font-size: 11px; color: var(--color-subtle); font-weight: 600; }
.sidebar-foot { margin-top: auto; border-top: 1px solid var(--color-border); padding-top: 8px; }
.main { padding: 20px 24px; overflow: hidden; display: flex; flex-direction: column; gap: 16px; min-width: 0; }
.page-header { display: flex; justify-content: space-between; align-items: flex-end; gap: 16px; }
.page-header h1 { font-size: 21px; }
.subtitle { color: var(--color-muted); margin-top: 3px; }
.actions { display: flex; gap: 8px; }
.button { display: inline-flex; align-items: center; gap: 6px; padding: 7px 13px; border-radius: 7px; font-weight: 600; border: 1px solid var(--color-border-strong); background: #fff; white-space: nowrap; }
.button-primary { background: var(--color-primary); border-color: var(--color-primary); color: #fff; }
.button-small { padding: 3px 9px; font-size: 12px; }
.card { background: #fff; border: 1px solid var(--color-border); border-radius: var(--radius); box-shadow: var(--shadow-sm); }
.card-title { display: flex; justify-content: space-between; align-items: center; padding: 12px 16px; border-bottom: 1px solid var(--color-border); font-weight: 700; font-size: 13.5px; }
.card-title small { font-weight: 500; color: var(--color-muted); font-size: 12px; }
.stats { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.stat { padding: 12px 16px; }
.stat-label { color: var(--color-muted); font-size: 12px; font-weight: 600; }
.stat-value { font-size: 21px; font-weight: 700; margin-top: 2px; letter-spacing: -0.01em; }
.stat-note { font-size: 12px; margin-top: 1px; }
.tone-success { color: var(--color-success); } .tone-danger { color: var(--color-danger); } .tone-warning { color: var(--color-warning); } .tone-neutral { color: var(--color-muted); }
.badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 999px; font-size: 11.5px; font-weight: 600; white-space: nowrap; background: #eef0f4; color: var(--color-muted); }
.badge-primary { background: var(--color-primary-soft); color: var(--color-primary); }
.badge-accent { background: var(--color-accent-soft); color: var(--color-accent); }
.badge-success { background: var(--color-success-soft); color: var(--color-success); }
.badge-warning { background: var(--color-warning-soft); color: var(--color-warning); }
.badge-danger { background: var(--color-danger-soft); color: var(--color-danger); }
.tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--color-border); }
.tab { padding: 7px 12px; color: var(--color-muted); font-weight: 600; border-bottom: 2px solid transparent; margin-bottom: -1px; }
.tab-current { color: var(--color-primary); border-color: var(--color-primary); }
.tab-count { font-size: 11px; background: #eef0f4; border-radius: 999px; padding: 0 6px; margin-left: 3px; color: var(--color-muted); }
.toolbar { display: flex; justify-content: space-between; align-items: center; gap: 12px; }
.filters { display: flex; gap: 8px; align-items: center; }
.chip { display: inline-flex; align-items: center; gap: 6px; padding: 5px 10px; border: 1px solid var(--color-border); border-radius: 7px; background: #fff; color: var(--color-muted); font-weight: 600; font-size: 12.5px; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 11.5px; font-weight: 700; color: var(--color-subtle); text-transform: uppercase; letter-spacing: 0.04em; padding: 9px 14px; border-bottom: 1px solid var(--color-border); background: #fafbfd; white-space: nowrap; }
td { padding: 9px 14px; border-bottom: 1px solid #eef0f5; vertical-align: middle; white-space: nowrap; }
tr:last-child td { border-bottom: none; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--color-muted); }
.subtle { color: var(--color-subtle); }
.person { display: flex; align-items: center; gap: 9px; }
.person b { font-weight: 600; }
.person small { display: block; color: var(--color-muted); font-size: 12px; }
/* A long list: the table scrolls inside its card, its footer stays put. */
.table-card { flex: 1; min-height: 0; display: flex; flex-direction: column; overflow: hidden; }
.table-scroll { flex: 1; min-height: 0; overflow: hidden; }
.table-foot { display: flex; justify-content: space-between; align-items: center; padding: 8px 14px; border-top: 1px solid var(--color-border); color: var(--color-muted); background: #fafbfd; font-size: 12.5px; }
.table-foot .button { padding: 2px 9px; font-size: 12px; }
.checkbox { display: inline-block; width: 14px; height: 14px; border: 1.5px solid var(--color-border-strong); border-radius: 4px; vertical-align: middle; }
`;

/** A module's mocked screens by name: `pipeline` renders `/marketplace/crm-pipeline.png`. */
export type ModuleScreens = Record<string, () => string>;
