/**
 * Captures the marketplace screenshots of the modules that are built from their real
 * screens: a stack of its own (PostgreSQL, Temporal, worker, API, the built dashboard), a
 * company filled by the demo data (`npm run demo` uses the same function), and Chromium at
 * 1280×800 on each screen. Every module is built, so every screenshot the marketplace shows
 * comes from here.
 *
 *   npx tsx web/scripts/capture-module-screenshots.ts          # every built module
 *   npx tsx web/scripts/capture-module-screenshots.ts crm      # only these
 *
 * from the repository root; it needs `/usr/bin/chromium` (or CHROMIUM_PATH) and the
 * Temporal binaries in .tools/ (as `npm test` does). Its ports are ATRIUM_TEST_*_PORT,
 * 55490/7290/4290 unless set, so it runs beside `npm start` and `npm test`.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleListings } from '@atrium/core';
import { capturedScreen, capturedScreens, type CapturedModule } from './captured-screens';

process.env.ATRIUM_TEST_PG_PORT ??= '55490';
process.env.ATRIUM_TEST_TEMPORAL_PORT ??= '7290';
process.env.ATRIUM_TEST_API_PORT ??= '4290';
// The stack reads its ports when imported: after the defaults above.
const { startTestStack } = await import('../../scripts/test/test-stack');
const { startDashboard } = await import('../test/support/start-dashboard');
const { launchBrowser } = await import('../test/support/browser');
const { fillCompany } = await import('../../scripts/demo/fill-company');

const webStatic = fileURLToPath(new URL('../static', import.meta.url));
/** Past this the marketplace page gets slow to load on a phone. */
const maxBytes = 250_000;

const built = Object.keys(capturedScreens) as CapturedModule[];
const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !built.includes(name as CapturedModule));
if (unknown.length > 0) throw new Error(`Not a built module: ${unknown.join(', ')}. Captured from real screens: ${built.join(', ')}`);
const modules = requested.length > 0 ? (requested as CapturedModule[]) : built;

const stack = await startTestStack();
try {
  const dashboard = await startDashboard({ apiUrl: stack.apiUrl });
  try {
    const owner = { email: 'demo@atrium.example', password: 'Demo-screens-2026!', name: 'Alex Morgan' };
    const demo = await fillCompany({ apiUrl: stack.apiUrl, owner, companyName: 'Northwind Outfitters', log: (line) => console.log(`[demo] ${line}`) });
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ baseURL: dashboard.url, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByLabel('Email').fill(owner.email);
      await page.getByLabel('Password').fill(owner.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      for (const module of modules) await captureModule(page, demo.session.companyId, module);
    } finally {
      await browser.close();
    }
  } finally {
    await dashboard.stop();
  }
} finally {
  await stack.stop();
}

async function captureModule(page: import('playwright-core').Page, companyId: string, module: CapturedModule): Promise<void> {
  for (const { file } of moduleListings[module].screenshots) {
    const name = file.match(new RegExp(`^/marketplace/${module}-(.+)\\.png$`))?.[1];
    const screen = name ? capturedScreen(module, name) : undefined;
    if (!screen) throw new Error(`No screen is captured for ${file}: add "${name}" to ${module} in web/scripts/captured-screens.ts`);
    await page.goto(`/${companyId}/${screen.path}`);
    for (const link of [screen.open ?? []].flat()) {
      const from = page.url();
      await page.getByTestId(link).filter(screen.openText ? { hasText: screen.openText } : {}).first().click();
      await page.waitForURL((url) => url.href !== from);
    }
    await page.getByTestId(screen.ready).first().waitFor();
    // Fonts and charts settle after the first paint.
    await page.evaluate(() => document.fonts.ready);
    // chart.js draws on the client after the data is on the page.
    await page.waitForTimeout(500);
    const path = `${webStatic}${file}`;
    await mkdir(dirname(path), { recursive: true });
    await page.screenshot({ path, type: 'png' });
    const { size } = await stat(path);
    console.log(`${file}  from /${screen.path}  ${Math.round(size / 1024)} KB${size > maxBytes ? '  — over the size budget' : ''}`);
    if (size > maxBytes) process.exitCode = 1;
  }
}
