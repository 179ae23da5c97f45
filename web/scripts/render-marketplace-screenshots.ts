/**
 * Renders the screenshots the marketplace shows of the modules not built yet
 * (`moduleListings` in core) into web/static/marketplace/. Each is a static HTML mock of
 * the module's screen with made-up sample data (marketplace-screens/), photographed in
 * Debian's Chromium at 1280×800. Built modules are photographed from their real screens
 * by capture-module-screenshots.ts instead. Re-run it after changing a mock or adding a
 * screenshot to a listing:
 *
 *   npx tsx web/scripts/render-marketplace-screenshots.ts           # every module
 *   npx tsx web/scripts/render-marketplace-screenshots.ts finance   # only these
 *
 * from the repository root. It needs `/usr/bin/chromium` (`apt-get install -y chromium`)
 * or CHROMIUM_PATH pointing at another Chromium. The PNGs are committed; nothing renders
 * them at build or test time.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleKeys, moduleListings, type ModuleKey } from '@atrium/core';
import { launchBrowser } from '../test/support/browser';
import { cmsScreens } from './marketplace-screens/cms';
import type { ModuleScreens } from './marketplace-screens/shell';
import { isCaptured, type CapturedModule } from './captured-screens';

type MockedModule = Exclude<ModuleKey, CapturedModule>;

const screensByModule: Record<MockedModule, ModuleScreens> = {
  cms: cmsScreens,
};

const webStatic = fileURLToPath(new URL('../static', import.meta.url));
/** Past this the marketplace page gets slow to load on a phone. */
const maxBytes = 200_000;

const requested = process.argv.slice(2);
const mocked = moduleKeys.filter((module): module is MockedModule => !isCaptured(module));
const unknown = requested.filter((name) => !mocked.includes(name as MockedModule));
if (unknown.length > 0) throw new Error(`Not a module with a mock: ${unknown.join(', ')}. Mocked: ${mocked.join(', ')}; the others are captured by capture-module-screenshots.ts`);
const modules = requested.length > 0 ? (requested as MockedModule[]) : mocked;

const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const module of modules) {
    for (const { file } of moduleListings[module].screenshots) {
      const name = file.match(new RegExp(`^/marketplace/${module}-(.+)\\.png$`))?.[1];
      const render = name ? screensByModule[module][name] : undefined;
      if (!render) throw new Error(`No mock renders ${file}: add "${name}" to ${module}'s screens in web/scripts/marketplace-screens/`);
      const path = `${webStatic}${file}`;
      await mkdir(dirname(path), { recursive: true });
      await page.setContent(render(), { waitUntil: 'load' });
      await page.screenshot({ path, type: 'png' });
      const { size } = await stat(path);
      console.log(`${file}  ${Math.round(size / 1024)} KB${size > maxBytes ? '  — over 200 KB, simplify the mock' : ''}`);
      if (size > maxBytes) process.exitCode = 1;
    }
  }
} finally {
  await browser.close();
}
