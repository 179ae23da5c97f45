import { crmDealInput, crmDealMove, crmDealParams, crmDealPatch, crmDealView, crmForecastView, crmKit, crmParams, crmPipelineView, dealStatusIn, pipelineForecast } from '@atrium/core';
import { CrmContact, CrmDeal, CrmOrganization, withTenant, type CrmDealEntity, type EntityManager } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';
import { validate } from '../../http/validate';
import type { ModuleRoutes } from '../kit/module-routes';
import { findOr404, linkedOr400 } from '../kit/records';
import { tickSetupStep } from '../kit/setup-steps';
import { currentPeriodStart, reserveUsage, type UsageChange } from '../kit/usage';
import { afterUsage } from './contacts';
import { crmActor, ownerFor, pipelineStages, requireEdit, type CrmActor, type Stage } from './crm-context';


const dealView = (deal: CrmDealEntity, actor: CrmActor) => ({
  id: deal.id, title: deal.title, valueMinor: deal.valueMinor, currency: deal.currency, stageId: deal.stageId, status: deal.status, position: deal.position,
  contactId: deal.contact?.id ?? null, organizationId: deal.organization?.id ?? null, expectedCloseOn: deal.expectedCloseOn ?? null, ownerId: deal.ownerId ?? null,
  createdAt: deal.createdAt.toISOString(), canEdit: actor.canEdit(deal.ownerId ?? null),
});

function stageNamed(stages: Stage[], stageId: string | undefined): Stage {
  const stage = stageId ? stages.find((candidate) => candidate.id === stageId) : stages[0];
  if (!stage) throw new HttpError(400, 'invalid_request', stages.length ? 'That is not one of your pipeline stages.' : 'CRM has no pipeline stages yet.', { stageId: 'Not a stage of this pipeline.' });
  return stage;
}

async function nextPosition(em: EntityManager, stageId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`select coalesce(max(position) + 1, 0)::int as n from crm_deal where stage_id = ?`, [stageId], 'all');
  return row?.n ?? 0;
}

async function forecastOf(em: EntityManager, currency: string, readable: Record<string, unknown>) {
  const stages = await pipelineStages(em);
  const deals = await em.find(CrmDeal, readable, { fields: ['stageId', 'valueMinor'] });
  return { stages, forecast: { currency, ...pipelineForecast(stages, deals) } };
}

export function pipelineRoutes(routes: ModuleRoutes, deps: ApiDependencies): void {
  routes.add({
    method: 'get', path: '/pipeline', summary: 'The pipeline board: stages, their deals, totals and the weighted forecast', can: 'read', params: crmParams,
    responses: { 200: { description: 'The board', schema: crmPipelineView } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const readable = actor.readable ?? { id: null };
        const deals = await em.find(CrmDeal, readable, { orderBy: { position: 'asc', createdAt: 'asc' } });
        const { stages, forecast } = await forecastOf(em, actor.entitlements.currency, readable);
        return { stages, deals: deals.map((deal) => dealView(deal, actor)), forecast };
      });
    },
  });

  routes.add({
    method: 'get', path: '/forecast', summary: 'Totals per stage and the forecast weighted by stage probability', can: 'read', params: crmParams,
    responses: { 200: { description: 'The forecast', schema: crmForecastView } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => (await forecastOf(em, actor.entitlements.currency, actor.readable ?? { id: null })).forecast);
    },
  });

  routes.add({
    method: 'post', path: '/deals', summary: 'Add a deal (open deals count towards the plan)', can: 'create', params: crmParams, body: crmDealInput,
    responses: { 201: { description: 'The deal', schema: crmDealView }, 402: { description: 'usage_limit_reached' } },
    handler: async (ctx) => {
      const { companyId } = validate(crmParams, ctx.params);
      const input = validate(crmDealInput, ctx.request.body);
      const actor = crmActor(ctx);
      const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
        const stage = stageNamed(await pipelineStages(em), input.stageId);
        const status = dealStatusIn(stage);
        const change = status === 'open' ? await reserveUsage(em, crmKit, 'openDeals', 1, actor.entitlements, companyId) : null;
        const ownerId = await ownerFor(em, actor, input.ownerId);
        const contact = await linkedOr400(em, CrmContact, input.contactId, 'contactId', 'contact');
        const organization = input.organizationId ? await linkedOr400(em, CrmOrganization, input.organizationId, 'organizationId', 'company') : (contact?.organization ?? null);
        const deal = em.create(CrmDeal, {
          company: companyId, title: input.title, valueMinor: input.valueMinor, currency: actor.entitlements.currency, stageId: stage.id, status, position: await nextPosition(em, stage.id),
          contact, organization, expectedCloseOn: input.expectedCloseOn ?? null, ownerId, createdBy: actor.userId,
        });
        await em.persist(deal).flush();
        await tickSetupStep(em, 'crm', 'add_first_deal');
        return { view: dealView(deal, actor), change, periodStart: await currentPeriodStart(em) };
      });
      if (change) await afterUsage(deps, companyId, change, periodStart);
      ctx.status = 201;
      ctx.body = view;
    },
  });

  routes.add({
    method: 'get', path: '/deals/:dealId', summary: 'One deal', can: 'read', params: crmDealParams,
    responses: { 200: { description: 'The deal', schema: crmDealView } },
    handler: async (ctx) => {
      const { companyId, dealId } = validate(crmDealParams, ctx.params);
      const actor = crmActor(ctx);
      ctx.body = await withTenant(deps.orm, { companyId }, async (em) => {
        const deal = await findOr404(em, CrmDeal, actor.readable && { ...actor.readable, id: dealId }, 'There is no such deal.');
        return dealView(deal, actor);
      });
    },
  });

  const moveOrChange = async (companyId: string, dealId: string, actor: CrmActor, apply: (deal: CrmDealEntity, em: EntityManager, stages: Stage[]) => Promise<void>) => {
    const { view, change, periodStart } = await withTenant(deps.orm, { companyId }, async (em) => {
      const deal = await findOr404(em, CrmDeal, { id: dealId }, 'There is no such deal.');
      requireEdit(actor, deal.ownerId ?? null, 'deals');
      const wasOpen = deal.status === 'open';
      await apply(deal, em, await pipelineStages(em));
      // A deal reopened (won or lost back to an open stage) takes an open-deal place again.
      let change: UsageChange | null = null;
      if (!wasOpen && deal.status === 'open') change = await reserveUsage(em, crmKit, 'openDeals', 1, actor.entitlements, companyId);
      await em.flush();
      return { view: dealView(deal, actor), change, periodStart: await currentPeriodStart(em) };
    });
    if (change) await afterUsage(deps, companyId, change, periodStart);
    return view;
  };

  routes.add({
    method: 'post', path: '/deals/:dealId/move', summary: 'Move a deal to a stage (drag on the board, or the stage menu)', can: 'update', params: crmDealParams, body: crmDealMove,
    responses: { 200: { description: 'The deal', schema: crmDealView }, 402: { description: 'usage_limit_reached on reopening' } },
    handler: async (ctx) => {
      const { companyId, dealId } = validate(crmDealParams, ctx.params);
      const input = validate(crmDealMove, ctx.request.body);
      ctx.body = await moveOrChange(companyId, dealId, crmActor(ctx), async (deal, em, stages) => {
        const stage = stageNamed(stages, input.stageId);
        if (deal.stageId !== stage.id || input.position === undefined) deal.position = input.position ?? (await nextPosition(em, stage.id));
        else deal.position = input.position;
        deal.stageId = stage.id;
        deal.status = dealStatusIn(stage);
      });
    },
  });

  routes.add({
    method: 'patch', path: '/deals/:dealId', summary: 'Change a deal (editors: their own)', can: 'update', params: crmDealParams, body: crmDealPatch,
    responses: { 200: { description: 'The deal', schema: crmDealView } },
    handler: async (ctx) => {
      const { companyId, dealId } = validate(crmDealParams, ctx.params);
      const input = validate(crmDealPatch, ctx.request.body);
      const actor = crmActor(ctx);
      ctx.body = await moveOrChange(companyId, dealId, actor, async (deal, em, stages) => {
        if (input.title !== undefined) deal.title = input.title;
        if (input.valueMinor !== undefined) deal.valueMinor = input.valueMinor;
        if (input.expectedCloseOn !== undefined) deal.expectedCloseOn = input.expectedCloseOn;
        if (input.ownerId !== undefined) deal.ownerId = await ownerFor(em, actor, input.ownerId);
        if (input.stageId !== undefined) {
          const stage = stageNamed(stages, input.stageId);
          if (stage.id !== deal.stageId) deal.position = await nextPosition(em, stage.id);
          deal.stageId = stage.id;
          deal.status = dealStatusIn(stage);
        }
        if (input.contactId !== undefined) deal.contact = await linkedOr400(em, CrmContact, input.contactId, 'contactId', 'contact');
      });
    },
  });
}
