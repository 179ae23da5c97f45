import { describe, expect, it } from 'vitest';
import { isoDateOf } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { claimWithReceipt, tryFinance } from './support/finance-flows';
import { pageWidth, phone, widest } from './support/phone';

describe('Finance on a 390 px phone', () => {
  const session = dashboardSession();

  it('fits every Finance page on the screen, with a claim, a bank account and a statement filled in', async () => {
    const owner = await session.newPage();
    await owner.setViewportSize(phone);
    const companyId = await signUpInBrowser(owner, { name: 'Srinivasa Ramanujan Aiyangar', email: uniqueEmail('finance-phone'), companyName: `Ramanujan Partition Accounting Services ${Date.now().toString(36)}` });
    await tryFinance(owner, companyId);
    const today = isoDateOf(Date.now());
    // Long merchant names are what widen a phone's page; the owner's own claim waits for finance.
    const claimId = await claimWithReceipt(owner, companyId, { amount: '1234.56', spentOn: today, category: 'Office supplies', merchant: 'Internationale Büroausstattungsgesellschaft mbH', send: true });
    await owner.goto(`/${companyId}/modules/finance/bank`);
    await owner.getByTestId('account-name').fill('Geschäftskonto Hauptfiliale');
    await owner.getByTestId('add-account').click();
    await owner.getByTestId('import-statement').click();
    await owner.waitForURL('**/import');
    const accountPath = new URL(owner.url()).pathname;
    await owner.getByTestId('statement-file').setInputFiles({ name: 's.csv', mimeType: 'text/csv', buffer: Buffer.from(`Date,Description,Amount\n${today},Überweisung Kunde Rechnungsnummer 2027-000123 Projekt Zahlentheorie,"4,800.00"\n`) });
    await owner.getByTestId('preview-statement').click();
    await owner.getByTestId('statement-preview').waitFor();
    expect(await pageWidth(owner), `import preview: ${await widest(owner)}`).toBeLessThanOrEqual(phone.width);
    await owner.getByTestId('import-statement-lines').click();
    await owner.waitForURL('**/bank?imported=1');

    const pages = ['', '/claims', '/claims/new', `/claims/${claimId}`, '/approvals', '/bank', accountPath.replace(`/${companyId}/modules/finance`, ''), `/report?month=${today.slice(0, 7)}`, '/settings'];
    const tooWide: string[] = [];
    for (const path of pages) {
      const response = await owner.goto(`/${companyId}/modules/finance${path}`);
      expect(response?.status(), path).toBe(200);
      await owner.getByTestId('finance-nav').waitFor();
      const width = await pageWidth(owner);
      if (width > phone.width) tooWide.push(`${path || '/'} is ${width} px wide: ${await widest(owner)}`);
    }
    expect(tooWide).toEqual([]);
  });
});
