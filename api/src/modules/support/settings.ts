import { randomUUID } from 'node:crypto';
import { supportAddressOf, supportKit, supportMailboxView, supportParams, supportSlaPolicyInput, supportSlaPolicyList, supportSlaPolicyParams, supportSlaPolicyPatch, supportSlaPolicyView } from '@atrium/core';
import { Company, ModuleSetting, withTenant, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage } from '../kit/usage';
import { afterUsage, slaPolicies, supportActor, type SlaPolicy } from './support-context';

const policyView = (policy: SlaPolicy, first: SlaPolicy | undefined) => ({ id: policy.id, name: policy.name, targets: policy.targets, isDefault: policy.id === first?.id });

async function requireFreeName(em: EntityManager, name: string, except?: string): Promise<void> {
  const taken = await em.findOne(ModuleSetting, { module: 'support', kind: 'sla_policy', name, ...(except ? { id: { $ne: except } } : {}) });
  if (taken) throw new HttpError(400, 'invalid_request', 'Another SLA policy has that name.', { name: 'Another policy has this name.' });
}

/** The support address and the public form (where a website links), and the SLA policies. */
export function settingRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/mailbox', summary: 'The company’s support address and its public ticket form', can: 'read', params: supportParams,
    responses: { 200: { description: 'The support address', schema: supportMailboxView } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      const company = await withTenant(deps.orm, { companyId }, (em) => em.findOneOrFail(Company, { id: companyId }));
      ctx.body = { address: supportAddressOf(company.slug, deps.config.support.domain), formUrl: `${deps.config.publicUrl}/support/${company.slug}` };
    },
  });

  routes.add({
    method: 'get', path: '/sla-policies', summary: 'SLA policies: first-response and resolution targets per priority (the first is the default)', can: 'read', params: supportParams,
    responses: { 200: { description: 'The policies', schema: supportSlaPolicyList } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const policies = await slaPolicies(em);
        return { policies: policies.map((policy) => policyView(policy, policies[0])) };
      });
    },
  });

  routes.add({
    method: 'post', path: '/sla-policies', summary: 'Add an SLA policy (counts towards the plan)', can: 'manage', params: supportParams, body: supportSlaPolicyInput,
    responses: { 201: { description: 'The policy', schema: supportSlaPolicyView }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId } = validate(supportParams, ctx.params);
      const input = validate(supportSlaPolicyInput, ctx.request.body);
      const actor = supportActor(ctx);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const change = await reserveUsage(em, supportKit, 'slaPolicies', 1, actor.entitlements, companyId);
        await requireFreeName(em, input.name);
        const policies = await slaPolicies(em);
        const row = em.create(ModuleSetting, { id: randomUUID(), company: companyId, module: 'support', kind: 'sla_policy', name: input.name, position: policies.length, data: { ...input.targets } });
        await em.flush();
        return { view: policyView({ id: row.id, name: row.name, targets: input.targets, position: row.position }, policies[0]), change, periodStart: await currentPeriodStart(em) };
      });
      await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'patch', path: '/sla-policies/:policyId', summary: 'Change an SLA policy’s name or targets (new tickets use them)', can: 'manage', params: supportSlaPolicyParams, body: supportSlaPolicyPatch,
    responses: { 200: { description: 'The policy', schema: supportSlaPolicyView } },
    handler: async (ctx) => {
      const { companyId, policyId } = validate(supportSlaPolicyParams, ctx.params);
      const input = validate(supportSlaPolicyPatch, ctx.request.body);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const row = await findOr404(em, ModuleSetting, { id: policyId, module: 'support', kind: 'sla_policy' }, 'There is no such SLA policy.');
        if (input.name !== undefined) {
          await requireFreeName(em, input.name, row.id);
          row.name = input.name;
        }
        if (input.targets !== undefined) row.data = { ...input.targets };
        await em.flush();
        await tickSetupStep(em, 'support', 'review_sla_policy');
        const policies = await slaPolicies(em);
        return policyView(policies.find((policy) => policy.id === row.id)!, policies[0]);
      });
    },
  });
}
