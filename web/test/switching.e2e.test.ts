import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textColorOn } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import {
  arrivedAtCompany,
  followOutboxLink,
  inviteOnTeamPage,
  password,
  signUpInBrowser,
} from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { pngImage } from '../../scripts/test/png-image';

interface Brand {
  name: string;
  primaryColor: string;
  accentColor: string;
  /** The logo's size tells the two uploaded images apart once the browser has decoded them. */
  logo: { width: number; height: number; rgb: [number, number, number] };
}

describe('a person in two companies switches between them', () => {
  const session = dashboardSession();

  it('each company shows its own name, colours and logo, and Atrium’s sign-in pages keep Atrium’s look', async () => {
    const page = await session.newPage();
    const stamp = Date.now().toString(36);
    const northwind: Brand = {
      name: `Northwind ${stamp}`,
      primaryColor: '#1F6FEB',
      accentColor: '#F59E0B',
      logo: { width: 3, height: 2, rgb: [31, 111, 235] },
    };
    const southwind: Brand = {
      name: `Southwind ${stamp}`,
      primaryColor: '#B91C1C',
      accentColor: '#065F46',
      logo: { width: 5, height: 4, rgb: [185, 28, 28] },
    };

    const northwindId = await signUpInBrowser(page, { name: 'Ada Lovelace', email: uniqueEmail('founder'), companyName: northwind.name });
    await applyBranding(page, northwindId, northwind);

    // The second company comes from the switcher's "New company".
    await page.getByTestId('create-company').click();
    await page.waitForURL('**/companies/new');
    await page.getByLabel('Company name').fill(southwind.name);
    await page.getByRole('button', { name: 'Create company' }).click();
    const southwindId = await arrivedAtCompany(page, 'create company');
    expect(southwindId).not.toBe(northwindId);
    // A new company starts with Atrium's look until it sets its own.
    await expect(page.getByTestId('atrium-mark').isVisible()).resolves.toBe(true);
    await applyBranding(page, southwindId, southwind);

    for (const [id, brand] of [[northwindId, northwind], [southwindId, southwind], [northwindId, northwind]] as const) {
      await page.getByTestId('company-switcher').selectOption(id);
      await page.waitForURL(`**/${id}`);
      await expectBrand(page, id, brand);
    }

    // Sign-in pages are Atrium's, whoever visits them.
    const stranger = await session.newPage();
    await stranger.goto('/login');
    await expect(cssVariable(stranger, 'body', '--color-primary')).resolves.toBe('#4f46e5');
  }, 120_000);

  it('someone who already has an account signs in from an invitation, joins, and switches between both companies', async () => {
    const stamp = Date.now().toString(36);
    const inviter = await session.newPage();
    const hostName = `Lamarr Labs ${stamp}`;
    const hostId = await signUpInBrowser(inviter, { name: 'Hedy Lamarr', email: uniqueEmail('inviter'), companyName: hostName });

    const guest = await session.newPage();
    const guestEmail = uniqueEmail('guest');
    const homeName = `Babbage Bureau ${stamp}`;
    const homeId = await signUpInBrowser(guest, { name: 'Charles Babbage', email: guestEmail, companyName: homeName });
    await guest.getByTestId('logout').click();
    await guest.waitForURL('**/login?signedOut');

    await expect(inviteOnTeamPage(inviter, hostId, { email: guestEmail, role: 'admin' })).resolves.toEqual({ sent: true });
    await followOutboxLink(guest, guestEmail, `invited you to ${hostName}`);
    await guest.getByTestId('sign-in-to-accept-link').click();
    await guest.waitForURL(/\/login\?redirectTo=/);
    await guest.getByLabel('Email').fill(guestEmail);
    await guest.getByLabel('Password').fill(password);
    await guest.getByRole('button', { name: 'Log in' }).click();

    // Back on the invitation, which accepts by itself, then on to the new company.
    await expect(arrivedAtCompany(guest, 'log in')).resolves.toBe(hostId);
    await expect(guest.getByTestId('company-name').textContent()).resolves.toBe(hostName);
    // An admin runs the team, so the invite button is there; billing stays the owner's.
    await guest.getByTestId('nav-team').click();
    await guest.waitForURL(`**/${hostId}/team`);
    await expect(guest.getByTestId('invite-button').isVisible()).resolves.toBe(true);
    await expect(guest.getByTestId('nav-billing').count()).resolves.toBe(0);

    await guest.getByTestId('company-switcher').selectOption(homeId);
    await guest.waitForURL(`**/${homeId}`);
    await expect(guest.getByTestId('company-name').textContent()).resolves.toBe(homeName);
    await expect(guest.getByTestId('nav-billing').isVisible()).resolves.toBe(true);
  }, 120_000);
});

/** Sets a company's colours and uploads its logo on the branding settings page. */
async function applyBranding(page: Page, companyId: string, brand: Brand): Promise<void> {
  await page.goto(`/${companyId}/settings/branding`);
  await page.getByTestId('primaryColor-input').fill(brand.primaryColor);
  await page.getByTestId('accentColor-input').fill(brand.accentColor);
  await page.getByTestId('save-colors').click();
  await page.getByTestId('colors-saved').waitFor();

  const { width, height, rgb } = brand.logo;
  await page.getByTestId('logo-file').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: pngImage(width, height, rgb),
  });
  await page.getByTestId('logo-preview').waitFor();
  await page.getByTestId('upload-logo').click();
  await page.getByTestId('logo-saved').waitFor();
  await page.getByTestId('company-logo').waitFor();
}

async function expectBrand(page: Page, companyId: string, brand: Brand): Promise<void> {
  await expect(page.getByTestId('company-name').textContent()).resolves.toBe(brand.name);
  const shell = '[data-testid="company-shell"]';
  await expect(cssVariable(page, shell, '--color-primary')).resolves.toBe(brand.primaryColor);
  await expect(cssVariable(page, shell, '--color-accent')).resolves.toBe(brand.accentColor);
  await expect(cssVariable(page, shell, '--color-on-primary')).resolves.toBe(textColorOn(brand.primaryColor));
  // The colour reaches what is drawn, not only the variable: the avatar is painted in it.
  await expect(page.locator('.avatar').evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe(
    rgbOf(brand.primaryColor),
  );

  const logo = page.getByTestId('company-logo');
  await expect(logo.getAttribute('src')).resolves.toMatch(new RegExp(`^/api/companies/${companyId}/branding/logo\\?v=`));
  await page.waitForFunction(() => {
    const image = document.querySelector<HTMLImageElement>('[data-testid="company-logo"]');
    return !!image && image.complete && image.naturalWidth > 0;
  });
  await expect(logo.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).resolves.toEqual([
    brand.logo.width,
    brand.logo.height,
  ]);
}

function cssVariable(page: Page, selector: string, name: string): Promise<string> {
  return page.locator(selector).evaluate((element, variable) => getComputedStyle(element).getPropertyValue(variable).trim(), name);
}

function rgbOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
