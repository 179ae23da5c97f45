import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';

const phone = { width: 390, height: 844 };

describe('the dashboard on a 390 px phone', () => {
  const session = dashboardSession();

  it('fits every company page on the screen, and opens the navigation from the menu button', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, {
      name: 'Ada Lovelace',
      email: uniqueEmail('phone'),
      companyName: `Analytical Engines of Considerable Length ${Date.now().toString(36)}`,
    });

    // A module to land on: CRM in trial.
    await owner.goto(`/${companyId}/marketplace/crm`);
    await owner.getByTestId('module-actions').getByTestId('start-trial').click();
    await owner.getByTestId('marketplace-success').waitFor();

    const pages = ['', '/team', '/billing', '/marketplace', '/marketplace/crm', '/modules/crm', '/settings/profile', '/settings/branding', '/audit-log', '/notifications', '/notifications/preferences'];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(`/${companyId}${path}`);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('company-shell').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path || '/'} is ${width} px wide: ${await widest(owner)}`);
    }
    expect(tooWide).toEqual([]);

    // The sidebar is a drawer: hidden until the menu button opens it, closed by a link.
    await owner.goto(`/${companyId}`);
    await expect(owner.getByTestId('nav-team').isVisible()).resolves.toBe(false);
    await owner.getByTestId('menu-button').click();
    await owner.getByTestId('nav-team').waitFor({ state: 'visible' });
    await expect(owner.getByTestId('nav-module-crm').isVisible()).resolves.toBe(true);
    await expect(owner.getByTestId('nav-billing').isVisible()).resolves.toBe(true);
    await owner.getByTestId('nav-team').click();
    await owner.waitForURL(`**/${companyId}/team`);
    await owner.getByTestId('nav-team').waitFor({ state: 'hidden' });
    expect(await pageWidth(owner)).toBeLessThanOrEqual(phone.width);
  }, 120_000);

  it('opens the drawer without JavaScript (a checkbox behind the menu button)', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, { name: 'Grace Hopper', email: uniqueEmail('phone'), companyName: `Cobol Co ${Date.now().toString(36)}` });
    const noScript = await owner.context().browser()!.newContext({ javaScriptEnabled: false, viewport: phone, baseURL: new URL(owner.url()).origin });
    try {
      await noScript.addCookies(await owner.context().cookies());
      const page = await noScript.newPage();
      await page.goto(`/${companyId}/team`);
      await expect(page.getByTestId('nav-billing').isVisible()).resolves.toBe(false);
      await page.getByTestId('menu-button').click();
      await page.getByTestId('nav-billing').waitFor({ state: 'visible' });
      expect(await pageWidth(page)).toBeLessThanOrEqual(phone.width);
    } finally {
      await noScript.close();
    }
  }, 120_000);
});

function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The elements reaching past the screen's right edge, innermost first: what to fix. */
function widest(page: Page): Promise<string> {
  return page.evaluate((limit) => {
    const past = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > limit + 0.5);
    const innermost = past.filter((element) => ![...element.children].some((child) => past.includes(child)));
    return innermost
      .slice(0, 6)
      .map((element) => `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : ''}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)}`)
      .join(', ');
  }, 390);
}
