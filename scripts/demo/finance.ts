import { addCalendarDays, isoDateOf } from '@atrium/core';
import type { AtriumClient } from '../lib/api-client';
import type { OwnerSession } from './owner';
import type { DemoPerson } from './team';

/**
 * Finance demo records through the API: approval settings (the owner approves for people
 * without a manager in HR, finance approves above 500.00), expense claims in every state
 * with their receipts, each decided through its `expense-claim:{id}` workflow, a bank account
 * with an imported statement whose reimbursement is matched to its claim, and the won CRM
 * deals marked as invoiced, so the month's profit and loss has income and expenses.
 */
export interface FinanceDemo {
  claims: Record<'draft' | 'submitted' | 'approved' | 'rejected' | 'reimbursed', number>;
  transactions: number;
  matched: number;
}

/** A 1×1 PNG as the receipt photo: the API sniffs it as an image. */
const receipt = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface ClaimPlan {
  by: 'salesRep' | 'peopleLead';
  amountMinor: number;
  category: string;
  merchant: string;
  note: string;
  daysAgo: number;
  /** What happens after it is sent: nothing (waits), approved, approved and reimbursed, rejected; drafts are never sent. */
  outcome: 'draft' | 'submitted' | 'approved' | 'reimbursed' | 'rejected';
}

const claims: ClaimPlan[] = [
  { by: 'salesRep', amountMinor: 8_999, category: 'Travel', merchant: 'Deutsche Bahn', note: 'Berlin–Munich, client workshop', daysAgo: 6, outcome: 'reimbursed' },
  { by: 'salesRep', amountMinor: 4_250, category: 'Meals', merchant: 'Trattoria Roma', note: 'Lunch with Nordwind GmbH', daysAgo: 5, outcome: 'approved' },
  { by: 'salesRep', amountMinor: 65_000, category: 'Training', merchant: 'SalesCraft Academy', note: 'Negotiation course', daysAgo: 4, outcome: 'approved' },
  { by: 'salesRep', amountMinor: 1_999, category: 'Software', merchant: 'Calendly', note: 'Monthly plan', daysAgo: 3, outcome: 'submitted' },
  { by: 'salesRep', amountMinor: 6_420, category: 'Office supplies', merchant: 'Staples', note: 'Headset', daysAgo: 3, outcome: 'rejected' },
  { by: 'peopleLead', amountMinor: 3_680, category: 'Meals', merchant: 'Café Einstein', note: 'Interview lunch', daysAgo: 2, outcome: 'submitted' },
  { by: 'salesRep', amountMinor: 12_400, category: 'Travel', merchant: 'Lufthansa', note: 'Hamburg trade fair', daysAgo: 1, outcome: 'draft' },
];

const finance = (session: OwnerSession, path: string) => `/api/companies/${session.companyId}/modules/finance${path}`;

async function attachReceipt(client: AtriumClient, path: string): Promise<void> {
  const response = await fetch(`${client.baseUrl}${path}`, { method: 'PUT', headers: { cookie: client.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(receipt) });
  if (!response.ok) throw new Error(`receipt: ${response.status} ${await response.text()}`);
}

export async function fillFinance(session: OwnerSession, people: { owner: DemoPerson; salesRep: DemoPerson | null; peopleLead: DemoPerson | null }, log: (line: string) => void): Promise<FinanceDemo> {
  const owner = session.client;
  await owner.call('PUT', finance(session, '/settings'), { approverUserId: people.owner.userId, approvalThresholdMinor: 50_000 });
  const categories = new Map((await owner.call<{ categories: Array<{ id: string; name: string }> }>('GET', finance(session, '/categories'))).categories.map((category) => [category.name, category.id]));
  const today = isoDateOf(Date.now());
  // Everything falls in this month (early in a month, on its first days), so this month's profit and loss shows it all.
  const monthStart = `${today.slice(0, 7)}-01`;
  const daysBack = (days: number) => {
    const date = addCalendarDays(today, -days);
    return date < monthStart ? monthStart : date;
  };
  const counts: FinanceDemo['claims'] = { draft: 0, submitted: 0, approved: 0, rejected: 0, reimbursed: 0 };
  const made: Array<{ id: string; amountMinor: number; spentOn: string; outcome: ClaimPlan['outcome'] }> = [];
  for (const plan of claims) {
    const claimant = people[plan.by];
    if (!claimant) continue;
    const spentOn = daysBack(plan.daysAgo);
    const claim = await claimant.client.call<{ id: string }>('POST', finance(session, '/claims'), { amountMinor: plan.amountMinor, currency: 'EUR', spentOn, categoryId: categories.get(plan.category), merchant: plan.merchant, note: plan.note });
    await attachReceipt(claimant.client, finance(session, `/claims/${claim.id}/receipt`));
    if (plan.outcome !== 'draft') await claimant.client.call('POST', finance(session, `/claims/${claim.id}/submit`));
    if (plan.outcome === 'approved' || plan.outcome === 'reimbursed' || plan.outcome === 'rejected') {
      const decision = plan.outcome === 'rejected' ? 'reject' : 'approve';
      const after = await owner.call<{ status: string }>('POST', finance(session, `/claims/${claim.id}/decision`), { decision, note: decision === 'reject' ? 'Please order through IT' : '' });
      // Above the threshold the owner's approval is the first; the Head of People (a finance manager) gives the second.
      if (after.status === 'submitted' && people.peopleLead) await people.peopleLead.client.call('POST', finance(session, `/claims/${claim.id}/decision`), { decision: 'approve', note: 'Budgeted' });
    }
    if (plan.outcome === 'reimbursed') await owner.call('POST', finance(session, `/claims/${claim.id}/reimburse`));
    counts[plan.outcome] += 1;
    made.push({ id: claim.id, amountMinor: plan.amountMinor, spentOn, outcome: plan.outcome });
  }

  const account = await owner.call<{ id: string }>('POST', finance(session, '/bank-accounts'), { name: 'Business current account', currency: 'EUR', lastFour: '4821' });
  const day = (daysAgo: number) => {
    const [year, month, date] = daysBack(daysAgo).split('-');
    return `${date}/${month}/${year}`;
  };
  const statement = [
    'Date,Description,Amount',
    `${day(9)},Nordwind GmbH invoice 2041,"4,800.00"`,
    `${day(8)},Office rent,"-1,850.00"`,
    `${day(7)},Atlas Logistik invoice 2042,"2,150.00"`,
    `${day(5)},Google Workspace,-86.40`,
    `${day(4)},Reimbursement Sam Rivera,-89.99`,
    `${day(2)},Interest,0.42`,
    `${day(1)},Transfer to savings,"-2,000.00"`,
  ].join('\n');
  const imported = await owner.call<{ imported: number }>('POST', finance(session, `/bank-accounts/${account.id}/import`), { csv: statement });
  const transactions = (await owner.call<{ transactions: Array<{ id: string; description: string; suggestions: Array<{ claimId: string }> }> }>('GET', finance(session, `/transactions?accountId=${account.id}`))).transactions;
  const categoryOf: Record<string, string> = { 'Nordwind GmbH invoice 2041': 'Consulting', 'Atlas Logistik invoice 2042': 'Consulting', 'Office rent': 'Rent', 'Google Workspace': 'Software', Interest: 'Interest' };
  let matched = 0;
  for (const transaction of transactions) {
    const category = categoryOf[transaction.description];
    if (category) await owner.call('PATCH', finance(session, `/transactions/${transaction.id}`), { category });
    const suggestion = transaction.suggestions[0];
    if (suggestion) {
      await owner.call('POST', finance(session, `/transactions/${transaction.id}/match`), { claimId: suggestion.claimId });
      matched += 1;
    }
  }

  // CRM's won deals are this month's invoiced sales.
  const won = await owner.call<{ crmActive: boolean; deals: Array<{ dealId: string }> }>('GET', finance(session, '/won-deals'));
  for (const deal of won.deals) await owner.call('POST', finance(session, `/won-deals/${deal.dealId}/invoice`), { invoicedOn: today });
  log(`Finance: ${made.length} expense claims, ${imported.imported} bank transactions (${matched} matched), ${won.deals.length} won deals invoiced`);
  return { claims: counts, transactions: imported.imported, matched };
}
