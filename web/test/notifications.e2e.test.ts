/// <reference path="../../scripts/test/provided-context.d.ts" />
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { uniqueEmail } from './support/browser';
import { addCardOnBillingPage, restartSubscriptionRenewingToday, testCards } from './support/billing-flows';
import { arrivedAtCompany, followOutboxLink, inviteOnTeamPage, password, signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';

describe('the notification centre and the activity feed in the dashboard', () => {
  const session = dashboardSession();

  async function newCompany(label: string): Promise<{ owner: Page; companyId: string; companyName: string }> {
    const owner = await session.newPage();
    const companyName = `${label} ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Ada Lovelace', email: uniqueEmail(label.toLowerCase().replace(/\W+/g, '-')), companyName });
    return { owner, companyId, companyName };
  }

  it('a declined renewal shows in the bell at once, without a reload; the notifications page filters it and marks it read, and the bell follows', async () => {
    const { owner, companyId } = await newCompany('Bell Works');
    // A card that is added, then declines every charge (Stripe's 4000 0000 0000 0341).
    await expect(addCardOnBillingPage(owner, companyId, testCards.chargesFail)).resolves.toEqual({ added: true });

    await owner.goto(`/${companyId}`);
    const bell = owner.getByTestId('notification-bell');
    // The stream is open and says there is nothing unread yet.
    await owner.locator('[data-testid="notification-bell"][data-live="true"][data-unread="0"]').waitFor();
    await expect(owner.getByTestId('bell-unread').count()).resolves.toBe(0);
    // A mark on this document: a reload or a navigation would lose it.
    await owner.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));

    // The renewal falls due now and its charge is declined; dunning tells the owner.
    await restartSubscriptionRenewingToday({ address: inject('temporalAddress'), taskQueue: inject('taskQueue') }, companyId);
    await owner.getByTestId('bell-unread').waitFor({ timeout: 45_000 });
    await expect(owner.getByTestId('bell-unread').textContent()).resolves.toBe('1');
    await expect(owner.getByTestId('bell-latest').textContent()).resolves.toMatch(/^New notification: Payment of €\d+\.\d{2} failed$/);
    await expect(owner.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).resolves.toBe(true);
    // The overview's own list read it again as the bell heard of it.
    await owner.getByTestId('notification').filter({ hasText: 'failed' }).first().waitFor();

    await bell.click();
    await owner.waitForURL(`**/${companyId}/notifications`);
    const failed = owner.getByTestId('notification-item').filter({ hasText: /Payment of €\d+\.\d{2} failed/ });
    await expect(failed.getAttribute('data-category')).resolves.toBe('billing_failure');
    await expect(failed.getByRole('link').getAttribute('href')).resolves.toBe(`/${companyId}/billing`);

    // Filtered to another category it is not there; under failed payments it is.
    await owner.getByTestId('filter-trial').click();
    await owner.waitForURL(/category=trial/);
    await owner.getByTestId('notifications-page-empty').waitFor();
    await owner.getByTestId('filter-billing_failure').click();
    await owner.waitForURL(/category=billing_failure/);
    await expect(owner.getByTestId('notification-item').count()).resolves.toBe(1);

    await owner.getByTestId('mark-all-read').click();
    await owner.locator('[data-testid="notification-item"][data-read="true"]').waitFor();
    // Marked read here, the bell's count goes back to nothing through its stream.
    await owner.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor();
    await expect(owner.getByTestId('bell-unread').count()).resolves.toBe(0);

    // The preferences show the failed-payment mail as always on for an owner.
    await owner.getByTestId('notification-preferences-link').click();
    await owner.waitForURL(`**/${companyId}/notifications/preferences`);
    await expect(owner.getByTestId('mail-billing_failure').isDisabled()).resolves.toBe(true);
    await expect(owner.getByTestId('mail-billing_failure').isChecked()).resolves.toBe(true);
    await owner.getByTestId('mail-billing').uncheck();
    await owner.getByTestId('daily-digest').check();
    await owner.getByTestId('save-preferences').click();
    await owner.getByTestId('preferences-saved').waitFor();
    await owner.reload();
    await expect(owner.getByTestId('mail-billing').isChecked()).resolves.toBe(false);
    await expect(owner.getByTestId('daily-digest').isChecked()).resolves.toBe(true);
  }, 180_000);

  it('after a purchase, an invitation accepted and a CRM deal won the feed shows all three; a CRM viewer sees no invoice in theirs', async () => {
    const { owner, companyId, companyName } = await newCompany('Feed Works');
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    const bought = await owner.request.post(`/api/companies/${companyId}/marketplace/crm/purchase`, { data: {} });
    expect(bought.status(), await bought.text()).toBe(200);
    const { invoice } = (await bought.json()) as { invoice: { number: string } };

    const viewerEmail = uniqueEmail('feed-viewer');
    await expect(inviteOnTeamPage(owner, companyId, { email: viewerEmail, role: 'member', modules: { crm: 'viewer' } })).resolves.toEqual({ sent: true });
    const viewer = await session.newPage();
    await followOutboxLink(viewer, viewerEmail, `invited you to ${companyName}`);
    await viewer.waitForURL(/\/invite\/[\w-]+$/);
    await viewer.getByLabel('Your name').fill('Vera Viewer');
    await viewer.getByLabel('Password').fill(password);
    await viewer.getByRole('button', { name: 'Accept and join' }).click();
    await expect(arrivedAtCompany(viewer, 'accept invitation')).resolves.toBe(companyId);

    // A deal moved to the Won stage, through the owner's own session.
    const board = await owner.request.get(`/api/companies/${companyId}/modules/crm/pipeline`);
    const stages = ((await board.json()) as { stages: Array<{ id: string; name: string }> }).stages;
    const deal = await owner.request.post(`/api/companies/${companyId}/modules/crm/deals`, { data: { title: 'Difference Engine', valueMinor: 500_000 } });
    const dealId = ((await deal.json()) as { id: string }).id;
    const won = await owner.request.post(`/api/companies/${companyId}/modules/crm/deals/${dealId}/move`, { data: { stageId: stages.find((stage) => stage.name === 'Won')!.id } });
    expect(won.status(), await won.text()).toBe(200);

    await owner.goto(`/${companyId}`);
    const feed = owner.getByTestId('activity-feed');
    const entry = (kind: string) => feed.locator(`[data-testid="activity-item"][data-kind="${kind}"]`);
    await expect(entry('crm_deal_won').textContent()).resolves.toContain('Deal won: Difference Engine');
    await expect(entry('member_joined').filter({ hasText: 'Vera Viewer joined' }).count()).resolves.toBe(1);
    await expect(entry('module_bought').textContent()).resolves.toContain('CRM was bought');
    await expect(entry('invoice_paid').textContent()).resolves.toContain(`Invoice ${invoice.number} paid`);
    await expect(entry('crm_deal_won').getByRole('link').getAttribute('href')).resolves.toBe(`/${companyId}/modules/crm`);
    // Quick figures of CRM against the plan's limits, linked to CRM.
    const crm = owner.locator('[data-testid="module-stat"][data-module="crm"]');
    await expect(crm.getByRole('link', { name: 'CRM' }).getAttribute('href')).resolves.toBe(`/${companyId}/modules/crm`);
    await expect(crm.getByTestId('module-stat-limit').count()).resolves.toBeGreaterThan(0);

    await viewer.goto(`/${companyId}`);
    const theirs = viewer.getByTestId('activity-feed');
    await theirs.locator('[data-kind="crm_deal_won"]').waitFor();
    await expect(theirs.locator('[data-kind="member_joined"]').filter({ hasText: 'Vera Viewer joined' }).count()).resolves.toBe(1);
    await expect(theirs.locator('[data-kind^="invoice"]').count()).resolves.toBe(0);
    await expect(theirs.textContent()).resolves.not.toContain(invoice.number);
  }, 180_000);
});
