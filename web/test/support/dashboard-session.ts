import { afterAll, beforeAll, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { startDashboard, type Dashboard } from './start-dashboard';

/**
 * One dashboard and one Chromium for a test file, started before its tests and stopped
 * after them. `newPage()` is a fresh person: their own cookies, their own tab.
 */
export function dashboardSession(): { newPage(): Promise<Page> } {
  let dashboard: Dashboard | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const apiUrl = process.env.ATRIUM_TEST_API_URL;
    if (!apiUrl) throw new Error('ATRIUM_TEST_API_URL is not set: the global setup starts the API and sets it');
    dashboard = await startDashboard({ apiUrl });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await dashboard?.stop();
  });

  return {
    async newPage() {
      const { context, page } = await openPage(browser!, dashboard!.url);
      contexts.push(context);
      // A failure report that says where the browser was and what the dashboard server logged.
      onTestFailed(() => {
        console.error(
          `[web e2e] browser was at ${page.url()}\n[web e2e] dashboard output:\n${dashboard!.output().slice(-4000)}`,
        );
      });
      return page;
    },
  };
}
