import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, uniqueEmail } from './support/browser';
import { arrivedAtCompany, signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';

/**
 * The form primitive (web/src/lib/components/form, web/src/lib/server/form-action.ts): a
 * value core's schema refuses comes back under its field, with what was typed kept, whether
 * the browser runs the page's JavaScript (use:enhance) or posts the form itself.
 */
describe('a form built on core’s schema says under the field what to fix', () => {
  const session = dashboardSession();

  async function createCompanyWithName(page: Page, name: string): Promise<void> {
    await page.goto('/companies/new');
    await page.getByLabel('Company name').fill(name);
    await page.getByRole('button', { name: 'Create company' }).click();
  }

  async function expectNameRefused(page: Page): Promise<void> {
    const error = page.getByTestId('field-error-name');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe('Company names need at least 2 characters.');
    await expect(page.getByLabel('Company name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('N');
    await expect(page.getByTestId('form-error').textContent()).resolves.toBe('Company names need at least 2 characters.');
    expect(new URL(page.url()).pathname).toBe('/companies/new');
  }

  it('with JavaScript: a one-letter company name is refused without a reload, then a good one creates the company', async () => {
    const page = await session.newPage();
    // The page's Content-Security-Policy must let superforms' script run: no refusals.
    const refusals: string[] = [];
    page.on('console', (entry) => {
      if (/Content Security Policy|Refused to/i.test(entry.text())) refusals.push(entry.text());
    });
    const firstId = await signUpInBrowser(page, { name: 'Grace Hopper', email: uniqueEmail('forms'), companyName: `Flow Matic ${Date.now().toString(36)}` });

    await page.goto('/companies/new');
    // Set by this page's script; a full page load would lose it.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByLabel('Company name').fill('N');
    await page.getByRole('button', { name: 'Create company' }).click();
    const error = page.getByTestId('field-error-name');
    await error.waitFor();
    await expect(error.textContent()).resolves.toBe('Company names need at least 2 characters.');
    await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true);
    await expect(page.getByLabel('Company name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe('N');

    await page.getByLabel('Company name').fill('Nanosecond Wire');
    await page.getByRole('button', { name: 'Create company' }).click();
    const secondId = await arrivedAtCompany(page, 'create company');
    expect(secondId).not.toBe(firstId);
    expect(refusals).toEqual([]);
  });

  it('without JavaScript: the same refusal comes back as a page, and a good name creates the company', async () => {
    const owner = await session.newPage();
    await signUpInBrowser(owner, { name: 'Jean Sammet', email: uniqueEmail('forms-plain'), companyName: `Cobol Works ${Date.now().toString(36)}` });
    const { context, page } = await openPage(owner.context().browser()!, new URL(owner.url()).origin, { javaScriptEnabled: false });
    await context.addCookies(await owner.context().cookies());
    try {
      await createCompanyWithName(page, 'N');
      await expectNameRefused(page);

      await page.getByLabel('Company name').fill('Nanosecond Plain');
      await page.getByRole('button', { name: 'Create company' }).click();
      await arrivedAtCompany(page, 'create company');
    } finally {
      await context.close();
    }
  });
});
