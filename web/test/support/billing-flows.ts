import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { Client, Connection } from '@temporalio/client';
import { extractText } from 'unpdf';

/** Stripe's test cards, which the sandbox gateway behaves like. */
export const testCards = {
  succeeds: '4242 4242 4242 4242',
  chargesFail: '4000 0000 0000 0341',
  insufficientFunds: '4000 0000 0000 9995',
  declined: '4000 0000 0000 0002',
} as const;

export async function openBilling(page: Page, companyId: string): Promise<void> {
  if (new URL(page.url()).pathname !== `/${companyId}/billing`) await page.goto(`/${companyId}/billing`);
  await page.getByTestId('billing-plan').waitFor();
}

/**
 * Adds a card with the billing page's test-mode form, as a person would, and waits for the
 * page to say how it went: the card added, or the refusal it showed (returned).
 */
export async function addCardOnBillingPage(
  page: Page,
  companyId: string,
  number: string,
  expiry = { month: '12', year: String(new Date().getUTCFullYear() + 3) },
): Promise<{ added: true } | { added: false; message: string }> {
  await openBilling(page, companyId);
  const cards = page.getByTestId('payment-methods');
  const form = cards.getByTestId('card-form');
  if (!(await form.isVisible())) await cards.getByTestId('add-card-toggle').click();
  await form.getByLabel('Card number').fill(number);
  await form.getByLabel('MM').fill(expiry.month);
  await form.getByLabel('YYYY').fill(expiry.year);
  await form.getByLabel('CVC').fill('123');
  await form.getByTestId('add-card').click();

  const added = cards.getByTestId('cards-success').filter({ hasText: `ending in ${number.replace(/\D/g, '').slice(-4)}` });
  const refused = form.getByTestId('card-error').or(form.getByTestId('field-error-number'));
  await added.or(refused).first().waitFor();
  if (await refused.first().isVisible()) return { added: false, message: (await refused.first().textContent()) ?? '' };
  return { added: true };
}

/**
 * Previews a plan change on the billing page and returns what the preview says is charged
 * now, before anything is confirmed.
 */
export async function previewPlanChange(page: Page, plan: 'starter' | 'growth' | 'scale'): Promise<string> {
  const changes = page.getByTestId('change-subscription');
  await changes.getByTestId('plan-select').selectOption(plan);
  await changes.getByTestId('preview-plan').click();
  const preview = changes.locator('[data-testid="change-preview"][data-kind="plan"]');
  const refused = changes.getByTestId('change-error');
  await preview.or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`The preview was refused: ${await refused.textContent()}`);
  return (await preview.getByTestId('charge-now').textContent())!.trim();
}

/** Confirms the change on show and waits for the page to say it is done. */
export async function confirmChange(page: Page): Promise<string> {
  const changes = page.getByTestId('change-subscription');
  await changes.getByTestId('confirm-change').click();
  const done = changes.getByTestId('change-success');
  const refused = changes.getByTestId('change-error');
  await done.or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.isVisible()) throw new Error(`The change was refused: ${await refused.textContent()}`);
  return (await done.textContent())!.trim();
}

/** Clicks a download link on the page and returns the file's name and bytes. */
export async function download(page: Page, link: ReturnType<Page['getByTestId']>): Promise<{ filename: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const failure = await file.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  return { filename: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

export async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  return text;
}

/** The day one month before `today` (UTC), clamped to the month's last day: 31 March → 28 February. */
export function oneMonthBefore(today: Date): string {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

/**
 * Makes a company's renewal fall due now instead of in a month: its `subscription:{id}`
 * workflow is terminated and started again on Starter as if it had begun a month ago, so
 * its first (free) period ends today and the renewal is invoiced and charged at once.
 */
export async function restartSubscriptionRenewingToday(
  temporal: { address: string; taskQueue: string },
  companyId: string,
): Promise<void> {
  const connection = await Connection.connect({ address: temporal.address });
  try {
    const client = new Client({ connection });
    const workflowId = `subscription:${companyId}`;
    await client.workflow.getHandle(workflowId).terminate('browser test: renew today');
    await client.workflow.start('subscriptionWorkflow', {
      workflowId,
      taskQueue: temporal.taskQueue,
      args: [
        {
          companyId,
          start: { plan: 'starter', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn: oneMonthBefore(new Date()) },
        },
      ],
    });
  } finally {
    await connection.close();
  }
}

/**
 * Reloads the page until `ready` says so: work done by a workflow (a renewal charged, a
 * retry after a new card) reaches the page a moment after it happens.
 */
export async function reloadUntil(page: Page, what: string, ready: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs} ms for ${what} on ${page.url()}`);
    await page.waitForTimeout(500);
    await page.reload();
  }
}
