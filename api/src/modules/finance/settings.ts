import { randomUUID } from 'node:crypto';
import { expenseCategoryInput, expenseCategoryList, expenseCategoryView, financeParams, financeSettingsInput, financeSettingsView } from '@atrium/core';
import { ModuleSetting, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { tickSetupStep } from '../kit/setup-steps';
import { approvalPolicy, financeActor, financeApprovers, hrIsActive, requireWritable, type FinanceActor } from './finance-context';

async function settingsView(em: EntityManager, actor: FinanceActor) {
  return { ...(await approvalPolicy(em)), currency: actor.entitlements.currency, managersFromHr: hrIsActive(actor.entitlements), financeApprovers: await financeApprovers(em) };
}

export function settingsRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/settings', summary: 'Who approves expense claims, and above which amount finance approves too', can: 'read', params: financeParams,
    responses: { 200: { description: 'The approval settings', schema: financeSettingsView } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const actor = financeActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, (em) => settingsView(em, actor));
    },
  });

  routes.add({
    method: 'put', path: '/settings', summary: 'Name the approver and set the threshold for finance’s approval (finance managers)', can: 'manage', params: financeParams, body: financeSettingsInput,
    responses: { 200: { description: 'The approval settings', schema: financeSettingsView } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const input = validate(financeSettingsInput, ctx.request.body);
      const actor = financeActor(ctx);
      requireWritable(actor);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (input.approverUserId) {
          const [member] = await em.execute<{ user_id: string }[]>(`select user_id from membership where user_id = ?`, [input.approverUserId], 'all');
          if (!member) throw new HttpError(400, 'invalid_request', 'Choose the approver from the team.', { approverUserId: 'Not a member of this company.' });
        }
        const row = await em.findOne(ModuleSetting, { module: 'finance', kind: 'approval_policy' });
        if (row) row.data = { ...input };
        else em.create(ModuleSetting, { id: randomUUID(), company: companyId, module: 'finance', kind: 'approval_policy', name: 'Approvals', position: 0, data: { ...input } });
        await em.flush();
        await tickSetupStep(em, 'finance', 'set_approvers');
        return settingsView(em, actor);
      });
    },
  });

  routes.add({
    method: 'get', path: '/categories', summary: 'Expense categories', can: 'read', params: financeParams,
    responses: { 200: { description: 'Categories in order', schema: expenseCategoryList } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => ({
        categories: (await em.find(ModuleSetting, { module: 'finance', kind: 'expense_category' }, { orderBy: { position: 'asc', name: 'asc' } })).map((row) => ({ id: row.id, name: row.name })),
      }));
    },
  });

  routes.add({
    method: 'post', path: '/categories', summary: 'Add an expense category (finance managers)', can: 'manage', params: financeParams, body: expenseCategoryInput,
    responses: { 201: { description: 'The category', schema: expenseCategoryView }, 409: { description: 'A category of that name exists' } },
    handler: async (ctx) => {
      const { companyId } = validate(financeParams, ctx.params);
      const { name } = validate(expenseCategoryInput, ctx.request.body);
      requireWritable(financeActor(ctx));
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        if (await em.findOne(ModuleSetting, { module: 'finance', kind: 'expense_category', name })) throw new HttpError(409, 'name_taken', `There is already a category called ${name}.`, { name: 'Already used.' });
        const [last] = await em.execute<{ position: number | null }[]>(`select max(position) as position from module_setting where module = 'finance' and kind = 'expense_category'`, [], 'all');
        const row = em.create(ModuleSetting, { id: randomUUID(), company: companyId, module: 'finance', kind: 'expense_category', name, position: Number(last?.position ?? 0) + 1, data: {} });
        await em.persist(row).flush();
        await tickSetupStep(em, 'finance', 'review_expense_categories');
        return { id: row.id, name: row.name };
      });
      ctx.status = 201;
    },
  });
}
