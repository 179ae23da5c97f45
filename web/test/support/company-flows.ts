import type { Page } from 'playwright-core';

/** A company id at the end of a dashboard path: `/3f2c…`. */
export const companyPath = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const password = 'analytical-engine-1843';

/** Signs a founder up in the browser and returns the new company's id. */
export async function signUpInBrowser(
  page: Page,
  founder: { name: string; email: string; companyName: string },
): Promise<string> {
  await page.goto('/signup');
  await page.getByLabel('Your name').fill(founder.name);
  await page.getByLabel('Work email').fill(founder.email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Company name').fill(founder.companyName);
  await page.getByRole('button', { name: 'Create company' }).click();
  return arrivedAtCompany(page, 'signup');
}

/** Waits until the browser is on a company's overview; a form's error message fails the wait with it. */
export async function arrivedAtCompany(page: Page, what: string): Promise<string> {
  const refused = page
    .getByTestId('form-error')
    .waitFor({ timeout: 30_000 })
    .then(async () => `the ${what} form said: ${await page.getByTestId('form-error').textContent()}`);
  const arrived = page.waitForURL(companyPath, { timeout: 30_000 }).then(() => null);
  const problem = await Promise.race([arrived, refused.catch(() => null)]);
  if (problem) {
    arrived.catch(() => {});
    throw new Error(problem);
  }
  await arrived;
  return new URL(page.url()).pathname.match(companyPath)![1]!;
}

/**
 * Invites someone on the team page, as the person signed in on `page`, and waits for the
 * page to say how it went: the invitation sent, or the API's refusal (returned).
 */
export async function inviteOnTeamPage(
  page: Page,
  companyId: string,
  invitee: { email: string; role?: 'admin' | 'billing' | 'member'; modules?: Record<string, string> },
): Promise<{ sent: true } | { sent: false; message: string } | { sent: false; seatOffer: string; charge: string | null }> {
  if (new URL(page.url()).pathname !== `/${companyId}/team`) await page.goto(`/${companyId}/team`);
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Email').fill(invitee.email);
  await form.getByTestId('invite-role').selectOption(invitee.role ?? 'member');
  for (const [module, role] of Object.entries(invitee.modules ?? {})) {
    await form.getByTestId(`module-role-${module}`).selectOption(role);
  }
  await form.getByRole('button', { name: 'Send invitation' }).click();

  const sent = form.getByTestId('invite-sent').filter({ hasText: invitee.email });
  const refused = form.getByTestId('invite-error');
  const seatOffer = form.getByTestId('seat-purchase');
  await sent.or(refused).or(seatOffer).first().waitFor();
  if (await refused.isVisible()) return { sent: false, message: (await refused.textContent()) ?? '' };
  if (await seatOffer.isVisible()) {
    const charge = form.getByTestId('seat-purchase-charge');
    return {
      sent: false,
      seatOffer: (await form.getByTestId('seat-purchase-message').textContent()) ?? '',
      charge: (await charge.isVisible()) ? await charge.textContent() : null,
    };
  }
  return { sent: true };
}

/**
 * Opens the local outbox as an operator would and follows the link of the newest mail to
 * `email` whose subject contains `subjectWords`. Mail is written as the API answers, but
 * the page is reloaded a few times in case it is a moment late.
 */
export async function followOutboxLink(page: Page, email: string, subjectWords: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const message = page.getByTestId('outbox-message').filter({ hasText: subjectWords }).first();
    if (await message.count()) {
      await message.getByTestId('outbox-link').first().click();
      return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No mail to ${email} about "${subjectWords}" reached the outbox`);
}
