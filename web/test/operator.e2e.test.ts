/// <reference path="../../scripts/test/provided-context.d.ts" />
import { describe, expect, inject, it } from 'vitest';
import { createTestOperator, totpCode } from '@atrium/db/testing/operators';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';

describe('an Atrium operator publishes help that companies find', () => {
  const session = dashboardSession();

  it('signs in with TOTP (enrolling on the first sign-in), publishes an article, and a company member finds it by a word of its body', async () => {
    const credentials = await createTestOperator(inject('databaseUrl'), 'e2e-operator');
    const operator = await session.newPage();

    // First sign-in: the one-time password, no code yet; the answer is the enrolment.
    await operator.goto('/operator/login');
    const login = operator.getByTestId('operator-login-form');
    await login.getByLabel('Email').fill(credentials.operator.email);
    await login.getByLabel('Password').fill(credentials.oneTimePassword);
    await login.getByRole('button', { name: 'Sign in' }).click();
    const enrol = operator.getByTestId('operator-enrol-form');
    await enrol.waitFor();
    const secret = (await operator.getByTestId('totp-secret').textContent())!.trim();
    expect(secret).toBe(credentials.totp.secret);
    await expect(enrol.locator('svg').count()).resolves.toBeGreaterThan(0);

    // A wrong code is refused; the app's code and a new password enrol and sign in.
    await enrol.getByLabel('Code from the app').fill(totpCode(secret) === '000000' ? '111111' : '000000');
    await enrol.getByLabel('New password').fill('operator-passphrase-2026');
    await enrol.getByRole('button', { name: 'Enrol and sign in' }).click();
    await expect(operator.getByTestId('form-error').textContent()).resolves.toMatch(/not valid/);
    await operator.getByLabel('Code from the app').fill(totpCode(secret));
    await operator.getByLabel('New password').fill('operator-passphrase-2026');
    await operator.getByRole('button', { name: 'Enrol and sign in' }).click();
    await operator.waitForURL('**/operator/companies');
    await expect(operator.getByTestId('operator-email').textContent()).resolves.toBe(credentials.operator.email);

    // A category, then an article about billing, published at once.
    const word = `quillmarsh${Date.now().toString(36)}`;
    const title = `Why did my invoice arrive twice? ${word.slice(-4)}`;
    await operator.getByTestId('console-nav-knowledge-base').click();
    await operator.waitForURL('**/operator/help');
    const categoryForm = operator.getByTestId('category-form');
    await categoryForm.getByLabel('New category').fill(`Billing ${word}`);
    await categoryForm.getByRole('button', { name: 'Add category' }).click();
    await operator.getByTestId('new-article').waitFor();
    await operator.getByTestId('new-article').click();
    await operator.waitForURL('**/operator/help/new');
    const editor = operator.getByTestId('article-form');
    await editor.getByLabel('Title').fill(title);
    await editor.getByLabel('Category').selectOption({ label: `Billing ${word}` });
    await editor.getByLabel('Topic (the page that links it)').selectOption('billing');
    await editor.getByLabel('Text (markdown)').fill(`## Two mails, one invoice\n\nA renewal invoice is mailed once; the receipt follows when the card is charged. If the ${word} notice says otherwise, **write to us**.`);
    await editor.getByLabel('Status').selectOption('published');
    await editor.getByTestId('save-article').click();
    await operator.waitForURL(/\/operator\/help\/[0-9a-f-]{36}\?saved=1$/);
    await expect(operator.getByTestId('article-body').locator('strong').textContent()).resolves.toBe('write to us');

    // A company member, in a browser of their own, searches Help for the word in the body.
    const member = await session.newPage();
    const companyId = await signUpInBrowser(member, { name: 'Grace Hopper', email: uniqueEmail('help-reader'), companyName: `Help Readers ${Date.now().toString(36)}` });
    await member.getByTestId('nav-help').first().click();
    await member.waitForURL(`**/${companyId}/help`);
    await member.getByTestId('help-search').fill(word);
    await member.getByRole('button', { name: 'Search' }).click();
    await member.waitForURL(`**/${companyId}/help?q=${word}`);
    const hit = member.getByTestId('help-hit').filter({ hasText: title });
    await expect(hit.count()).resolves.toBe(1);
    await expect(hit.locator('mark').first().textContent()).resolves.toBe(word);
    await hit.getByTestId('help-hit-link').click();
    await member.waitForURL(`**/${companyId}/help/*`);
    await expect(member.getByTestId('article-body').textContent()).resolves.toContain(word);
    await member.getByTestId('vote-yes').click();
    await member.getByTestId('vote-thanks').waitFor();
    await expect(member.getByTestId('vote-yes').getAttribute('aria-pressed')).resolves.toBe('true');

    // The billing page links the billing articles.
    await member.goto(`/${companyId}/billing`);
    await expect(member.getByTestId('help-links').getByText(title).count()).resolves.toBe(1);

    // The operator opens that company; its owner's audit log says Atrium support looked.
    await operator.goto(`/operator/companies?q=${companyId}`);
    await operator.getByTestId('console-company-link').click();
    await operator.getByTestId('console-plan').waitFor();
    await expect(operator.getByTestId('console-workflows-link').getAttribute('href')).resolves.toContain(encodeURIComponent(`AtriumCompanyId="${companyId}"`));
    await member.goto(`/${companyId}/audit-log`);
    await expect(member.getByTestId('audit-description').filter({ hasText: 'Atrium support viewed your account' }).count()).resolves.toBe(1);
  });
});
