import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, uniqueEmail } from './support/browser';
import { arrivedAtCompany, inviteOnTeamPage, signUpInBrowser } from './support/company-flows';
import { addCardOnBillingPage, testCards } from './support/billing-flows';
import { plans } from '@atrium/core';
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
    // The input's limits come from core's schema (companyName: 2 to 120 characters).
    await expect(page.getByLabel('Company name').getAttribute('minlength')).resolves.toBe('2');
    await expect(page.getByLabel('Company name').getAttribute('maxlength')).resolves.toBe('120');
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

      // The password pages are the same kind of form: a new password typed twice differently.
      await page.goto('/reset-password?token=not-checked-before-the-passwords-match');
      await page.getByLabel('New password', { exact: true }).fill('analytical-engine-1843');
      await page.getByLabel('New password, again').fill('analytical-engine-1844');
      await page.getByRole('button', { name: 'Save new password' }).click();
      await expect(page.getByTestId('field-error-confirmPassword').textContent()).resolves.toBe('The two passwords are not the same.');
      // Passwords never come back to the browser.
      await expect(page.getByLabel('New password', { exact: true }).inputValue()).resolves.toBe('');
    } finally {
      await context.close();
    }
  });

  it('a role picked before the page’s scripts have loaded is still the one sent once they have', async () => {
    const owner = await session.newPage();
    const companyId = await signUpInBrowser(owner, { name: 'Dorothy Vaughan', email: uniqueEmail('forms-early'), companyName: `Fortran Desk ${Date.now().toString(36)}` });
    const held: Array<() => Promise<void>> = [];
    await owner.route('**/_app/immutable/**/*.js', (route) => {
      held.push(() => route.continue());
    });
    await owner.goto(`/${companyId}/team`, { waitUntil: 'domcontentloaded' });
    const form = owner.getByTestId('invite-form');
    const email = uniqueEmail('forms-early-invitee');
    await form.getByLabel('Email').fill(email);
    await form.getByTestId('invite-role').selectOption('admin');
    await form.getByTestId('module-role-crm').selectOption('editor');
    expect(held.length).toBeGreaterThan(0);

    await Promise.all(held.map((release) => release()));
    await owner.unroute('**/_app/immutable/**/*.js');
    await owner.waitForLoadState('networkidle');
    await expect(form.getByTestId('invite-role').inputValue()).resolves.toBe('admin');
    await expect(form.getByTestId('module-role-crm').inputValue()).resolves.toBe('editor');

    await form.getByRole('button', { name: 'Send invitation' }).click();
    await form.getByTestId('invite-sent').filter({ hasText: email }).waitFor();
    const row = owner.getByTestId('invitation-row').filter({ hasText: email });
    await expect(row.textContent()).resolves.toMatch(/Admin/);
    await expect(row.textContent()).resolves.toMatch(/CRM editor/);
  });

  it('the invitation form keeps the module roles chosen when it comes back with the seat offer, and the invitation carries them', async () => {
    const owner = await session.newPage();
    const companyId = await signUpInBrowser(owner, { name: 'Mary Jackson', email: uniqueEmail('forms-seats'), companyName: `Wind Tunnel ${Date.now().toString(36)}` });
    for (let seat = 2; seat <= plans.starter.seatsIncluded; seat++) {
      await expect(inviteOnTeamPage(owner, companyId, { email: uniqueEmail(`forms-seat${seat}`) })).resolves.toEqual({ sent: true });
    }
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });

    // Without JavaScript as well: the offer is a page of its own then.
    const { context, page: plain } = await openPage(owner.context().browser()!, new URL(owner.url()).origin, { javaScriptEnabled: false });
    await context.addCookies(await owner.context().cookies());
    try {
      for (const [page, label] of [[owner, 'enhanced'], [plain, 'plain']] as const) {
        const email = uniqueEmail(`forms-${label}`);
        const offer = await inviteOnTeamPage(page, companyId, { email, role: 'admin', modules: { crm: 'editor', hr: 'viewer' } });
        expect(offer).toMatchObject({ sent: false, seatOffer: expect.stringContaining('Add a seat') });
        const form = page.getByTestId('invite-form');
        await expect(form.getByLabel('Email').inputValue()).resolves.toBe(email);
        await expect(form.getByTestId('invite-role').inputValue()).resolves.toBe('admin');
        await expect(form.getByTestId('module-role-crm').inputValue()).resolves.toBe('editor');
        await expect(form.getByTestId('module-role-hr').inputValue()).resolves.toBe('viewer');

        await form.getByTestId('confirm-seat-purchase').click();
        await form.getByTestId('invite-sent').filter({ hasText: email }).waitFor();
        const row = page.getByTestId('invitation-row').filter({ hasText: email });
        await expect(row.textContent()).resolves.toMatch(/CRM editor/);
        await expect(row.textContent()).resolves.toMatch(/HR viewer/);
        // A sent invitation empties the form for the next one.
        await expect(form.getByLabel('Email').inputValue()).resolves.toBe('');
        await expect(form.getByTestId('module-role-crm').inputValue()).resolves.toBe('none');
      }
    } finally {
      await context.close();
    }
  }, 180_000);
});
