import {
  claimDecisionInput, claimDecisionRefusal, expenseClaimInput, expenseClaimList, expenseClaimQuery, expenseClaimUpdate, expenseClaimView, financeClaimParams, financeKit, financeParams,
  financeDeletedView, needsFinanceApproval, reimbursementRefusal,
} from '@atrium/core';
import { FinanceExpenseClaim, ModuleSetting, withTenant, type EntityManager } from '@atrium/db';
import { decideClaimUpdate, expenseClaimWorkflowId, reimburseClaimUpdate, type ExpenseClaimStart } from '@atrium/workflows';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, noticeUsageAfterCommit, reserveUsage } from '../kit/usage';
import { claimRow, claimSelect, claimView, type ClaimRow } from './claim-view';
import { approvalPolicy, approverFor, financeActor, holidaysAround, requireWritable, type FinanceActor } from './finance-context';
import { receiptRoutes } from './receipts';

async function categoryOr400(em: EntityManager, categoryId: string) {
  const category = await em.findOne(ModuleSetting, { id: categoryId, module: 'finance', kind: 'expense_category' });
  if (!category) throw new HttpError(400, 'invalid_request', 'Choose a category.', { categoryId: 'No such category.' });
  return category;
}

function refusalOf(error: unknown): never {
  if (error instanceof WorkflowUpdateFailedError) throw new HttpError(409, 'claim_not_changeable', error.cause?.message ?? 'This claim cannot be changed now.');
  throw error;
}

/** Claims waiting for this person's decision, as SQL: their approver stage, or finance's when they approve for finance. */
function toDecideWhere(actor: FinanceActor): { sql: string; params: unknown[] } {
  const finance = actor.isFinanceApprover ? ` or (c.stage = 'approver' and c.approver_user_id is null) or (c.stage = 'finance' and coalesce(c.first_approval_by, '') <> ?)` : '';
  return { sql: `c.status = 'submitted' and c.owner_id <> ? and ((c.stage = 'approver' and c.approver_user_id = ?)${finance})`, params: actor.isFinanceApprover ? [actor.userId, actor.userId, actor.userId] : [actor.userId, actor.userId] };
}

export function claimRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/claims', summary: 'Expense claims: my own, those waiting for my decision, approved ones to reimburse, or all (finance)', can: 'read', params: financeParams, query: expenseClaimQuery,
    responses: { 200: { description: 'Claims, latest first', schema: expenseClaimList } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const { scope, status, limit, offset } = validate(expenseClaimQuery, ctx.query);
      const actor = financeActor(ctx);
      if ((scope === 'all' && !actor.isFinanceApprover && !actor.keepsBooks) || (scope === 'to_reimburse' && !actor.isFinanceApprover)) {
        throw new HttpError(403, 'forbidden', 'Only finance approvers see every claim and reimburse them.');
      }
      const where: string[] = [];
      const params: unknown[] = [];
      if (scope === 'mine') (where.push('c.owner_id = ?'), params.push(actor.userId));
      if (scope === 'to_decide') {
        const decide = toDecideWhere(actor);
        where.push(`(${decide.sql})`);
        params.push(...decide.params);
      }
      if (scope === 'to_reimburse') where.push(`c.status = 'approved'`);
      // Drafts are their claimant's own until sent.
      if (scope !== 'mine') (where.push(`(c.status <> 'draft' or c.owner_id = ?)`), params.push(actor.userId));
      if (status) (where.push('c.status = ?'), params.push(status));
      const clause = where.length ? ` where ${where.join(' and ')}` : '';
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const rows = await em.execute<ClaimRow[]>(`${claimSelect}${clause} order by c.created_at desc, c.id limit ? offset ?`, [...params, limit, offset], 'all');
        const [count] = await em.execute<{ n: number }[]>(`select count(*)::int as n from finance_expense_claim c${clause}`, params, 'all');
        return { claims: rows.map((row) => claimView(row, actor)), total: count?.n ?? 0 };
      });
    },
  });

  routes.add({
    method: 'post', path: '/claims', summary: 'Start an expense claim (a draft until it is submitted)', can: 'read', params: financeParams, body: expenseClaimInput,
    responses: { 201: { description: 'The draft claim', schema: expenseClaimView }, 402: { description: 'The plan’s expense claims a month are used up' } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const input = validate(expenseClaimInput, ctx.request.body);
      const actor = financeActor(ctx);
      requireWritable(actor);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const category = await categoryOr400(em, input.categoryId);
        const change = await reserveUsage(em, financeKit, 'expenseClaimsPerMonth', 1, actor.entitlements, companyId);
        const claim = em.create(FinanceExpenseClaim, {
          company: companyId, createdBy: actor.userId, ownerId: actor.userId, category, amountMinor: input.amountMinor, currency: input.currency, spentOn: input.spentOn,
          merchant: input.merchant, note: input.note, status: 'draft', stage: null, approverUserId: null, needsFinanceApproval: false, firstApprovalBy: null, firstApprovalAt: null,
          decidedBy: null, decidedAt: null, decisionNote: '', submittedAt: null, reimbursedBy: null, reimbursedAt: null,
        });
        await em.persist(claim).flush();
        return { view: claimView(await claimRow(em, claim.id, actor), actor), change, periodStart: await currentPeriodStart(em) };
      });
      await noticeUsageAfterCommit(deps, 'finance', companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'get', path: '/claims/:claimId', summary: 'One expense claim (its claimant, its approver, finance)', can: 'read', params: financeClaimParams,
    responses: { 200: { description: 'The claim', schema: expenseClaimView } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => claimView(await claimRow(em, claimId, actor), actor));
    },
  });

  routes.add({
    method: 'patch', path: '/claims/:claimId', summary: 'Change my draft claim', can: 'read', params: financeClaimParams, body: expenseClaimUpdate,
    responses: { 200: { description: 'The draft', schema: expenseClaimView }, 409: { description: 'Already submitted' } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const input = validate(expenseClaimUpdate, ctx.request.body);
      const actor = financeActor(ctx);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const row = await claimRow(em, claimId, actor);
        if (row.owner_id !== actor.userId) throw new HttpError(403, 'forbidden', 'Only the person who made a claim changes it.');
        if (row.status !== 'draft') throw new HttpError(409, 'claim_not_changeable', 'This claim is submitted; it can no longer be changed.');
        const claim = await em.findOneOrFail(FinanceExpenseClaim, { id: claimId });
        if (input.categoryId) claim.category = await categoryOr400(em, input.categoryId);
        const { categoryId: _category, ...rest } = input;
        for (const [field, value] of Object.entries(rest)) if (value !== undefined) (claim as unknown as Record<string, unknown>)[field] = value;
        await em.flush();
        return claimView(await claimRow(em, claimId, actor), actor);
      });
    },
  });

  routes.add({
    method: 'delete', path: '/claims/:claimId', summary: 'Delete my draft claim', can: 'read', params: financeClaimParams,
    responses: { 200: { description: 'Deleted', schema: financeDeletedView }, 409: { description: 'Already submitted' } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const row = await claimRow(em, claimId, actor);
        if (row.owner_id !== actor.userId) throw new HttpError(403, 'forbidden', 'Only the person who made a claim deletes it.');
        if (row.status !== 'draft') throw new HttpError(409, 'claim_not_changeable', 'Only a draft is deleted; this claim is submitted.');
        await em.nativeDelete(FinanceExpenseClaim, { id: claimId });
        return { deleted: true as const };
      });
    },
  });

  receiptRoutes(routes, deps);

  routes.add({
    method: 'post', path: '/claims/:claimId/submit', summary: 'Send my draft for approval (to my manager in HR, or the named approver)', can: 'read', params: financeClaimParams,
    responses: { 200: { description: 'The submitted claim', schema: expenseClaimView }, 409: { description: 'Already submitted' } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      requireWritable(actor);
      const { start } = await withTenant(deps.orm, { companyId }, async (em) => {
        const row = await claimRow(em, claimId, actor);
        if (row.owner_id !== actor.userId) throw new HttpError(403, 'forbidden', 'Only the person who made a claim submits it.');
        if (row.status !== 'draft') throw new HttpError(409, 'claim_not_changeable', 'This claim is already submitted.');
        const policy = await approvalPolicy(em);
        const approverUserId = await approverFor(em, actor, policy);
        const twoStep = needsFinanceApproval(Number(row.amount_minor), policy.approvalThresholdMinor);
        const submittedAt = new Date();
        await em.execute(
          `update finance_expense_claim set status = 'submitted', stage = 'approver', approver_user_id = ?, needs_finance_approval = ?, submitted_at = ?, updated_at = now() where id = ? and status = 'draft'`,
          [approverUserId, twoStep, submittedAt, claimId],
        );
        await tickSetupStep(em, 'finance', 'submit_first_expense');
        const start: ExpenseClaimStart = { companyId, claimId, claimantUserId: actor.userId, approverUserId, needsFinanceApproval: twoStep, submittedAt: submittedAt.toISOString(), holidays: await holidaysAround(em) };
        return { start };
      });
      try {
        await deps.temporal.workflow.start('expenseClaimWorkflow', { workflowId: expenseClaimWorkflowId(claimId), taskQueue: deps.config.temporal.taskQueue, args: [start] });
      } catch (error) {
        // Without its workflow nobody would be asked to approve: the claim goes back to a draft.
        await withTenant(deps.orm, { companyId }, (em) => em.execute(`update finance_expense_claim set status = 'draft', stage = null, submitted_at = null where id = ?`, [claimId]));
        throw error;
      }
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => claimView(await claimRow(em, claimId, actor), actor));
    },
  });

  routes.add({
    method: 'post', path: '/claims/:claimId/decision', summary: 'Approve or reject a submitted claim (its approver; above the threshold, then a finance approver)', can: 'read', params: financeClaimParams, body: claimDecisionInput,
    responses: { 200: { description: 'The claim after the decision', schema: expenseClaimView }, 409: { description: 'Not waiting for a decision' } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const { decision, note } = validate(claimDecisionInput, ctx.request.body);
      const actor = financeActor(ctx);
      requireWritable(actor);
      const before = await withTenant(deps.orm, { companyId }, (em) => claimRow(em, claimId, actor));
      const refusal = claimDecisionRefusal({
        status: before.status, stage: before.stage ?? 'approver', claimantUserId: before.owner_id, approverUserId: before.approver_user_id, firstApprovalBy: before.first_approval_by,
        decider: { userId: actor.userId, isFinanceApprover: actor.isFinanceApprover },
      });
      if (refusal && before.status === 'submitted') throw new HttpError(403, 'forbidden', refusal);
      if (refusal) throw new HttpError(409, 'claim_not_changeable', refusal);
      // The workflow's validator decides again, against its own state: two approvers at once get one decision.
      await deps.temporal.workflow.getHandle(expenseClaimWorkflowId(claimId))
        .executeUpdate(decideClaimUpdate, { args: [{ decision, note, deciderUserId: actor.userId, deciderIsFinanceApprover: actor.isFinanceApprover }] })
        .catch(refusalOf);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => claimView(await claimRow(em, claimId, actor), actor));
    },
  });

  routes.add({
    method: 'post', path: '/claims/:claimId/reimburse', summary: 'Mark an approved claim as paid back (finance approvers)', can: 'read', params: financeClaimParams,
    responses: { 200: { description: 'The reimbursed claim', schema: expenseClaimView }, 409: { description: 'Not approved, or already reimbursed' } },
    handler: async (ctx) => {
      const { companyId, claimId } = validate(financeClaimParams, ctx.params);
      const actor = financeActor(ctx);
      requireWritable(actor);
      const before = await withTenant(deps.orm, { companyId }, (em) => claimRow(em, claimId, actor));
      const refusal = reimbursementRefusal({ status: before.status, by: { userId: actor.userId, isFinanceApprover: actor.isFinanceApprover } });
      if (refusal) throw new HttpError(actor.isFinanceApprover ? 409 : 403, actor.isFinanceApprover ? 'claim_not_changeable' : 'forbidden', refusal);
      await deps.temporal.workflow.getHandle(expenseClaimWorkflowId(claimId))
        .executeUpdate(reimburseClaimUpdate, { args: [{ byUserId: actor.userId, byFinanceApprover: actor.isFinanceApprover }] })
        .catch(refusalOf);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => claimView(await claimRow(em, claimId, actor), actor));
    },
  });
}

