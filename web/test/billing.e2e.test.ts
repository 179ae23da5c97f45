/// <reference path="../../scripts/test/provided-context.d.ts" />
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, uniqueEmail } from './support/browser';
import {
  addCardOnBillingPage,
  confirmChange,
  download,
  pdfText,
  previewPlanChange,
  reloadUntil,
  restartSubscriptionRenewingToday,
  testCards,
} from './support/billing-flows';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';

describe('an owner manages billing in the dashboard', () => {
  const session = dashboardSession();

  async function newCompany(label: string): Promise<{ owner: Page; companyId: string }> {
    const owner = await session.newPage();
    const companyId = await signUpInBrowser(owner, {
      name: 'Ada Lovelace',
      email: uniqueEmail(label.toLowerCase().replace(/\W+/g, '-')),
      companyName: `${label} ${Date.now().toString(36)}`,
    });
    return { owner, companyId };
  }

  it('adds the 4242 test card as the default card, and is told why 0002 is declined', async () => {
    const { owner, companyId } = await newCompany('Card Works');
    await owner.getByTestId('nav-billing').click();
    await owner.waitForURL(`**/${companyId}/billing`);
    await expect(owner.getByTestId('plan-name').textContent()).resolves.toBe('Starter');
    await expect(owner.getByTestId('cards-empty').isVisible()).resolves.toBe(true);
    await expect(owner.getByTestId('invoices-empty').isVisible()).resolves.toBe(true);
    await expect(owner.getByTestId('test-cards').textContent()).resolves.toContain('4000 0000 0000 0341');

    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    const visa = owner.getByTestId('card-row').and(owner.locator('[data-last4="4242"]'));
    await expect(visa.textContent()).resolves.toContain('Visa ending in 4242');
    await expect(visa.getByTestId('card-default').isVisible()).resolves.toBe(true);

    await expect(addCardOnBillingPage(owner, companyId, testCards.declined)).resolves.toEqual({
      added: false,
      message: 'Your card was declined. Try another card.',
    });
    await expect(owner.getByTestId('card-row').count()).resolves.toBe(1);
  });

  it('moves from Starter to Growth: the prorated charge is shown before confirming, then paid and listed', async () => {
    const { owner, companyId } = await newCompany('Upgrade Works');
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });

    const chargeNow = await previewPlanChange(owner, 'growth');
    expect(chargeNow).toMatch(/^€\d+\.\d{2}$/);
    expect(chargeNow).not.toBe('€0.00');
    // Nothing has happened yet: still Starter, nothing invoiced.
    await expect(owner.getByTestId('plan-name').textContent()).resolves.toBe('Starter');
    await expect(owner.getByTestId('invoices-empty').isVisible()).resolves.toBe(true);

    const done = await confirmChange(owner);
    expect(done).toContain('You are now on Growth.');
    expect(done).toContain(`${chargeNow} was charged`);
    await expect(owner.getByTestId('plan-name').textContent()).resolves.toBe('Growth');

    const invoices = owner.getByTestId('invoice-row');
    await expect(invoices.count()).resolves.toBe(1);
    await expect(invoices.getByTestId('invoice-status').textContent()).resolves.toBe('Paid');
    await expect(invoices.textContent()).resolves.toContain(chargeNow);
    await expect(invoices.getByTestId('receipt-pdf').isVisible()).resolves.toBe(true);
  });

  it('downloads the invoice of an upgrade as a PDF naming its number and the Growth plan', async () => {
    const { owner, companyId } = await newCompany('Invoice Works');
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    await previewPlanChange(owner, 'growth');
    await confirmChange(owner);

    const invoice = owner.getByTestId('invoice-row').first();
    const number = (await invoice.getByTestId('invoice-number').textContent())!.trim();
    expect(number).toMatch(/^ATR-\d{4}-\d{6}$/);
    await expect(invoice.getByTestId('invoice-pdf').getAttribute('href')).resolves.toMatch(
      new RegExp(`^/${companyId}/billing/invoices/[0-9a-f-]{36}/invoice$`),
    );

    const pdf = await download(owner, invoice.getByTestId('invoice-pdf'));
    expect(pdf.filename).toBe(`${number}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(number);
    expect(text).toContain('Growth');

    const receipt = await download(owner, invoice.getByTestId('receipt-pdf'));
    expect(receipt.filename).toBe(`${number}-receipt.pdf`);
    await expect(pdfText(receipt.bytes)).resolves.toContain(number);

    // The download endpoint hands documents only to a signed-in person the API lets read them.
    const href = (await invoice.getByTestId('invoice-pdf').getAttribute('href'))!;
    const signedOut = await session.newPage();
    const refused = await signedOut.request.get(href, { maxRedirects: 0 });
    expect(refused.status()).toBe(303);
    expect(refused.headers()['location']).toBe(`/login?redirectTo=${encodeURIComponent(`/${companyId}/billing`)}`);
  });

  it('a renewal that fails for want of a card shows a banner on every company page until a card pays it', async () => {
    const { owner, companyId } = await newCompany('Dunning Works');
    await expect(owner.getByTestId('dunning-banner').count()).resolves.toBe(0);

    await restartSubscriptionRenewingToday({ address: inject('temporalAddress'), taskQueue: inject('taskQueue') }, companyId);

    await owner.goto(`/${companyId}`);
    const banner = owner.getByTestId('dunning-banner');
    await reloadUntil(owner, 'the banner about the failed renewal', () => banner.isVisible());
    const text = (await banner.textContent())!.replace(/\s+/g, ' ').trim();
    expect(text).toMatch(/^Payment of €\d+\.\d{2} for invoice ATR-\d{4}-\d{6} failed\. We will retry on [A-Z][a-z]{2} \d{1,2}, \d{4}\. Update your card$/);
    const invoiceNumber = text.match(/ATR-\d{4}-\d{6}/)![0];

    await owner.getByTestId('nav-team').click();
    await owner.waitForURL(`**/${companyId}/team`);
    await expect(owner.getByTestId('dunning-banner').textContent()).resolves.toContain(invoiceNumber);

    await owner.getByTestId('dunning-update-card').click();
    await owner.waitForURL(`**/${companyId}/billing#payment-methods`);
    await expect(owner.getByTestId('dunning-banner').textContent()).resolves.toContain(invoiceNumber);
    await expect(owner.getByTestId('subscription-status').textContent()).resolves.toBe('Payment failed');
    const unpaid = owner.getByTestId('invoice-row').and(owner.locator(`[data-number="${invoiceNumber}"]`));
    await expect(unpaid.getByTestId('invoice-status').textContent()).resolves.toBe('Open');

    // A new default card is tried at once, and the banner goes away once it has paid.
    await expect(addCardOnBillingPage(owner, companyId, testCards.succeeds)).resolves.toEqual({ added: true });
    const status = owner.getByTestId('subscription-status');
    await reloadUntil(owner, 'the invoice to be paid', async () => (await status.textContent()) === 'Active');
    await expect(owner.getByTestId('dunning-banner').count()).resolves.toBe(0);
    await expect(unpaid.getByTestId('invoice-status').textContent()).resolves.toBe('Paid');
  }, 180_000);

  it('works without JavaScript: a card, two more seats previewed then confirmed, a cancellation undone', async () => {
    const { owner, companyId } = await newCompany('Plain Forms');
    // The same person in a browser with JavaScript off: every billing form is a plain form post.
    const { context, page } = await openPage(owner.context().browser()!, new URL(owner.url()).origin, { javaScriptEnabled: false });
    await context.addCookies(await owner.context().cookies());
    try {
      await expect(addCardOnBillingPage(page, companyId, testCards.succeeds)).resolves.toEqual({ added: true });

      const changes = page.getByTestId('change-subscription');
      await changes.getByTestId('seats-input').fill('5');
      await changes.getByTestId('preview-seats').click();
      const preview = changes.locator('[data-testid="change-preview"][data-kind="seats"]');
      const chargeNow = (await preview.getByTestId('charge-now').textContent())!.trim();
      expect(chargeNow).toMatch(/^€\d+\.\d{2}$/);
      await expect(page.getByTestId('billing-seats').textContent()).resolves.toBe('3');

      await preview.getByTestId('confirm-change').click();
      await expect(changes.getByTestId('change-success').textContent()).resolves.toBe(`You now have 5 seats. ${chargeNow} was charged (invoice ${await page.getByTestId('invoice-number').first().textContent()}).`);
      await expect(page.getByTestId('billing-seats').textContent()).resolves.toBe('5');

      const controls = page.getByTestId('subscription-controls');
      await controls.getByTestId('cancel-subscription').click();
      await expect(controls.getByTestId('subscription-success').textContent()).resolves.toMatch(/^Your subscription ends on /);
      await expect(controls.getByTestId('cancel-scheduled').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('upcoming-empty').isVisible()).resolves.toBe(true);
      await controls.getByTestId('reactivate').click();
      await expect(controls.getByTestId('subscription-success').textContent()).resolves.toBe('Your subscription continues.');
      await expect(page.getByTestId('upcoming-total').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});
