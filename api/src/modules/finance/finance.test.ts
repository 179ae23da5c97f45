import { describe, expect, it, vi } from 'vitest';
import { isoDateOf } from '@atrium/core';
import { addMember, asOwner, signUpCompany, uniqueEmail, type ApiClient } from '../../../test/http';

const finance = (companyId: string) => `/api/companies/${companyId}/modules/finance`;
/** A 1×1 PNG, as a phone would not take it but a browser would send it. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function upload(client: ApiClient, path: string, bytes: Buffer) {
  const response = await fetch(`${client.baseUrl}${path}`, { method: 'PUT', headers: { cookie: client.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text, headers: response.headers };
}

/** A company with Finance bought (card 4242) and provisioned with its expense categories. */
async function companyWithFinance(label: string) {
  const owner = await signUpCompany(label);
  const { api, companyId } = owner;
  await api.request('POST', `/api/companies/${companyId}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
  const bought = await api.request('POST', `/api/companies/${companyId}/marketplace/finance/purchase`);
  if (bought.status >= 300) throw new Error(`purchase: ${bought.status} ${JSON.stringify(bought.body)}`);
  const categories = await vi.waitFor(async () => {
    const answer = await api.request('GET', `${finance(companyId)}/categories`);
    if (answer.status !== 200 || answer.body.categories.length === 0) throw new Error('Finance is not provisioned yet');
    return answer.body.categories as Array<{ id: string; name: string }>;
  }, { timeout: 15_000, interval: 100 });
  return { ...owner, travel: categories.find((category) => category.name === 'Travel')!.id };
}

describe('Finance', () => {
  it('Eve claims a train ticket with its receipt; Max, the named approver, approves; finance reimburses; the bank payment is matched; the P&L counts it once', async () => {
    const { api, companyId, travel, userId: ownerId } = await companyWithFinance('finance-claims');
    const eveEmail = uniqueEmail('eve');
    const eve = await addMember(api, companyId, eveEmail, 'member', { finance: 'viewer' });
    const maxEmail = uniqueEmail('max');
    const max = await addMember(api, companyId, maxEmail, 'member', { finance: 'viewer' });
    const members = (await api.request('GET', `/api/companies/${companyId}/members`)).body.members as Array<{ userId: string; email: string }>;
    const maxId = members.find((member) => member.email === maxEmail)!.userId;
    const settings = await api.request('PUT', `${finance(companyId)}/settings`, { approverUserId: maxId, approvalThresholdMinor: 50_000 });
    expect([settings.status, settings.body.approverUserId, settings.body.managersFromHr]).toEqual([200, maxId, false]);
    expect((await eve.request('PUT', `${finance(companyId)}/settings`, { approverUserId: null, approvalThresholdMinor: null })).status).toBe(403);

    const spentOn = isoDateOf(Date.now());
    const draft = await eve.request('POST', `${finance(companyId)}/claims`, { amountMinor: 8_999, currency: 'EUR', spentOn, categoryId: travel, merchant: 'Deutsche Bahn', note: 'Berlin client visit' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', canEdit: true, receipt: null, categoryName: 'Travel' });
    const claimPath = `${finance(companyId)}/claims/${draft.body.id}`;

    // The type comes from the bytes: a text file named like a photo is refused, as is an empty body.
    expect((await upload(eve, `${claimPath}/receipt`, Buffer.from('<script>alert(1)</script>'))).status).toBe(415);
    expect((await upload(eve, `${claimPath}/receipt`, Buffer.alloc(0))).status).toBe(400);
    expect((await upload(eve, `${claimPath}/receipt`, Buffer.alloc(5 * 1024 * 1024 + 1))).status).toBe(413);
    expect((await upload(max, `${claimPath}/receipt`, png)).status).toBe(404);
    const receipt = await upload(eve, `${claimPath}/receipt`, png);
    expect([receipt.status, receipt.body.contentType, receipt.body.fileName]).toEqual([200, 'image/png', 'receipt.png']);
    const served = await fetch(`${eve.baseUrl}${claimPath}/receipt`, { headers: { cookie: eve.cookie } });
    expect([served.status, served.headers.get('content-type'), served.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'nosniff']);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);

    // Max sees nothing of a draft; once it is submitted he decides it, Eve does not.
    expect((await max.request('GET', claimPath)).status).toBe(404);
    const submitted = await eve.request('POST', `${claimPath}/submit`);
    expect(submitted.body).toMatchObject({ status: 'submitted', stage: 'approver', approverUserId: maxId, needsFinanceApproval: false });
    expect((await eve.request('POST', `${claimPath}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await eve.request('PATCH', claimPath, { merchant: 'Changed' })).status).toBe(409);
    const toDecide = await max.request('GET', `${finance(companyId)}/claims?scope=to_decide`);
    expect(toDecide.body.claims.map((claim: { id: string }) => claim.id)).toEqual([draft.body.id]);
    const approved = await max.request('POST', `${claimPath}/decision`, { decision: 'approve', note: 'Thanks' });
    expect([approved.status, approved.body.status, approved.body.decisionNote]).toEqual([200, 'approved', 'Thanks']);
    expect((await max.request('POST', `${claimPath}/reimburse`)).status).toBe(403);

    // The owner keeps the books: a statement with the reimbursement and a client payment.
    const account = await api.request('POST', `${finance(companyId)}/bank-accounts`, { name: 'Main account', currency: 'EUR', lastFour: '4821' });
    expect(account.status).toBe(201);
    const month = spentOn.slice(0, 7);
    const [year, mm, dd] = spentOn.split('-');
    const csv = `Booking date;Details;Amount\n${dd}.${mm}.${year};Reimbursement Eve;-89,99\n${dd}.${mm}.${year};ACME Ltd invoice 17;1.200,00\nsoon;Coffee;-3,10\n`;
    const importPath = `${finance(companyId)}/bank-accounts/${account.body.id}/import`;
    const preview = await api.request('POST', `${importPath}/preview`, { csv });
    expect(preview.body).toMatchObject({ rows: 3, valid: 2, duplicates: 0, mapping: { 'Booking date': 'date', Details: 'description', Amount: 'amount' } });
    expect(preview.body.errors).toEqual([{ line: 4, message: '“soon” is not a date we can read; use 2027-03-31 or 31/03/2027.' }]);
    expect((await eve.request('POST', `${importPath}/preview`, { csv })).status).toBe(403);
    expect((await api.request('POST', importPath, { csv })).body).toMatchObject({ imported: 2, duplicates: 0 });
    expect((await api.request('POST', importPath, { csv })).body).toMatchObject({ imported: 0, duplicates: 2 });
    const bad = await api.request('POST', importPath, { csv: 'a,b\n1,2\n' });
    expect([bad.status, bad.body.error]).toEqual([400, 'import_refused']);

    const transactions = (await api.request('GET', `${finance(companyId)}/transactions?month=${month}`)).body.transactions as Array<{ id: string; amountMinor: number; suggestions: Array<{ claimId: string }> }>;
    const payment = transactions.find((transaction) => transaction.amountMinor === -8_999)!;
    const income = transactions.find((transaction) => transaction.amountMinor === 120_000)!;
    expect(payment.suggestions.map((suggestion) => suggestion.claimId)).toEqual([draft.body.id]);
    expect((await api.request('POST', `${finance(companyId)}/transactions/${income.id}/match`, { claimId: draft.body.id })).status).toBe(409);
    const matched = await api.request('POST', `${finance(companyId)}/transactions/${payment.id}/match`, { claimId: draft.body.id });
    expect([matched.status, matched.body.matchedClaimId, matched.body.matchedClaimMerchant]).toEqual([200, draft.body.id, 'Deutsche Bahn']);
    await api.request('PATCH', `${finance(companyId)}/transactions/${payment.id}`, { category: 'Travel' });
    await api.request('PATCH', `${finance(companyId)}/transactions/${income.id}`, { category: 'Consulting' });

    const reimbursed = await api.request('POST', `${claimPath}/reimburse`);
    expect([reimbursed.status, reimbursed.body.status, reimbursed.body.matchedTransactionId]).toEqual([200, 'reimbursed', payment.id]);
    expect((await api.request('POST', `${claimPath}/reimburse`)).status).toBe(409);

    const report = await api.request('GET', `${finance(companyId)}/profit-and-loss?month=${month}`);
    expect(report.body).toMatchObject({
      currency: 'EUR', income: [{ category: 'Consulting', amountMinor: 120_000 }], expenses: [{ category: 'Travel', amountMinor: 8_999 }], netMinor: 111_001,
    });
    const exported = await fetch(`${api.baseUrl}${finance(companyId)}/profit-and-loss/export?month=${month}`, { headers: { cookie: api.cookie } });
    expect(exported.headers.get('content-type')).toContain('text/csv');
    expect(await exported.text()).toContain(`${month},Net,Profit or loss,1110.01`);
    expect((await eve.request('GET', `${finance(companyId)}/profit-and-loss?month=${month}`)).status).toBe(403);

    const landing = await api.request('GET', `/api/companies/${companyId}/modules/finance`);
    expect(landing.body.setupSteps.filter((step: { done: boolean }) => step.done).map((step: { key: string }) => step.key).sort()).toEqual(['connect_bank_account', 'set_approvers', 'submit_first_expense']);
    const feed = await api.request('GET', `/api/companies/${companyId}/activity`);
    expect(feed.body.items.filter((item: { kind: string }) => item.kind.startsWith('finance_')).map((item: { kind: string }) => item.kind)).toEqual(['finance_claim_reimbursed', 'finance_claim_approved', 'finance_claim_submitted']);
    await vi.waitFor(async () => {
      const told = await asOwner<{ title: string }>(`select title from notification where company_id = $1 and recipient_user_id = (select user_id from membership where company_id = $1 and user_id <> $2 and user_id in (select id from "user" where email = $3)) order by created_at`, [companyId, ownerId, eveEmail]);
      expect(told.map((notice) => notice.title)).toEqual(['Your expense claim was approved', 'Your expense claim was reimbursed']);
    }, { timeout: 15_000, interval: 200 });
  });

  it('refuses the second bank account and the claim past the month’s allowance on Starter with 402 and the upgrade message', async () => {
    const { api, companyId, travel, userId } = await companyWithFinance('finance-limits');
    expect((await api.request('POST', `${finance(companyId)}/bank-accounts`, { name: 'Main', currency: 'EUR' })).status).toBe(201);
    const second = await api.request('POST', `${finance(companyId)}/bank-accounts`, { name: 'Savings', currency: 'EUR' });
    expect([second.status, second.body.error, second.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 1 connected bank account. Growth includes 5.']);

    await asOwner(
      `insert into finance_expense_claim (id, company_id, created_at, updated_at, owner_id, category_id, amount_minor, currency, spent_on, merchant)
       select gen_random_uuid(), $1, now(), now(), $2, $3, 1000, 'EUR', current_date, 'Bulk ' || n from generate_series(1, 100) n`,
      [companyId, userId, travel],
    );
    const refused = await api.request('POST', `${finance(companyId)}/claims`, { amountMinor: 1_000, currency: 'EUR', spentOn: isoDateOf(Date.now()), categoryId: travel, merchant: 'One too many' });
    expect([refused.status, refused.body.error, refused.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 100 expense claims a month. Growth includes 2,000.']);
    const usage = await api.request('GET', `${finance(companyId)}/usage`);
    expect(usage.body.limits.find((limit: { key: string }) => limit.key === 'expenseClaimsPerMonth')).toMatchObject({ used: 100, limit: 100 });
  });
});
