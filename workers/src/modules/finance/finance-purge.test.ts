import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDay } from '@atrium/core';
import { withTenant } from '@atrium/db';
import { provisioningWorkflowId, trialWorkflowId, type TrialOutcome } from '@atrium/workflows';
import { eventually, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'finance-purge-test';
const financeTables = ['finance_expense_claim', 'finance_receipt', 'finance_bank_account', 'finance_bank_transaction'];

describe('Finance under time skipping', () => {
  let harness: BillingHarness;
  beforeAll(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterAll(() => harness?.stop());

  it('a lapsed Finance trial keeps its claims, receipts and bank lines for 30 days, then the provisioning workflow deletes them', async () => {
    const now = new Date(await harness.env.currentTimeMs());
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Finance Lapser', { startedOn: calendarDay(now) });
    const trial = await harness.env.client.workflow.start('trialWorkflow', { workflowId: trialWorkflowId(companyId, 'finance'), taskQueue, args: [{ companyId, module: 'finance', startedAt: now.toISOString() }] });
    const installation = () => withTenant(harness.orm, { companyId }, (em) => em.execute<{ status: string; purge_after: Date | null }[]>(`select status, purge_after from module_installation`, [], 'all'));
    await eventually(installation, (rows) => rows[0]?.status === 'active');
    const counts = () =>
      withTenant(harness.orm, { companyId }, async (em) => {
        const found: Record<string, number> = {};
        for (const table of financeTables) found[table] = (await em.execute<{ n: number }[]>(`select count(*)::int as n from "${table}"`, [], 'all'))[0]!.n;
        return found;
      });
    await withTenant(harness.orm, { companyId }, async (em) => {
      const [category] = await em.execute<{ id: string }[]>(`select id from module_setting where module = 'finance' and kind = 'expense_category' limit 1`, [], 'all');
      await em.execute(
        `insert into finance_expense_claim (id, company_id, created_at, updated_at, owner_id, category_id, amount_minor, currency, spent_on, merchant, status) values ('8e0f8f7e-0000-4000-8000-000000000001', ?, now(), now(), 'someone', ?, 999, 'EUR', current_date, 'Café', 'approved')`,
        [companyId, category!.id],
      );
      await em.execute(`insert into finance_receipt (id, company_id, created_at, updated_at, claim_id, content_type, file_name, size, bytes) values (gen_random_uuid(), ?, now(), now(), '8e0f8f7e-0000-4000-8000-000000000001', 'image/png', 'receipt.png', 3, '\\x010203')`, [companyId]);
      await em.execute(`insert into finance_bank_account (id, company_id, created_at, updated_at, name, currency) values ('8e0f8f7e-0000-4000-8000-000000000002', ?, now(), now(), 'Main', 'EUR')`, [companyId]);
      await em.execute(
        `insert into finance_bank_transaction (id, company_id, created_at, updated_at, account_id, booked_on, amount_minor, currency, matched_claim_id, fingerprint) values (gen_random_uuid(), ?, now(), now(), '8e0f8f7e-0000-4000-8000-000000000002', current_date, -999, 'EUR', '8e0f8f7e-0000-4000-8000-000000000001', 'f')`,
        [companyId],
      );
    });
    const filled = { finance_expense_claim: 1, finance_receipt: 1, finance_bank_account: 1, finance_bank_transaction: 1 };
    expect(await trial.result()).toBe<TrialOutcome>('lapsed');
    const [removed] = await eventually(installation, (rows) => rows[0]?.status === 'removed');
    // Removed, not yet purged: a company that buys Finance back within 30 days finds everything,
    // up to a day before the purge date the removal set (time skips while the test waits).
    expect(await counts()).toEqual(filled);
    const purgeAt = new Date(removed!.purge_after!).getTime();
    await harness.env.sleep(Math.max(0, purgeAt - 86_400_000 - (await harness.env.currentTimeMs())));
    expect(await counts()).toEqual(filled);
    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'finance'));
    expect(await provisioning.result()).toEqual({ status: 'purged', purgeAfter: null });
    expect(await counts()).toEqual({ finance_expense_claim: 0, finance_receipt: 0, finance_bank_account: 0, finance_bank_transaction: 0 });
  });
});
