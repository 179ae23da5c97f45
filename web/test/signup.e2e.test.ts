import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signupRequest } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import { dashboardSession } from './support/dashboard-session';

const uuidPath = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('a company signs up in the dashboard', () => {
  const { newPage } = dashboardSession();

  it('a founder who creates Ada Analytics lands on its five-step onboarding checklist', async () => {
    const page = await newPage();
    const companyName = `Ada Analytics ${Date.now().toString(36)}`;

    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Work email').fill(uniqueEmail());
    await page.getByLabel('Password').fill('analytical-engine-1843');
    await page.getByLabel('Company name').fill(companyName);
    await page.getByRole('button', { name: 'Create company' }).click();

    await leftSignupFor(page, uuidPath);
    const checklist = page.getByTestId('onboarding-checklist');
    // The onboarding workflow may take a moment to answer after signup; the page retries.
    await checklist.waitFor({ timeout: 30_000 });

    await expect(checklist.locator('[data-testid^="onboarding-step-"]').count()).resolves.toBe(5);
    await expect(page.getByTestId('company-name').textContent()).resolves.toBe(companyName);
    await expect(page.getByTestId('onboarding-step-company_profile').isVisible()).resolves.toBe(true);
    // Dashboard pages are for signed-in people only: reaching this page proves the session
    // cookie set by the API made it through the dashboard to the browser.
    const cookies = await page.context().cookies();
    expect(cookies.length).toBeGreaterThan(0);
  }, 90_000);

  it('a malformed email gets the API’s explanation and the form keeps what was typed', async () => {
    const page = await newPage();
    const companyName = 'Typo Industries';
    const malformed = 'ada.at.example.com';
    const expected = emailMessageFor(malformed);

    await page.goto('/signup');
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Work email').fill(malformed);
    await page.getByLabel('Password').fill('analytical-engine-1843');
    await page.getByLabel('Company name').fill(companyName);
    await page.getByRole('button', { name: 'Create company' }).click();

    const form = page.getByTestId('signup-form');
    await form.getByText(expected).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/signup');
    await expect(page.getByLabel('Work email').inputValue()).resolves.toBe(malformed);
    await expect(page.getByLabel('Company name').inputValue()).resolves.toBe(companyName);
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
  }, 60_000);
});

/** Waits for the signup to land on `destination`; if the form shows an error instead, fails with it. */
async function leftSignupFor(page: Page, destination: RegExp): Promise<void> {
  const refused = page
    .getByTestId('form-error')
    .waitFor({ timeout: 30_000 })
    .then(async () => `the signup form said: ${await page.getByTestId('form-error').textContent()}`);
  const arrived = page.waitForURL(destination, { timeout: 30_000 }).then(() => null);
  const problem = await Promise.race([arrived, refused.catch(() => null)]);
  if (problem) {
    arrived.catch(() => {}); // it will time out; the form's message is the failure to report
    throw new Error(problem);
  }
  await arrived;
}

/** The sentence the API's shared schema gives for this email; the API answers with it. */
function emailMessageFor(email: string): string {
  const parsed = signupRequest.safeParse({
    email,
    password: 'analytical-engine-1843',
    name: 'Ada Lovelace',
    companyName: 'Typo Industries',
  });
  const issue = parsed.error?.issues.find((candidate) => candidate.path[0] === 'email');
  if (!issue) throw new Error(`core's signupRequest accepts ${email}; pick a more malformed one`);
  return issue.message;
}
