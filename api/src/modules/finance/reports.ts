import { financeDealParams, financeParams, invoicedDealList, invoicedDealView, markInvoicedInput, profitAndLoss, profitAndLossCsv, profitAndLossQuery, profitAndLossView } from '@atrium/core';
import { withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError, notFound } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { crmIsActive, financeActor, requireBookkeeper, requireWritable, type FinanceActor } from './finance-context';

/** The month's records, read inside the company's transaction, and the report computed by core. */
async function monthReport(em: EntityManager, actor: FinanceActor, month: string) {
  const transactions = await em.execute<{ booked_on: string; amount_minor: number; currency: string; category: string | null; matched_claim_id: string | null }[]>(
    `select to_char(booked_on, 'YYYY-MM-DD') as booked_on, amount_minor, currency, category, matched_claim_id from finance_bank_transaction where to_char(booked_on, 'YYYY-MM') = ?`,
    [month], 'all',
  );
  const claims = await em.execute<{ id: string; spent_on: string; amount_minor: number; currency: string; category: string; status: string }[]>(
    `select c.id, to_char(c.spent_on, 'YYYY-MM-DD') as spent_on, c.amount_minor, c.currency, s.name as category, c.status
       from finance_expense_claim c join module_setting s on s.id = c.category_id where to_char(c.spent_on, 'YYYY-MM') = ? and c.status in ('approved', 'reimbursed')`,
    [month], 'all',
  );
  const deals = crmIsActive(actor.entitlements)
    ? await em.execute<{ invoiced_on: string; value_minor: number; currency: string }[]>(
        `select to_char(invoiced_on, 'YYYY-MM-DD') as invoiced_on, value_minor, currency from crm_deal where status = 'won' and to_char(invoiced_on, 'YYYY-MM') = ?`, [month], 'all',
      )
    : [];
  return profitAndLoss({
    month,
    currency: actor.entitlements.currency,
    transactions: transactions.map((row) => ({ bookedOn: row.booked_on, amountMinor: Number(row.amount_minor), currency: row.currency, category: row.category, matchedClaimId: row.matched_claim_id })),
    claims: claims.map((row) => ({ id: row.id, spentOn: row.spent_on, amountMinor: Number(row.amount_minor), currency: row.currency, category: row.category, status: row.status })),
    invoicedDeals: deals.map((row) => ({ invoicedOn: row.invoiced_on, valueMinor: Number(row.value_minor), currency: row.currency })),
  });
}

interface DealRow { id: string; title: string; value_minor: number; currency: string; updated_at: Date | string; invoiced_on: string | null }
const dealView = (row: DealRow) => ({ dealId: row.id, title: row.title, valueMinor: Number(row.value_minor), currency: row.currency, wonAt: new Date(row.updated_at).toISOString(), invoicedOn: row.invoiced_on });
const dealSelect = `select id, title, value_minor, currency, updated_at, to_char(invoiced_on, 'YYYY-MM-DD') as invoiced_on from crm_deal where status = 'won'`;

export function reportRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/profit-and-loss', summary: 'A month’s profit and loss: categorised income against expenses by category, in the company’s currency', can: 'read', params: financeParams, query: profitAndLossQuery,
    responses: { 200: { description: 'The month’s figures in minor units', schema: profitAndLossView } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const { month } = validate(profitAndLossQuery, ctx.query);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => monthReport(em, actor, month));
    },
  });

  routes.add({
    method: 'get', path: '/profit-and-loss/export', summary: 'The month’s profit and loss as CSV', can: 'read', params: financeParams, query: profitAndLossQuery,
    responses: { 200: { description: 'The profit and loss as CSV', media: 'text/csv' } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const { month } = validate(profitAndLossQuery, ctx.query);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      const report = await withTenant(deps.orm, { companyId }, (em) => monthReport(em, actor, month));
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('content-disposition', `attachment; filename="profit-and-loss-${month}.csv"`);
      ctx.body = profitAndLossCsv(report);
    },
  });

  routes.add({
    method: 'get', path: '/won-deals', summary: 'Won CRM deals and their invoice date (income in the profit and loss when CRM is active)', can: 'read', params: financeParams,
    responses: { 200: { description: 'Won deals, latest first', schema: invoicedDealList } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      if (!crmIsActive(actor.entitlements)) return void (ctx.body = { crmActive: false, deals: [] });
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => ({
        crmActive: true,
        deals: (await em.execute<DealRow[]>(`${dealSelect} order by updated_at desc, id limit 200`, [], 'all')).map(dealView),
      }));
    },
  });

  routes.add({
    method: 'post', path: '/won-deals/:dealId/invoice', summary: 'Mark a won CRM deal as invoiced on a date (null: not invoiced)', can: 'update', params: financeDealParams, body: markInvoicedInput,
    responses: { 200: { description: 'The deal', schema: invoicedDealView }, 409: { description: 'CRM is not active' } },
    handler: async (ctx) => {
      const { companyId, dealId } = validate(financeDealParams, ctx.params);
      const { invoicedOn } = validate(markInvoicedInput, ctx.request.body);
      const actor = financeActor(ctx);
      requireBookkeeper(actor);
      requireWritable(actor);
      if (!crmIsActive(actor.entitlements)) throw new HttpError(409, 'crm_not_active', 'Invoiced deals come from CRM; your company does not have CRM.');
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        await em.execute(`update crm_deal set invoiced_on = ? where id = ? and status = 'won'`, [invoicedOn, dealId]);
        const [row] = await em.execute<DealRow[]>(`${dealSelect} and id = ?`, [dealId], 'all');
        if (!row) throw notFound('There is no such won deal.');
        return dealView(row);
      });
    },
  });
}
