import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createCompanyWithOwner } from './companies';

export interface FinancePerson {
  userId: string;
  email: string;
}

/**
 * A company with Finance's people for claim tests, written as the owner in a named system
 * context: Olga the owner, Fiona a finance manager, Max an approver and Eve who claims (both
 * Finance viewers), Carl a colleague, and the Travel category.
 */
export async function createFinanceCompany(ownerUrl: string, name: string) {
  const { companyId, userId: ownerUserId } = await createCompanyWithOwner(ownerUrl, name, { billingRows: false });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test-fixtures', true)`);
    const person = async (label: string, moduleRole: string): Promise<FinancePerson> => {
      const userId = `user-${randomUUID()}`;
      const email = `${label.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
      await client.query(`insert into "user" (id, name, email, "emailVerified", "createdAt", "updatedAt") values ($1, $2, $3, false, now(), now())`, [userId, label, email]);
      await client.query(`insert into membership (id, company_id, user_id, role, module_roles, created_at) values ($1, $2, $3, 'member', $4, now())`, [
        randomUUID(), companyId, userId, JSON.stringify({ finance: moduleRole }),
      ]);
      return { userId, email };
    };
    const owner = { userId: ownerUserId, email: `${ownerUserId}@example.com` };
    const financeManager = await person('Fiona', 'manager');
    const approver = await person('Max', 'viewer');
    const claimant = await person('Eve', 'viewer');
    const colleague = await person('Carl', 'viewer');
    const categoryId = randomUUID();
    await client.query(`insert into module_setting (id, company_id, module, kind, name, position, data, created_at) values ($1, $2, 'finance', 'expense_category', 'Travel', 1, '{}', now())`, [categoryId, companyId]);
    await client.query('commit');
    return { companyId, owner, financeManager, approver, claimant, colleague, categoryId };
  } finally {
    await client.end();
  }
}

/** A submitted claim of `claimantUserId`'s, as the API writes it before starting its workflow. */
export async function insertSubmittedClaim(ownerUrl: string, input: { companyId: string; claimantUserId: string; approverUserId: string | null; categoryId: string; amountMinor: number; needsFinanceApproval: boolean }) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const id = randomUUID();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.system_context', 'test-fixtures', true)`);
    await client.query(
      `insert into finance_expense_claim (id, company_id, created_at, updated_at, owner_id, category_id, amount_minor, currency, spent_on, merchant, status, stage, approver_user_id, needs_finance_approval, submitted_at)
       values ($1, $2, now(), now(), $3, $4, $5, 'EUR', current_date, 'Deutsche Bahn', 'submitted', 'approver', $6, $7, now())`,
      [id, input.companyId, input.claimantUserId, input.categoryId, input.amountMinor, input.approverUserId, input.needsFinanceApproval],
    );
    await client.query('commit');
  } finally {
    await client.end();
  }
  return id;
}
