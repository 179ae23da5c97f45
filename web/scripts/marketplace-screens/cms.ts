import { moduleLimits } from '@atrium/core';
import { avatar, badge, button, icons, type Tone } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'Pages', count: 27 }, { label: 'Blog posts', count: 24 }, { label: 'Media' }, { label: 'Forms', count: 14 }, { label: 'Site settings' }];

const blocks = [
  { name: 'Hero', detail: 'Heading, text, button, image' },
  { name: 'Logo strip', detail: '6 customer logos' },
  { name: 'Features', detail: '3 columns' },
  { name: 'Testimonial', detail: 'Julia Brandt, Bergmann Dermatology' },
  { name: 'Call to action', detail: 'Start your free trial' },
  { name: 'Contact form', detail: 'Sends to sales@' },
];

/** A small drawing of the product, as the site's own hero image. */
const heroImage = `<svg viewBox="0 0 300 190" width="228" height="144">
  <rect x="0" y="0" width="300" height="190" rx="12" fill="#fff" stroke="#dfe3ee"/>
  <rect x="0" y="0" width="300" height="30" rx="12" fill="#0f766e"/><rect x="0" y="18" width="300" height="12" fill="#0f766e"/>
  <circle cx="16" cy="15" r="4" fill="#fff" opacity=".6"/><rect x="28" y="11" width="70" height="8" rx="4" fill="#fff" opacity=".6"/>
  ${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((day, index) => `<text x="${46 + index * 52}" y="48" font-size="10" fill="#5b6378" text-anchor="middle" font-weight="600">${day}</text>`).join('')}
  ${[
    [0, 0, 2, '#ccfbf1', '#0f766e'],
    [1, 1, 1, '#e0e7ff', '#4f46e5'],
    [2, 0, 1, '#fde68a', '#92400e'],
    [2, 2, 2, '#ccfbf1', '#0f766e'],
    [3, 1, 2, '#e0e7ff', '#4f46e5'],
    [4, 0, 1, '#ccfbf1', '#0f766e'],
    [4, 3, 1, '#fecdd3', '#9f1239'],
    [0, 3, 1, '#e0e7ff', '#4f46e5'],
    [1, 3, 1, '#ccfbf1', '#0f766e'],
  ]
    .map(([day, slot, length, fill, ink]) => `<rect x="${22 + Number(day) * 52}" y="${58 + Number(slot) * 30}" width="48" height="${Number(length) * 30 - 4}" rx="5" fill="${fill}"/><rect x="${26 + Number(day) * 52}" y="${64 + Number(slot) * 30}" width="30" height="5" rx="2.5" fill="${ink}" opacity=".7"/>`)
    .join('')}
</svg>`;

function pageEditor(): string {
  return screen({
    module: 'cms',
    sections,
    currentSection: 'Pages',
    title: 'Home',
    subtitle: 'kestrel-labs.eu/ · draft changes · last published 3 days ago by Rafael Costa',
    actions: `<span class="devices"><span class="on">Desktop</span><span>Tablet</span><span>Mobile</span></span>${button(`${icons.eye}Preview`)}${button(`${icons.calendar}Schedule`)}${button('Publish changes', 'primary')}`,
    body: `<div class="editor">
        <div class="card outline">
          <div class="card-title">Blocks <small>${icons.plus} Add</small></div>
          ${blocks
            .map(
              (block, index) =>
                `<div class="block-row${index === 0 ? ' selected' : ''}"><span class="handle">${icons.drag}</span><div><b>${block.name}</b><small>${block.detail}</small></div></div>`,
            )
            .join('')}
          <div class="add-block">${icons.plus} Add a block</div>
        </div>
        <div class="canvas">
          <div class="site">
            <div class="site-nav"><span class="logo"><i></i>Kestrel Booking</span><span>Product</span><span>Pricing</span><span>Customers</span><span>Blog</span><span class="site-button ghost">Sign in</span></div>
            <div class="hero selected-block">
              <span class="block-label">Hero</span>
              <div class="hero-text">
                <span class="eyebrow">For clinics and practices</span>
                <h2>Online booking your patients will actually use</h2>
                <p>Patients book in under a minute, get a reminder the day before, and your front desk stops playing phone tag.</p>
                <div class="hero-buttons"><span class="site-button">Start free trial</span><span class="site-link">See how it works →</span></div>
              </div>
              ${heroImage}
            </div>
            <div class="logos"><span>Trusted by 340 practices</span><b>Bergmann</b><b>Meadow Vets</b><b>Coastal Chiro</b><b>Nordic Eye</b><b>Little Oaks</b></div>
            <div class="features">
              <div><i style="background:#ccfbf1"></i><b>Bookings around the clock</b><p>Your calendar on your own site, in your colours.</p></div>
              <div><i style="background:#e0e7ff"></i><b>Fewer no-shows</b><p>SMS and email reminders cut missed visits by a third.</p></div>
              <div><i style="background:#fde68a"></i><b>Paid in advance</b><p>Take deposits when the patient books.</p></div>
            </div>
          </div>
        </div>
        <div class="card settings">
          <div class="card-title">Hero block</div>
          <div class="fields">
            <label>Eyebrow</label><div class="input">For clinics and practices</div>
            <label>Heading</label><div class="input focus">Online booking your patients will actually use<span class="caret"></span></div>
            <label>Text</label><div class="input tall">Patients book in under a minute, get a reminder the day before, and your front desk stops playing phone tag.</div>
            <label>Button</label><div class="pair"><div class="input">Start free trial</div><div class="input">/signup</div></div>
            <label>Image</label><div class="image-pick"><span class="thumb"></span>calendar-hero.svg<span class="subtle">Replace</span></div>
            <label>Background</label><div class="swatches"><span style="background:#fff" class="on"></span><span style="background:#f0fdfa"></span><span style="background:#eef0ff"></span><span style="background:#0f766e"></span></div>
          </div>
        </div>
      </div>`,
    css: `
      .devices { display: inline-flex; border: 1px solid var(--color-border-strong); border-radius: 7px; overflow: hidden; margin-right: 6px; background: #fff; }
      .devices span { padding: 7px 11px; font-weight: 600; color: var(--color-muted); }
      .devices .on { background: var(--color-primary-soft); color: var(--color-primary); }
      .editor { display: grid; grid-template-columns: 200px 1fr 250px; gap: 12px; flex: 1; min-height: 0; }
      .outline { overflow: hidden; }
      .block-row { display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-bottom: 1px solid #f0f1f6; }
      .block-row b { display: block; font-weight: 600; }
      .block-row small { color: var(--color-muted); font-size: 11.5px; display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 140px; }
      .block-row.selected { background: var(--color-primary-soft); box-shadow: inset 3px 0 var(--color-primary); }
      .handle { color: var(--color-subtle); display: flex; }
      .add-block { margin: 10px 12px; padding: 8px; border: 1.5px dashed var(--color-border-strong); border-radius: 8px; text-align: center; color: var(--color-muted); font-weight: 600; display: flex; justify-content: center; gap: 5px; align-items: center; }
      .canvas { background: #e9ecf3; border-radius: 10px; padding: 16px; overflow: hidden; }
      .site { background: #fff; border-radius: 8px; box-shadow: 0 4px 16px rgb(16 24 40 / 10%); overflow: hidden; font-size: 12px; }
      .site-nav { display: flex; align-items: center; gap: 16px; padding: 12px 20px; border-bottom: 1px solid #eef0f4; color: #374151; }
      .logo { display: flex; align-items: center; gap: 6px; font-weight: 800; color: #0f766e; margin-right: auto; font-size: 13px; }
      .logo i { width: 16px; height: 16px; border-radius: 5px; background: #0f766e; }
      .site-button { background: #0f766e; color: #fff; padding: 7px 14px; border-radius: 7px; font-weight: 700; }
      .site-button.ghost { background: none; color: #0f766e; border: 1.5px solid #0f766e; padding: 4px 10px; }
      .hero { position: relative; display: flex; gap: 16px; align-items: center; padding: 24px 18px; margin: 8px; outline: 2px solid var(--color-primary); outline-offset: -2px; border-radius: 4px; }
      .block-label { position: absolute; top: -1px; left: -1px; background: var(--color-primary); color: #fff; font-size: 10.5px; font-weight: 700; padding: 1px 8px; border-radius: 4px 0 4px 0; }
      .hero-text { flex: 1; display: grid; gap: 9px; }
      .hero svg { flex: none; }
      .eyebrow { color: #0f766e; font-weight: 700; font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; }
      .hero h2 { font-size: 22px; line-height: 1.15; color: #0b1324; letter-spacing: -0.02em; }
      .hero p { color: #4b5563; font-size: 12.5px; line-height: 1.5; }
      .hero-buttons { display: flex; gap: 14px; align-items: center; margin-top: 4px; }
      .site-link { color: #0f766e; font-weight: 700; }
      .logos { display: flex; gap: 20px; align-items: center; padding: 12px 22px; border-top: 1px solid #f0f1f4; border-bottom: 1px solid #f0f1f4; color: #9ca3af; }
      .logos span { font-size: 11px; }
      .logos b { color: #6b7280; font-size: 13px; letter-spacing: -0.01em; }
      .features { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; padding: 18px 22px 22px; }
      .features i { display: block; width: 26px; height: 26px; border-radius: 7px; margin-bottom: 8px; }
      .features b { display: block; font-size: 12.5px; margin-bottom: 3px; }
      .features p { color: #6b7280; font-size: 11.5px; }
      .settings { overflow: hidden; }
      .fields { display: grid; gap: 5px; padding: 12px 14px; }
      .fields label { font-size: 11.5px; font-weight: 700; color: var(--color-muted); margin-top: 6px; }
      .input { border: 1px solid var(--color-border-strong); border-radius: 7px; padding: 6px 9px; font-size: 12.5px; background: #fff; }
      .input.focus { border-color: var(--color-primary); box-shadow: 0 0 0 3px rgb(79 70 229 / 18%); }
      .input.tall { min-height: 74px; color: #374151; }
      .caret { display: inline-block; width: 1.5px; height: 14px; background: var(--color-text); vertical-align: -2px; margin-left: 1px; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
      .image-pick { display: flex; align-items: center; gap: 8px; font-size: 12px; }
      .image-pick .subtle { margin-left: auto; font-weight: 600; color: var(--color-primary); }
      .thumb { width: 34px; height: 24px; border-radius: 4px; background: linear-gradient(135deg, #ccfbf1, #e0e7ff); border: 1px solid var(--color-border); }
      .swatches { display: flex; gap: 6px; }
      .swatches span { width: 24px; height: 24px; border-radius: 6px; border: 1px solid var(--color-border-strong); }
      .swatches .on { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--color-primary); }
    `,
  });
}

interface SitePage {
  title: string;
  path: string;
  depth: number;
  folder?: boolean;
  status: [string, Tone];
  inMenu: boolean;
  editor: string;
  edited: string;
}

const tree: SitePage[] = [
  { title: 'Home', path: '/', depth: 0, status: ['Unpublished changes', 'warning'], inMenu: true, editor: 'Rafael Costa', edited: '12 min ago' },
  { title: 'Product', path: '/product', depth: 0, folder: true, status: ['Published', 'success'], inMenu: true, editor: 'Ines Duarte', edited: '2 Nov' },
  { title: 'Online booking', path: '/product/online-booking', depth: 1, status: ['Published', 'success'], inMenu: true, editor: 'Ines Duarte', edited: '2 Nov' },
  { title: 'Reminders', path: '/product/reminders', depth: 1, status: ['Published', 'success'], inMenu: true, editor: 'Ines Duarte', edited: '28 Oct' },
  { title: 'Payments', path: '/product/payments', depth: 1, status: ['Scheduled · 1 Dec', 'primary'], inMenu: true, editor: 'Rafael Costa', edited: 'yesterday' },
  { title: 'Integrations', path: '/product/integrations', depth: 1, status: ['Published', 'success'], inMenu: true, editor: 'Mei Chen', edited: '14 Oct' },
  { title: 'Pricing', path: '/pricing', depth: 0, status: ['Published', 'success'], inMenu: true, editor: 'Maya Fischer', edited: '19 Nov' },
  { title: 'Customers', path: '/customers', depth: 0, folder: true, status: ['Published', 'success'], inMenu: true, editor: 'Ines Duarte', edited: '5 Nov' },
  { title: 'Bergmann Dermatology', path: '/customers/bergmann', depth: 1, status: ['Draft', 'neutral'], inMenu: false, editor: 'Ines Duarte', edited: 'today' },
  { title: 'Coastal Chiropractic', path: '/customers/coastal', depth: 1, status: ['Published', 'success'], inMenu: false, editor: 'Ines Duarte', edited: '5 Nov' },
  { title: 'Blog', path: '/blog', depth: 0, folder: true, status: ['24 posts', 'neutral'], inMenu: true, editor: 'Ines Duarte', edited: '21 Nov' },
  { title: 'About', path: '/about', depth: 0, folder: true, status: ['Published', 'success'], inMenu: false, editor: 'Maya Fischer', edited: '8 Sep' },
  { title: 'Careers', path: '/about/careers', depth: 1, status: ['Published', 'success'], inMenu: false, editor: 'Maya Fischer', edited: '17 Nov' },
  { title: 'Contact', path: '/contact', depth: 0, status: ['Published', 'success'], inMenu: true, editor: 'Sara Lindberg', edited: '3 Oct' },
  { title: 'Privacy policy', path: '/privacy', depth: 0, status: ['Published', 'success'], inMenu: false, editor: 'Fatima El-Amin', edited: '1 Jul' },
  { title: 'Imprint', path: '/imprint', depth: 0, status: ['Published', 'success'], inMenu: false, editor: 'Fatima El-Amin', edited: '1 Jul' },
  { title: 'Terms of service', path: '/terms', depth: 0, status: ['Draft', 'neutral'], inMenu: false, editor: 'Fatima El-Amin', edited: '20 Nov' },
];

/** The company is on Growth: the usage card shows that plan's CMS limits. */
const limits = moduleLimits.cms.byPlan.growth;
const used = { pages: 23, mediaStorageGb: 3.8, languages: 2 };
const usage = (label: string, key: keyof typeof used, unit = '') => {
  const limit = limits[key];
  const share = limit ? (used[key] / limit) * 100 : 0;
  return `<div><span>${label}</span><b>${used[key]} ${limit === null || limit === undefined ? '' : `of ${limit}`}${unit}</b></div><div class="meter"><span style="width:${share.toFixed(1)}%"></span></div>`;
};

function siteTree(): string {
  const rows = tree
    .map(
      (page, index) => `<tr${index === 0 ? ' class="selected"' : ''}>
        <td><span class="tree" style="padding-left:${page.depth * 22}px">${page.depth > 0 ? '<span class="elbow"></span>' : ''}<span class="page-icon${page.folder ? ' folder' : ''}">${page.path === '/' ? icons.home : page.folder ? icons.folder : icons.page}</span><b>${page.title}</b></span></td>
        <td class="muted path">${page.path}</td>
        <td>${badge(page.status[0], page.status[1])}</td>
        <td class="center">${page.inMenu ? `<span class="in-menu">${icons.check}</span>` : '<span class="subtle">—</span>'}</td>
        <td><div class="person">${avatar(page.editor, 20)}<span class="muted">${page.edited}</span></div></td>
      </tr>`,
    )
    .join('');
  return screen({
    module: 'cms',
    sections,
    currentSection: 'Pages',
    title: 'Pages',
    subtitle: 'kestrel-labs.eu · 27 pages in English and German',
    actions: `<span class="chip">Language: English ${icons.chevronDown}</span>${button(`${icons.eye}View site`)}${button(`${icons.plus}New page`, 'primary')}`,
    body: `<div class="layout">
        <div class="card table-card"><div class="table-scroll"><table>
          <thead><tr><th>Page</th><th>Address</th><th>Status</th><th class="center">Menu</th><th>Last edited</th></tr></thead>
          <tbody>${rows}</tbody>
        </table></div></div>
        <aside class="side">
          <div class="card"><div class="card-title">Site</div>
            <div class="facts">
              <span>Domain</span><b>kestrel-labs.eu</b>
              <span>HTTPS</span><b class="tone-success">${icons.lock} Certificate valid</b>
              <span>Languages</span><b>English, Deutsch</b>
              <span>Theme</span><b>Company colours</b>
            </div>
          </div>
          <div class="card"><div class="card-title">Usage <small>Growth plan</small></div>
            <div class="usage">
              ${usage('Published pages', 'pages')}
              ${usage('Media storage', 'mediaStorageGb', ' GB')}
              ${usage('Languages', 'languages')}
            </div>
          </div>
          <div class="card"><div class="card-title">Form submissions <small>this week</small></div>
            <div class="submissions"><b>14</b><span class="muted">from Contact and Pricing · 3 unread</span></div>
          </div>
        </aside>
      </div>`,
    css: `
      .layout { display: grid; grid-template-columns: 1fr 250px; gap: 12px; flex: 1; min-height: 0; }
      td { padding: 7px 10px; } th { padding: 9px 10px; }
      tr.selected td { background: #f6f7ff; }
      .tree { display: flex; align-items: center; gap: 8px; }
      .tree b { font-weight: 600; }
      .elbow { width: 12px; height: 14px; border-left: 1.5px solid var(--color-border-strong); border-bottom: 1.5px solid var(--color-border-strong); border-bottom-left-radius: 4px; margin-top: -10px; margin-right: -2px; }
      .page-icon { color: var(--color-muted); display: flex; }
      .page-icon.folder { color: #b45309; }
      .path { font-family: 'DejaVu Sans Mono', monospace; font-size: 11.5px; }
      .center { text-align: center; }
      .in-menu { color: var(--color-success); display: inline-flex; }
      .side { display: flex; flex-direction: column; gap: 12px; }
      .facts { display: grid; grid-template-columns: auto 1fr; gap: 7px 12px; padding: 12px 16px; font-size: 12.5px; }
      .facts span { color: var(--color-muted); }
      .facts b { font-weight: 600; text-align: right; display: inline-flex; gap: 4px; align-items: center; justify-content: flex-end; }
      .usage { padding: 12px 16px; display: grid; gap: 6px; font-size: 12.5px; }
      .usage div:not(.meter) { display: flex; justify-content: space-between; }
      .usage b { font-weight: 600; }
      .meter { height: 6px; background: #eceef4; border-radius: 3px; overflow: hidden; margin-bottom: 6px; }
      .meter span { display: block; height: 100%; background: var(--color-primary); border-radius: 3px; }
      .submissions { padding: 12px 16px; display: flex; align-items: baseline; gap: 10px; }
      .submissions b { font-size: 24px; }
    `,
  });
}

export const cmsScreens: ModuleScreens = { 'page-editor': pageEditor, 'site-tree': siteTree };
