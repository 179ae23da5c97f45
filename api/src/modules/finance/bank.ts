import { createHash } from 'node:crypto';
import {
  bankAccountInput, bankAccountList, bankAccountView, bankImportPreview, bankImportRequest, bankImportResult, bankTransactionList, bankTransactionQuery, bankTransactionUpdate,
  bankTransactionView, financeBankAccountParams, financeKit, financeParams, financeTransactionParams, suggestClaimMatches, transactionMatchInput, type BankImportMapping,
} from '@atrium/core';
import { parseBankCsv, type BankCsvRow } from '@atrium/core/finance-server';
import { FinanceBankAccount, FinanceBankTransaction, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, noticeUsageAfterCommit, reserveUsage } from '../kit/usage';
import { financeActor, requireBookkeeper, requireWritable } from './finance-context';

const maxLines = 5_000;

/** The same line (date, amount, description, its repeat in the file) gets the same fingerprint: importing a statement twice adds nothing. */
function fingerprints(rows: readonly BankCsvRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = `${row.bookedOn}|${row.amountMinor}|${row.description}`;
    const repeat = (seen.get(base) ?? 0) + 1;
    seen.set(base, repeat);
    return createHash('sha256').update(`${base}|${repeat}`).digest('hex');
  });
}

/** The statement read and checked against what the account already holds; a file that cannot be read is a 400. */
async function readStatement(em: EntityManager, accountId: string, input: { csv: string; mapping?: BankImportMapping | undefined; dateOrder: 'dmy' | 'mdy' }) {
  const parsed = parseBankCsv(input.csv, input.mapping, input.dateOrder);
  if (parsed.rows.length > maxLines) throw new HttpError(400, 'import_refused', `The file has ${parsed.rows.length} lines; import at most ${maxLines} at a time. Nothing was imported.`);
  const prints = fingerprints(parsed.rows);
  const existing = prints.length
    ? new Set((await em.execute<{ fingerprint: string }[]>(`select fingerprint from finance_bank_transaction where account_id = ? and fingerprint in (?)`, [accountId, prints], 'all')).map((row) => row.fingerprint))
    : new Set<string>();
  const fresh = parsed.rows.map((row, index) => ({ row, fingerprint: prints[index]! })).filter((line) => !existing.has(line.fingerprint));
  return { parsed, fresh, duplicates: parsed.rows.length - fresh.length };
}

interface TransactionRow {
  id: string;
  account_id: string;
  account_name: string;
  booked_on: string;
  amount_minor: number;
  currency: string;
  description: string;
  category: string | null;
  matched_claim_id: string | null;
  matched_claim_merchant: string | null;
}

const transactionSelect = `select t.id, t.account_id, a.name as account_name, to_char(t.booked_on, 'YYYY-MM-DD') as booked_on, t.amount_minor, t.currency, t.description, t.category,
    t.matched_claim_id, c.merchant as matched_claim_merchant
  from finance_bank_transaction t join finance_bank_account a on a.id = t.account_id left join finance_expense_claim c on c.id = t.matched_claim_id`;

interface Candidate { id: string; amount_minor: number; currency: string; spent_on: string; merchant: string; claimant_name: string }

/** Approved and reimbursed claims no payment is matched to yet: what a debit may be. */
function unmatchedClaims(em: EntityManager) {
  return em.execute<Candidate[]>(
    `select c.id, c.amount_minor, c.currency, to_char(c.spent_on, 'YYYY-MM-DD') as spent_on, c.merchant, coalesce(nullif(u.name, ''), u.email, 'Former member') as claimant_name
       from finance_expense_claim c left join "user" u on u.id = c.owner_id
      where c.status in ('approved', 'reimbursed') and not exists (select 1 from finance_bank_transaction t where t.matched_claim_id = c.id)
      order by c.spent_on desc limit 2000`,
    [],
    'all',
  );
}

function transactionView(row: TransactionRow, candidates: Candidate[]) {
  const byId = new Map(candidates.map((claim) => [claim.id, claim]));
  const suggestions = row.matched_claim_id
    ? []
    : suggestClaimMatches({ amountMinor: Number(row.amount_minor), currency: row.currency, bookedOn: row.booked_on }, candidates.map((claim) => ({ claimId: claim.id, amountMinor: Number(claim.amount_minor), currency: claim.currency, spentOn: claim.spent_on })))
        .slice(0, 5)
        .map((suggestion) => {
          const claim = byId.get(suggestion.claimId)!;
          return { claimId: claim.id, claimantName: claim.claimant_name, merchant: claim.merchant, spentOn: claim.spent_on, daysApart: suggestion.daysApart };
        });
  return {
    id: row.id, accountId: row.account_id, accountName: row.account_name, bookedOn: row.booked_on, amountMinor: Number(row.amount_minor), currency: row.currency,
    description: row.description, category: row.category, matchedClaimId: row.matched_claim_id, matchedClaimMerchant: row.matched_claim_merchant, suggestions,
  };
}

async function transactionOne(em: EntityManager, id: string) {
  const [row] = await em.execute<TransactionRow[]>(`${transactionSelect} where t.id = ?`, [id], 'all');
  if (!row) throw notFound('There is no such transaction.');
  return transactionView(row, await unmatchedClaims(em));
}

export function bankRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/bank-accounts', summary: 'Bank accounts with their transaction counts and balance of what was imported', can: 'read', params: financeParams,
    responses: { 200: { description: 'Accounts', schema: bankAccountList } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      requireBookkeeper(financeActor(ctx));
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const rows = await em.execute<{ id: string; name: string; currency: string; last_four: string | null; transactions: number; unmatched: number; balance: number }[]>(
          `select a.id, a.name, a.currency, a.last_four, count(t.id)::int as transactions, count(t.id) filter (where t.matched_claim_id is null and t.amount_minor < 0)::int as unmatched,
                  coalesce(sum(t.amount_minor), 0)::int as balance
             from finance_bank_account a left join finance_bank_transaction t on t.account_id = a.id group by a.id order by a.name, a.id`,
          [], 'all',
        );
        return { accounts: rows.map((row) => ({ id: row.id, name: row.name, currency: row.currency, lastFour: row.last_four, transactions: row.transactions, unmatched: row.unmatched, balanceMinor: row.balance })) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/bank-accounts', summary: 'Add a bank account (its statements are imported as CSV)', can: 'create', params: financeParams, body: bankAccountInput,
    responses: { 201: { description: 'The account', schema: bankAccountView }, 402: { description: 'The plan’s bank accounts are used up' } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const input = validate(bankAccountInput, ctx.request.body);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      const { account, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, financeKit, 'bankAccounts', 1, actor.entitlements, companyId);
        const account = em.create(FinanceBankAccount, { company: companyId, createdBy: actor.userId, name: input.name, currency: input.currency, lastFour: input.lastFour });
        await em.persist(account).flush();
        return { account, change, periodStart: await currentPeriodStart(em) };
      });
      await noticeUsageAfterCommit(deps, 'finance', companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = { id: account.id, name: account.name, currency: account.currency, lastFour: account.lastFour ?? null, transactions: 0, unmatched: 0, balanceMinor: 0 };
    },
  });

  routes.add({
    method: 'post', path: '/bank-accounts/:accountId/import/preview', summary: 'Read a statement CSV through a column mapping, without importing it', can: 'create', params: financeBankAccountParams, body: bankImportRequest,
    responses: { 200: { description: 'Columns, mapping, the first lines and the bad ones', schema: bankImportPreview } },
    handler: async (ctx) => {
      const { companyId, accountId } = validate(financeBankAccountParams, ctx.params);
      const input = validate(bankImportRequest, ctx.request.body);
      requireBookkeeper(financeActor(ctx));
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        await findOr404(em, FinanceBankAccount, { id: accountId }, 'There is no such bank account.');
        const { parsed, duplicates } = await readStatement(em, accountId, input);
        return {
          columns: parsed.columns, mapping: parsed.mapping, rows: parsed.records.length, valid: parsed.rows.length, duplicates,
          sample: parsed.rows.slice(0, 8).map(({ line, bookedOn, amountMinor, description }) => ({ line, bookedOn, amountMinor, description })), errors: parsed.errors.slice(0, 100),
        };
      });
    },
  });

  routes.add({
    method: 'post', path: '/bank-accounts/:accountId/import', summary: 'Import a statement CSV: its readable lines become transactions; lines already imported are skipped', can: 'create', params: financeBankAccountParams, body: bankImportRequest,
    responses: { 200: { description: 'How many were imported, skipped and refused', schema: bankImportResult }, 400: { description: 'The file cannot be read as a statement' } },
    handler: async (ctx) => {
      const { companyId, accountId } = validate(financeBankAccountParams, ctx.params);
      const input = validate(bankImportRequest, ctx.request.body);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const account = await findOr404(em, FinanceBankAccount, { id: accountId }, 'There is no such bank account.');
        const { parsed, fresh, duplicates } = await readStatement(em, accountId, input);
        if (parsed.rows.length === 0 && parsed.errors[0]?.line === 1) throw new HttpError(400, 'import_refused', `${parsed.errors[0].message} Nothing was imported.`);
        for (const { row, fingerprint } of fresh) {
          em.create(FinanceBankTransaction, { company: companyId, createdBy: actor.userId, account, bookedOn: row.bookedOn, amountMinor: row.amountMinor, currency: account.currency, description: row.description, category: null, matchedClaim: null, fingerprint });
        }
        await em.flush();
        if (fresh.length) await tickSetupStep(em, 'finance', 'connect_bank_account');
        return { imported: fresh.length, duplicates, errors: parsed.errors.slice(0, 100) };
      });
    },
  });

  routes.add({
    method: 'get', path: '/transactions', summary: 'Imported transactions, latest first, with suggested claims for unmatched payments', can: 'read', params: financeParams, query: bankTransactionQuery,
    responses: { 200: { description: 'Transactions', schema: bankTransactionList } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const query = validate(bankTransactionQuery, ctx.query);
      requireBookkeeper(financeActor(ctx));
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.accountId) (where.push('t.account_id = ?'), params.push(query.accountId));
      if (query.month) (where.push(`to_char(t.booked_on, 'YYYY-MM') = ?`), params.push(query.month));
      if (query.unmatched === 'true') where.push('t.matched_claim_id is null');
      const clause = where.length ? ` where ${where.join(' and ')}` : '';
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const rows = await em.execute<TransactionRow[]>(`${transactionSelect}${clause} order by t.booked_on desc, t.id limit ? offset ?`, [...params, query.limit, query.offset], 'all');
        const [count] = await em.execute<{ n: number }[]>(`select count(*)::int as n from finance_bank_transaction t${clause}`, params, 'all');
        const candidates = await unmatchedClaims(em);
        return { transactions: rows.map((row) => transactionView(row, candidates)), total: count?.n ?? 0 };
      });
    },
  });

  routes.add({
    method: 'patch', path: '/transactions/:transactionId', summary: 'Categorise a transaction (a category puts it in the profit and loss; none leaves it out)', can: 'update', params: financeTransactionParams, body: bankTransactionUpdate,
    responses: { 200: { description: 'The transaction', schema: bankTransactionView } },
    handler: async (ctx) => {
      const { companyId, transactionId } = validate(financeTransactionParams, ctx.params);
      const { category } = validate(bankTransactionUpdate, ctx.request.body);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const transaction = await findOr404(em, FinanceBankTransaction, { id: transactionId }, 'There is no such transaction.');
        transaction.category = category && category.length ? category : null;
        await em.flush();
        return transactionOne(em, transactionId);
      });
    },
  });

  routes.add({
    method: 'post', path: '/transactions/:transactionId/match', summary: 'Confirm that a payment is an approved claim (same amount and currency)', can: 'update', params: financeTransactionParams, body: transactionMatchInput,
    responses: { 200: { description: 'The matched transaction', schema: bankTransactionView }, 409: { description: 'Amounts differ, or either side is matched already' } },
    handler: async (ctx) => {
      const { companyId, transactionId } = validate(financeTransactionParams, ctx.params);
      const { claimId } = validate(transactionMatchInput, ctx.request.body);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const transaction = await findOr404(em, FinanceBankTransaction, { id: transactionId }, 'There is no such transaction.');
        const [claim] = await em.execute<{ id: string; amount_minor: number; currency: string; status: string; matched: string | null }[]>(
          `select c.id, c.amount_minor, c.currency, c.status, (select t.id from finance_bank_transaction t where t.matched_claim_id = c.id) as matched from finance_expense_claim c where c.id = ?`,
          [claimId], 'all',
        );
        if (!claim) throw new HttpError(400, 'invalid_request', 'There is no such claim.', { claimId: 'No such claim.' });
        if (claim.status !== 'approved' && claim.status !== 'reimbursed') throw new HttpError(409, 'match_refused', 'Only an approved or reimbursed claim is matched to a payment.');
        if (transaction.matchedClaim) throw new HttpError(409, 'match_refused', 'This transaction is matched to a claim already; unmatch it first.');
        if (claim.matched) throw new HttpError(409, 'match_refused', 'That claim is matched to another transaction already.');
        if (-transaction.amountMinor !== Number(claim.amount_minor) || transaction.currency !== claim.currency) {
          throw new HttpError(409, 'match_refused', 'The payment and the claim are not the same amount; only a payment of the claim’s amount is matched to it.');
        }
        await em.execute(`update finance_bank_transaction set matched_claim_id = ?, updated_at = now() where id = ?`, [claimId, transactionId]);
        return transactionOne(em, transactionId);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/transactions/:transactionId/match', summary: 'Undo a match', can: 'update', params: financeTransactionParams,
    responses: { 200: { description: 'The transaction, unmatched', schema: bankTransactionView } },
    handler: async (ctx) => {
      const { companyId, transactionId } = validate(financeTransactionParams, ctx.params);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        await findOr404(em, FinanceBankTransaction, { id: transactionId }, 'There is no such transaction.');
        await em.execute(`update finance_bank_transaction set matched_claim_id = null, updated_at = now() where id = ?`, [transactionId]);
        return transactionOne(em, transactionId);
      });
    },
  });
}
