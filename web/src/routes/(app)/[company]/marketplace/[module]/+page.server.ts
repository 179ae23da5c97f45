import { error, fail, redirect } from '@sveltejs/kit';
import { formatMoney, isModuleKey, moduleNames, type ModuleKey } from '@atrium/core';
import { formatDay } from '#lib/dates';
import type {
  Marketplace,
  MarketplaceNotice,
  PurchasePreview,
  PurchaseResult,
  TrialStarted,
} from '#lib/components/marketplace/types';
import { applySetCookies, callApi, type ApiResult } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * One module's page: the listing comes from core, where the module stands for this
 * company and who may buy it from the API. Trial, buy (previewed first), cancel and resume
 * are form actions, so they work before JavaScript loads.
 */
export const load: PageServerLoad = async (event) => {
  const module = moduleOf(event);
  const result = await callApi<Marketplace>(event, companyPath(event.params.company, 'marketplace'));
  applySetCookies(event.cookies, result.setCookies);
  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
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
    const result = await callApi<TrialStarted>(event, marketplacePath(event, module, 'trial'), { method: 'POST' });
    if (!result.ok) return refused(event, result);
    await trialRecorded(event, module);
    const name = moduleNames[module];
    return notice('success', `Your ${name} trial has started. It ends on ${formatDay(result.data.endsAt)}; nothing is charged unless you buy ${name}.`);
  },

  /** Step one of buying: what it costs now, for the rest of the period. Nothing changes. */
  preview: async (event) => {
    const module = moduleOf(event);
    const result = await callApi<PurchasePreview>(event, marketplacePath(event, module, 'purchase', 'preview'), { method: 'POST' });
    if (!result.ok) return refused(event, result);
    return { preview: result.data };
  },

  /** Step two: the purchase the person saw previewed, charged to the default card. */
  purchase: async (event) => {
    const module = moduleOf(event);
    const result = await callApi<PurchaseResult>(event, marketplacePath(event, module, 'purchase'), { method: 'POST' });
    if (!result.ok) return refused(event, result);
    const { invoice } = result.data;
    const charged = invoice ? ` ${formatMoney(invoice.total)} was charged (invoice ${invoice.number}).` : '';
    return notice('success', `${moduleNames[module]} is now part of your subscription.${charged}`);
  },

  /** Buying a module whose removal is scheduled calls the removal off; nothing is charged. */
  resume: async (event) => {
    const module = moduleOf(event);
    const result = await callApi<PurchaseResult>(event, marketplacePath(event, module, 'purchase'), { method: 'POST' });
    if (!result.ok) return refused(event, result);
    return notice('success', `${moduleNames[module]} stays in your subscription: its removal is called off.`);
  },

  /** Removed at the period end; usable and not charged again until then. */
  cancel: async (event) => {
    const module = moduleOf(event);
    const result = await callApi<PurchaseResult>(event, marketplacePath(event, module, 'cancel'), { method: 'POST' });
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

function marketplacePath(event: RequestEvent, module: ModuleKey, ...rest: string[]): string {
  return companyPath(event.params.company, 'marketplace', module, ...rest);
}

function notice(tone: MarketplaceNotice['tone'], message: string, code?: string) {
  return { notice: { tone, message, ...(code ? { code } : {}) } satisfies MarketplaceNotice };
}

/** A refusal as a failed action: the API's sentence and code (a purchase without a card is 402). */
function refused(event: RequestEvent, result: Extract<ApiResult<unknown>, { ok: false }>) {
  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
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
    const result = await callApi<Marketplace>(event, companyPath(event.params.company, 'marketplace'));
    if (!result.ok || result.data.modules.find((entry) => entry.key === module)?.state.kind !== 'not_available') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
