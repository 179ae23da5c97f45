/// <reference path="../../scripts/test/provided-context.d.ts" />
import { describe, expect, inject, it } from 'vitest';
import { createTestOperator, totpCode } from '@atrium/db/testing/operators';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { openCrmHome } from './support/crm-flows';
import { dashboardSession } from './support/dashboard-session';
import { pageWidth, phone, widest } from './support/phone';

describe("an operator publishes a module update; companies with the module read it in What's new", () => {
  const session = dashboardSession();

  it('a CRM update reaches the bell, the notifications and CRM’s What’s new of a company with CRM, and nothing of a company without', async () => {
    const suffix = Date.now().toString(36);
    const title = `Forecasts per owner ${suffix}`;
    const [credentials, owner, outsider, operator] = await Promise.all([
      createTestOperator(inject('databaseUrl'), 'e2e-updates'),
      session.newPage(),
      session.newPage(),
      session.newPage(),
    ]);

    // Two companies: one tries CRM, the other has no module at all.
    const [withCrm, withoutCrm] = await Promise.all([
      signUpInBrowser(owner, { name: 'Ada Lovelace', email: uniqueEmail('updates-crm'), companyName: `Has CRM ${suffix}` }),
      signUpInBrowser(outsider, { name: 'Grace Hopper', email: uniqueEmail('updates-none'), companyName: `No CRM ${suffix}` }),
    ]);
    const trial = await owner.request.post(`/api/companies/${withCrm}/marketplace/crm/trial`, { data: {} });
    expect(trial.status(), await trial.text()).toBe(201);
    await openCrmHome(owner, withCrm);
    await expect(owner.getByTestId('whats-new').getByText(title).count()).resolves.toBe(0);
    // The bell's stream is open on the CRM home, which stays as it is until the notice comes.
    await owner.locator('[data-testid="notification-bell"][data-live="true"]').waitFor();

    // The operator enrols (TOTP) on the first sign-in, writes a draft and previews it.
    await operator.goto('/operator/login');
    const login = operator.getByTestId('operator-login-form');
    await login.getByLabel('Email').fill(credentials.operator.email);
    await login.getByLabel('Password').fill(credentials.oneTimePassword);
    await login.getByRole('button', { name: 'Sign in' }).click();
    const enrol = operator.getByTestId('operator-enrol-form');
    await enrol.getByLabel('Code from the app').fill(totpCode(credentials.totp.secret));
    await enrol.getByLabel('New password').fill('operator-passphrase-2026');
    await enrol.getByRole('button', { name: 'Enrol and sign in' }).click();
    await operator.waitForURL('**/operator/companies');
    await operator.getByTestId('console-nav-module-updates').click();
    await operator.waitForURL('**/operator/updates');
    await operator.getByTestId('new-module-update').click();
    await operator.waitForURL('**/operator/updates/new');
    const editor = operator.getByTestId('module-update-form');
    await editor.getByLabel('Module').selectOption('crm');
    await editor.getByLabel('Title').fill(title);
    await editor.getByLabel('Text (markdown)').fill('The pipeline board now sums **each owner**.\n\n<script>alert(1)</script>');
    await editor.getByTestId('save-module-update').click();
    await operator.waitForURL(/\/operator\/updates\/[0-9a-f-]{36}\?saved=1$/);
    const preview = operator.getByTestId('module-update-preview');
    await expect(preview.locator('strong').textContent()).resolves.toBe('each owner');
    await expect(preview.locator('script').count()).resolves.toBe(0);

    // Publishing asks first, then says how many companies were told.
    await operator.getByTestId('publish-module-update').click();
    await operator.getByTestId('confirm-accept').click();
    await operator.getByTestId('publish-module-update').getByText('Send again').waitFor();
    await expect(operator.getByTestId('module-update-saved').textContent()).resolves.toMatch(/^Published: [1-9]\d* of [1-9]\d* companies with CRM were notified now\./);

    // The company with CRM: the bell hears of it, the notifications list it, What's new shows it.
    await expect.poll(() => owner.getByTestId('bell-latest').textContent(), { timeout: 15_000 }).toBe(`New notification: CRM: ${title}`);
    await owner.reload();
    const item = owner.getByTestId('whats-new-item').filter({ hasText: title });
    await expect(item.locator('strong').textContent()).resolves.toBe('each owner');
    // On a phone, the home with its update and the console's screens fit the screen.
    const tooWide: string[] = [];
    for (const [page, path] of [[owner, `/${withCrm}/modules/crm`], [operator, '/operator/updates'], [operator, new URL(operator.url()).pathname]] as const) {
      await page.setViewportSize(phone);
      await page.goto(path);
      const width = await pageWidth(page);
      if (width > phone.width) tooWide.push(`${path} is ${width} px wide: ${await widest(page)}`);
    }
    expect(tooWide).toEqual([]);
    await owner.goto(`/${withCrm}/notifications?category=module_updates`);
    const notice = owner.getByTestId('notification-item').filter({ hasText: `CRM: ${title}` });
    await expect(notice.count()).resolves.toBe(1);
    await expect(notice.getByRole('link').getAttribute('href')).resolves.toBe(`/${withCrm}/modules/crm`);

    // The company without CRM: no notice, a 402 from the API, and CRM's landing is the way to the marketplace.
    await outsider.goto(`/${withoutCrm}/notifications`);
    await outsider.getByTestId('notification-list').waitFor();
    await expect(outsider.getByTestId('notification-item').filter({ hasText: title }).count()).resolves.toBe(0);
    const refused = await outsider.request.get(`/api/companies/${withoutCrm}/modules/crm/updates`);
    expect(refused.status()).toBe(402);
    expect(await refused.text()).not.toContain(title);
    await outsider.goto(`/${withoutCrm}/modules/crm`);
    await outsider.getByTestId('module-gate').waitFor();
    await expect(outsider.getByTestId('whats-new').count()).resolves.toBe(0);
  });
});
