import type { Page } from 'playwright-core';
import { addCardOnBillingPage, testCards } from './billing-flows';

/** A 1×1 PNG: what the claim page uploads as a receipt photo. */
export const receiptPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Buys Finance in the marketplace with the sandbox's succeeding card, and waits for its categories. */
export async function buyFinance(owner: Page, companyId: string): Promise<void> {
  const card = await addCardOnBillingPage(owner, companyId, testCards.succeeds);
  if (!card.added) throw new Error(`The card was refused: ${card.message}`);
  await owner.goto(`/${companyId}/marketplace/finance`);
  const actions = owner.getByTestId('module-actions');
  await actions.getByTestId('buy-module').click();
  await actions.getByTestId('confirm-purchase').click();
  await actions.getByTestId('marketplace-success').waitFor({ timeout: 30_000 });
  await waitForFinanceSetUp(owner, companyId);
}

/** Starts Finance's free trial (no card), and waits for its categories. */
export async function tryFinance(owner: Page, companyId: string): Promise<void> {
  await owner.goto(`/${companyId}/marketplace/finance`);
  await owner.getByTestId('module-actions').getByTestId('start-trial').click();
  await owner.getByTestId('marketplace-success').waitFor({ timeout: 30_000 });
  await waitForFinanceSetUp(owner, companyId);
}

async function waitForFinanceSetUp(page: Page, companyId: string): Promise<void> {
  await page.goto(`/${companyId}/modules/finance`);
  await page.getByTestId('module-settings').waitFor({ timeout: 30_000 });
  // Every module home has the module's "What's new" beside its settings.
  await page.getByTestId('whats-new').waitFor();
}

/** A draft claim through the form, its receipt attached on its page, and sent; returns the claim's id. */
export async function claimWithReceipt(page: Page, companyId: string, claim: { amount: string; spentOn: string; category: string; merchant: string; send?: boolean }): Promise<string> {
  await page.goto(`/${companyId}/modules/finance/claims/new`);
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('claim-form');
  await form.getByTestId('claim-amount').fill(claim.amount);
  await form.getByTestId('claim-date').fill(claim.spentOn);
  await form.getByTestId('claim-category').selectOption({ label: claim.category });
  await form.getByTestId('claim-merchant').fill(claim.merchant);
  await form.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(`**/modules/finance/claims/*?saved=draft`);
  const claimId = new URL(page.url()).pathname.split('/').pop()!;
  await page.waitForLoadState('networkidle');
  await page.getByTestId('receipt-input').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receiptPng });
  await page.getByTestId('receipt-upload').click();
  await page.getByTestId('receipt-image').waitFor();
  if (claim.send !== false) {
    await page.getByTestId('submit-claim').click();
    await page.getByTestId('claim-waiting').waitFor();
  }
  return claimId;
}
