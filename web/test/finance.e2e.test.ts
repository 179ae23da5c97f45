import { describe, expect, it } from 'vitest';
import { isoDateOf } from '@atrium/core';
import { uniqueEmail } from './support/browser';
import { signUpInBrowser } from './support/company-flows';
import { dashboardSession } from './support/dashboard-session';
import { buyFinance, claimWithReceipt } from './support/finance-flows';
import { inviteAndJoin } from './support/hr-flows';

describe('Finance: an expense claim from receipt to the profit and loss', () => {
  const session = dashboardSession();

  it('Eve claims with a receipt, Max approves in his own browser, finance reimburses, the bank payment is matched and the P&L shows it', async () => {
    const owner = await session.newPage();
    const companyName = `Noether Analytics ${Date.now().toString(36)}`;
    const companyId = await signUpInBrowser(owner, { name: 'Emmy Noether', email: uniqueEmail('finance-owner'), companyName });
    await buyFinance(owner, companyId);
    const max = { name: 'Max Born', email: uniqueEmail('finance-max') };
    const eve = { name: 'Eve Curie', email: uniqueEmail('finance-eve') };
    const maxPage = await session.newPage();
    const evePage = await session.newPage();
    await inviteAndJoin(owner, maxPage, companyId, companyName, max, { finance: 'viewer' });
    await inviteAndJoin(owner, evePage, companyId, companyName, eve, { finance: 'viewer' });

    // Without HR, claims go to the named approver: Max.
    await owner.goto(`/${companyId}/modules/finance/settings`);
    await owner.getByTestId('approver-select').selectOption({ label: max.name });
    await owner.getByTestId('save-approvals').click();
    await owner.getByTestId('settings-saved').waitFor();

    const today = isoDateOf(Date.now());
    const claimId = await claimWithReceipt(evePage, companyId, { amount: '89.99', spentOn: today, category: 'Travel', merchant: 'Deutsche Bahn' });
    await expect(evePage.getByTestId('claim-waiting').textContent()).resolves.toBe(`Waiting for ${max.name}`);

    // Max sees it waiting in his own browser, opens it (with the receipt) and approves it in the modal.
    await maxPage.goto(`/${companyId}/modules/finance/approvals`);
    const waiting = maxPage.getByTestId('claims-to-decide').getByTestId('claim-item');
    await expect(waiting.textContent()).resolves.toContain('Deutsche Bahn');
    await waiting.getByTestId('claim-link').click();
    await maxPage.waitForURL(`**/claims/${claimId}`);
    await maxPage.getByTestId('receipt-image').waitFor();
    await maxPage.waitForLoadState('networkidle');
    await maxPage.getByTestId('decision-note').fill('Thanks, Eve');
    await maxPage.getByTestId('approve-claim').click();
    await maxPage.getByTestId('confirm-modal').getByTestId('confirm-accept').click();
    await maxPage.getByTestId('claim-saved').waitFor();
    await expect(maxPage.getByTestId('claim-status').textContent()).resolves.toBe('Approved');

    // Finance (the owner) pays it back and marks it so.
    await owner.goto(`/${companyId}/modules/finance/claims/${claimId}`);
    await owner.waitForLoadState('networkidle');
    await owner.getByTestId('reimburse-claim').click();
    await owner.getByTestId('confirm-modal').getByTestId('confirm-accept').click();
    await owner.getByTestId('claim-reimbursed').waitFor();
    await evePage.goto(`/${companyId}/modules/finance/claims`);
    await expect(evePage.getByTestId('claim-item').getAttribute('data-status')).resolves.toBe('reimbursed');

    // The bank statement: the reimbursement and a client payment; the first is matched to the claim.
    await owner.goto(`/${companyId}/modules/finance/bank`);
    await owner.getByTestId('account-name').fill('Main account');
    await owner.getByTestId('add-account').click();
    await owner.getByTestId('bank-account').waitFor();
    await owner.getByTestId('import-statement').click();
    await owner.waitForURL('**/import');
    const [year, month, day] = today.split('-');
    const csv = `Booking date;Details;Amount\n${day}.${month}.${year};Reimbursement Eve Curie;-89,99\n${day}.${month}.${year};Client invoice 17;1.200,00\n`;
    await owner.getByTestId('statement-file').setInputFiles({ name: 'statement.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await owner.getByTestId('preview-statement').click();
    await expect(owner.getByTestId('preview-summary').textContent()).resolves.toContain('2 of 2 lines can be imported');
    await owner.getByTestId('import-statement-lines').click();
    await owner.waitForURL('**/modules/finance/bank?imported=2');
    const payment = owner.getByTestId('transaction').filter({ hasText: 'Reimbursement Eve Curie' });
    await expect(payment.getByTestId('match-suggestion').textContent()).resolves.toContain(`${eve.name}’s claim at Deutsche Bahn`);
    await payment.getByTestId('confirm-match').click();
    await expect(payment.getByTestId('transaction-matched').textContent()).resolves.toContain('Deutsche Bahn');
    const income = owner.getByTestId('transaction').filter({ hasText: 'Client invoice 17' });
    await income.getByTestId('transaction-category').fill('Consulting');
    await income.getByTestId('save-category').click();
    await owner.getByTestId('bank-saved').waitFor();

    // The month's profit and loss: the claim once (not again as the matched payment), the client payment as income.
    await owner.goto(`/${companyId}/modules/finance/report?month=${today.slice(0, 7)}`);
    await owner.getByTestId('pnl-chart').waitFor();
    await expect(owner.getByTestId('pnl-expense').allTextContents()).resolves.toEqual(['Travel€89.99']);
    await expect(owner.getByTestId('pnl-income').allTextContents()).resolves.toEqual(['Consulting€1,200.00']);
    await expect(owner.getByTestId('pnl-net').textContent()).resolves.toBe('€1,110.01');
    await owner.goto(`/${companyId}/modules/finance/claims/${claimId}`);
    await owner.getByTestId('claim-matched').waitFor();
  });
});
