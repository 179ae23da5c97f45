import { error, fail } from '@sveltejs/kit';
import { formatMoney, isModuleKey, moduleNames, type ModuleKey } from '@atrium/core';
import { formatDay } from '#lib/dates';
import type { MarketplaceNotice } from '#lib/components/marketplace/types';
import { answer, type Answer } from '#lib/server/api-client';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * One module's page: the listing comes from core, where the module stands for this
 * company and who may buy it from the API. Trial, buy (previewed first), cancel and resume
 * are form actions, so they work before JavaScript loads.
 */
export const load: PageServerLoad = async (event) => {
  const module = moduleOf(event);
  const result = await marketplaceOf(event);
  if (!result.ok) return { key: module, module: null, canBuy: false, askToBuy: [], problem: result.problem };

  const { canBuy, askToBuy, modules } = result.data;
  const entry = modules.find((candidate) => candidate.key === module) ?? null;
  const problem = entry ? null : { error: 'not_found', message: `${moduleNames[module]} is not in the marketplace right now.` };
  return { key: module, module: entry, canBuy, askToBuy, problem };
};

export const actions: Actions = {
  /** 14 days, no card; once per module. */
  trial: async (event) => {
    const module = moduleOf(event);
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/marketplace/{module}/trial', { params: moduleParams(event, module) }));
    if (!result.ok) return refused(event, result);
    await trialRecorded(event, module);
    const name = moduleNames[module];
    return notice('success', `Your ${name} trial has started. It ends on ${formatDay(result.data.endsAt)}; nothing is charged unless you buy ${name}.`);
  },

  /** Step one of buying: what it costs now, for the rest of the period. Nothing changes. */
  preview: async (event) => {
    const module = moduleOf(event);
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/marketplace/{module}/purchase/preview', { params: moduleParams(event, module) }));
    if (!result.ok) return refused(event, result);
    return { preview: result.data };
  },

  /** Step two: the purchase the person saw previewed, charged to the default card. */
  purchase: async (event) => {
    const module = moduleOf(event);
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/marketplace/{module}/purchase', { params: moduleParams(event, module) }));
    if (!result.ok) return refused(event, result);
    const { invoice } = result.data;
    const charged = invoice ? ` ${formatMoney(invoice.total)} was charged (invoice ${invoice.number}).` : '';
    return notice('success', `${moduleNames[module]} is now part of your subscription.${charged}`);
  },

  /** Buying a module whose removal is scheduled calls the removal off; nothing is charged. */
  resume: async (event) => {
    const module = moduleOf(event);
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/marketplace/{module}/purchase', { params: moduleParams(event, module) }));
    if (!result.ok) return refused(event, result);
    return notice('success', `${moduleNames[module]} stays in your subscription: its removal is called off.`);
  },

  /** Removed at the period end; usable and not charged again until then. */
  cancel: async (event) => {
    const module = moduleOf(event);
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/marketplace/{module}/cancel', { params: moduleParams(event, module) }));
    if (!result.ok) return refused(event, result);
    const { subscription } = result.data.billing;
    const removal = subscription.scheduledChanges.find(
      (change) => change.kind === 'remove_module' && change.description.startsWith(moduleNames[module]),
    );
    const on = formatDay(removal?.effectiveOn ?? subscription.periodEnd);
    return notice('success', `${moduleNames[module]} will be removed on ${on}, at the end of the period. You keep it until then and it is not charged again.`);
  },
};

function moduleOf(event: Pick<RequestEvent, 'params'>): ModuleKey {
  const { module } = event.params;
  if (!isModuleKey(module)) error(404, 'There is no such module in the marketplace.', { code: 'not_found' });
  return module;
}

function moduleParams(event: Pick<RequestEvent, 'params'>, module: ModuleKey) {
  return { path: { companyId: event.params.company, module } };
}

function marketplaceOf(event: Pick<RequestEvent, 'params' | 'locals'>) {
  return answer(event.locals.api.GET('/api/companies/{companyId}/marketplace', { params: { path: { companyId: event.params.company } } }));
}

function notice(tone: MarketplaceNotice['tone'], message: string, code?: string) {
  return { notice: { tone, message, ...(code ? { code } : {}) } satisfies MarketplaceNotice };
}

/** A refusal as a failed action: the API's sentence and code (a purchase without a card is 402). */
function refused(_event: RequestEvent, result: Extract<Answer<unknown>, { ok: false }>) {
  return fail(result.status >= 400 ? result.status : 500, notice('error', result.problem.message, result.problem.error));
}

const trialWaitMs = 5_000;

/**
 * The API answers a new trial once its workflow has started; the trial is written to the
 * database by the workflow's first activity a moment later. Waiting for it here means the
 * page (and the navigation) that loads next already shows the module in trial. After a
 * few seconds the page loads anyway: the trial is running either way.
 */
async function trialRecorded(event: RequestEvent, module: ModuleKey): Promise<void> {
  const deadline = Date.now() + trialWaitMs;
  while (Date.now() < deadline) {
    const result = await marketplaceOf(event);
    if (!result.ok || result.data.modules.find((entry) => entry.key === module)?.state.kind !== 'not_available') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
