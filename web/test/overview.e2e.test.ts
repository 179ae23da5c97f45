/// <reference path="../../scripts/test/provided-context.d.ts" />
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import pg from 'pg';
import { categoryOfKind, formatMoney, plans, type Money } from '@atrium/core';
import { openPage, uniqueEmail } from './support/browser';
import { addCardOnBillingPage, testCards } from './support/billing-flows';
import { arrivedAtCompany, followOutboxLink, inviteOnTeamPage, password, signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';

describe('a company sees where it stands on its dashboard', () => {
  const session = dashboardSession();

  async function newCompany(label: string): Promise<{ owner: Page; companyId: string; companyName: string }> {
    const owner = await session.newPage();
    const companyName = `${label} ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Ada Lovelace', email: uniqueEmail('owner'), companyName });
    return { owner, companyId, companyName };
  }

  it('a new owner is shown the next setup step; after a card and CRM the dashboard lists CRM, the next charge and one month of spend', async () => {
    const { owner, companyId } = await newCompany('Glance Works');

    // Fresh from signup: nothing is set up, and the dashboard says what to do first and where.
    const next = owner.getByTestId('onboarding-next-step');
    await next.waitFor({ timeout: 30_000 });
    await expect(next.getAttribute('data-step')).resolves.toBe('company_profile');
    await expect(next.textContent()).resolves.toContain('0 of 5 done');
    await expect(owner.getByTestId('onboarding-next-label').textContent()).resolves.toBe('Complete your company profile');
    await expect(owner.getByTestId('onboarding-progress').textContent()).resolves.toMatch(/0\s+of 5 done/);
    await expect(owner.getByTestId('onboarding-next-link').getAttribute('href')).resolves.toBe(`/${companyId}/settings/profile`);

    await expect(owner.getByTestId('modules-empty').isVisible()).resolves.toBe(true);
    await expect(owner.getByTestId('modules-marketplace-link').getAttribute('href')).resolves.toBe(`/${companyId}/marketplace`);
    await expect(owner.getByTestId('overview-seats-used').textContent()).resolves.toBe('1');
    await expect(owner.getByTestId('overview-seats-paid').textContent()).resolves.toBe(String(plans.starter.seatsIncluded));
    await expect(owner.getByTestId('overview-plan').textContent()).resolves.toBe('Starter');
    await expect(owner.getByTestId('spend-empty').textContent()).resolves.toContain('No invoices yet');
    await expect(owner.getByTestId('notifications-empty').isVisible()).resolves.toBe(true);

    await owner.getByTestId('onboarding-next-link').click();
    await owner.waitForURL(`**/${companyId}/settings/profile`);

    // A card on the billing page, then CRM bought through the person's own session.
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    const bought = await owner.request.post(`/api/companies/${companyId}/marketplace/crm/purchase`, { data: {} });
    expect(bought.status(), await bought.text()).toBe(200);
    const { invoice } = (await bought.json()) as { invoice: { number: string; total: Money } | null };
    expect(invoice).not.toBeNull();

    // What the billing page says the next renewal charges, to hold the dashboard to.
    await owner.goto(`/${companyId}/billing`);
    const upcomingTotal = (await owner.getByTestId('upcoming-total').textContent())!.trim();

    await owner.goto(`/${companyId}`);
    const crm = owner.getByTestId('overview-module').and(owner.locator('[data-module="crm"]'));
    await expect(crm.getAttribute('data-state')).resolves.toBe('active');
    await expect(crm.getByTestId('module-state').textContent()).resolves.toMatch(/^\s*Active\s*$/);
    await expect(crm.getByRole('link', { name: 'CRM' }).getAttribute('href')).resolves.toBe(`/${companyId}/modules/crm`);
    await expect(owner.getByTestId('modules-empty').count()).resolves.toBe(0);

    await expect(owner.getByTestId('overview-billing-status').textContent()).resolves.toBe('Active');
    await expect(owner.getByTestId('overview-next-charge-amount').textContent()).resolves.toBe(upcomingTotal);
    await expect(owner.getByTestId('overview-next-charge-date').textContent()).resolves.toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await expect(owner.getByTestId('overview-past-due').count()).resolves.toBe(0);

    // One month of spend: the CRM invoice, drawn by Chart.js on its canvas.
    const chart = owner.locator('[data-testid="spend-chart"][data-state="drawn"]');
    await chart.waitFor();
    await expect(chart.getAttribute('data-months')).resolves.toBe('1');
    await expect(owner.getByTestId('spend-total').textContent()).resolves.toBe(formatMoney(invoice!.total));
    const canvas = await owner.getByTestId('spend-canvas').evaluate((element) => {
      const canvas = element as HTMLCanvasElement;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha]! > 0) painted++;
      return { width: canvas.width, height: canvas.height, painted };
    });
    expect(canvas.width).toBeGreaterThan(0);
    expect(canvas.height).toBeGreaterThan(0);
    expect(canvas.painted).toBeGreaterThan(0);

    // A card and a module: two setup steps done, the profile still first in line.
    await expect(owner.getByTestId('onboarding-progress').textContent()).resolves.toMatch(/2\s+of 5 done/);
    await expect(owner.getByTestId('onboarding-step-payment_method').getAttribute('data-state')).resolves.toBe('done');
    await expect(owner.getByTestId('onboarding-step-choose_modules').getAttribute('data-state')).resolves.toBe('done');
    await expect(owner.getByTestId('onboarding-next-step').getAttribute('data-step')).resolves.toBe('company_profile');
  }, 150_000);

  it('the latest notices are listed newest first and marked read from the dashboard, with or without JavaScript', async () => {
    const { owner, companyId } = await newCompany('Notice Works');
    await owner.getByTestId('overview-notifications').waitFor();
    await leaveNotice(companyId, { kind: 'onboarding_reminder', title: 'Your setup is waiting', body: 'Three steps to go.', minutesAgo: 10 });
    await leaveNotice(companyId, { kind: 'card_expiring', title: 'Your card expires soon', body: 'Add a new card before the 1st.', minutesAgo: 1 });

    await owner.reload();
    const notices = owner.getByTestId('notification');
    await expect(notices.allTextContents()).resolves.toEqual([
      expect.stringContaining('Your card expires soon'),
      expect.stringContaining('Your setup is waiting'),
    ]);
    await expect(owner.getByTestId('notifications-unread').textContent()).resolves.toBe('2 new');

    const reminder = notices.filter({ hasText: 'Your setup is waiting' });
    await reminder.getByTestId('mark-read').click();
    await owner.locator('[data-testid="notification"][data-read="true"]').filter({ hasText: 'Your setup is waiting' }).waitFor();
    await expect(reminder.getByTestId('mark-read').count()).resolves.toBe(0);
    await expect(owner.getByTestId('notifications-unread').textContent()).resolves.toBe('1 new');

    // The same person with JavaScript off: the mark-read button is a plain form post.
    const { context, page } = await openPage(owner.context().browser()!, new URL(owner.url()).origin, { javaScriptEnabled: false });
    await context.addCookies(await owner.context().cookies());
    try {
      await page.goto(`/${companyId}`);
      const card = page.getByTestId('notification').filter({ hasText: 'Your card expires soon' });
      await card.getByTestId('mark-read').click();
      await page.locator('[data-testid="notification"][data-read="true"]').filter({ hasText: 'Your card expires soon' }).waitFor();
      await expect(page.getByTestId('notifications-unread').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('a member sees the modules, the seats and the notices for everyone, but no billing figures at all', async () => {
    const { owner, companyId, companyName } = await newCompany('Member Works');
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    const bought = await owner.request.post(`/api/companies/${companyId}/marketplace/crm/purchase`, { data: {} });
    expect(bought.status(), await bought.text()).toBe(200);
    await leaveNotice(companyId, { kind: 'onboarding_reminder', title: 'Your setup is waiting', body: 'Two steps to go.', minutesAgo: 5 });
    await leaveNotice(companyId, { kind: 'payment', title: 'Payment of €49.00 failed', body: 'We will retry soon.', minutesAgo: 1 });

    const memberEmail = uniqueEmail('member');
    await expect(inviteOnTeamPage(owner, companyId, { email: memberEmail, role: 'member', modules: { crm: 'viewer' } })).resolves.toEqual({ sent: true });
    const member = await session.newPage();
    await followOutboxLink(member, memberEmail, `invited you to ${companyName}`);
    await member.waitForURL(/\/invite\/[\w-]+$/);
    await member.getByLabel('Your name').fill('Mary Member');
    await member.getByLabel('Password').fill(password);
    await member.getByRole('button', { name: 'Accept and join' }).click();
    await expect(arrivedAtCompany(member, 'accept invitation')).resolves.toBe(companyId);

    await member.getByTestId('overview').waitFor();
    const crm = member.getByTestId('overview-module').and(member.locator('[data-module="crm"]'));
    await expect(crm.getAttribute('data-state')).resolves.toBe('active');
    await expect(crm.getByRole('link', { name: 'CRM' }).getAttribute('href')).resolves.toBe(`/${companyId}/modules/crm`);
    await expect(member.getByTestId('overview-seats-used').textContent()).resolves.toBe('2');

    // No plan, no charge, no spend, no payment notice: nothing about money on the page.
    await expect(member.getByTestId('overview-billing').count()).resolves.toBe(0);
    await expect(member.getByTestId('overview-spend').count()).resolves.toBe(0);
    await expect(member.getByTestId('notification').allTextContents()).resolves.toEqual([expect.stringContaining('Your setup is waiting')]);
    const everything = (await member.locator('main').textContent()) ?? '';
    expect(everything).not.toMatch(/€|\$|£|EUR|Next charge|Spend/);

    // Setup steps are shown, but the ones a member cannot do are not linked.
    await expect(member.getByTestId('onboarding-next-step').getAttribute('data-step')).resolves.toBe('company_profile');
    await expect(member.getByTestId('onboarding-next-link').count()).resolves.toBe(0);
    await expect(member.getByTestId('onboarding-next-step').textContent()).resolves.toContain('An owner or admin of this company does this step.');
  }, 150_000);
});

/**
 * Leaves a notice for a company as the workers do (they write the row; the API lists it),
 * inside the company's row-level-security context.
 */
async function leaveNotice(
  companyId: string,
  notice: { kind: string; title: string; body: string; minutesAgo: number },
): Promise<void> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.company_id', $1, true)`, [companyId]);
    await client.query(
      `insert into notification (id, company_id, kind, category, title, body, dedupe_key, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(mins => $8))`,
      [randomUUID(), companyId, notice.kind, categoryOfKind(notice.kind), notice.title, notice.body, `browser-test:${randomUUID()}`, notice.minutesAgo],
    );
    await client.query('commit');
  } finally {
    await client.end();
  }
}
