import { error, fail, redirect } from '@sveltejs/kit';
import { isModuleKey, moduleNames, type ApiError, type ModuleKey } from '@atrium/core';
import type { ModuleLanding, ModuleNotice, ModuleSetupStepView } from '#lib/components/modules/types';
import { applySetCookies, callApi, type ApiResult } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import { textField } from '#lib/server/form-data';
import { helpLinksFor } from '#lib/server/help-links';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * A module's landing, behind the module gate. A module the company has not bought (the
 * API's 402) shows the way to the marketplace instead of its data; a role without access
 * to it is a 403 page, like billing for those who cannot see it.
 */
export const load: PageServerLoad = async (event) => {
  event.depends('atrium:module');
  const module = moduleOf(event);
  const [result, helpArticles] = await Promise.all([callApi<ModuleLanding>(event, modulePath(event, module)), helpLinksFor(event, module)]);
  applySetCookies(event.cookies, result.setCookies);
  if (result.ok) return { key: module, landing: result.data, gate: null, problem: null, helpArticles };

  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  if (result.status === 402 && result.problem.error === 'module_not_active') {
    // The API names the same page (`marketplaceUrl`); the dashboard owns its own addresses.
    const gate = { message: result.problem.message, marketplaceUrl: `/${event.params.company}/marketplace/${module}` };
    return { key: module, landing: null, gate, problem: null, helpArticles };
  }
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return { key: module, landing: null, gate: null, problem: result.problem satisfies ApiError, helpArticles };
};

export const actions: Actions = {
  completeStep: async (event) => {
    const module = moduleOf(event);
    const step = textField(await event.request.formData(), 'step');
    const result = await callApi<{ setupSteps: ModuleSetupStepView[] }>(event, modulePath(event, module, 'setup-steps', step, 'complete'), {
      method: 'POST',
    });
    if (!result.ok) return refused(event, result, { scope: 'step', id: step });
    const title = result.data.setupSteps.find((candidate) => candidate.key === step)?.title ?? 'The step';
    return { notice: { scope: 'step', id: step, tone: 'success', message: `${title}: done.` } satisfies ModuleNotice };
  },

  renameSetting: async (event) => {
    const module = moduleOf(event);
    const form = await event.request.formData();
    const settingId = textField(form, 'settingId');
    const result = await callApi<{ id: string; name: string }>(event, modulePath(event, module, 'settings', settingId), {
      method: 'PATCH',
      json: { name: textField(form, 'name') },
    });
    if (!result.ok) return refused(event, result, { scope: 'setting', id: settingId });
    return { notice: { scope: 'setting', id: settingId, tone: 'success', message: `Renamed to ${result.data.name}.` } satisfies ModuleNotice };
  },
};

function moduleOf(event: Pick<RequestEvent, 'params'>): ModuleKey {
  const { module } = event.params;
  if (!isModuleKey(module)) error(404, `There is no such module. Atrium's modules are ${Object.values(moduleNames).join(', ')}.`, { code: 'not_found' });
  return module;
}

function modulePath(event: Pick<RequestEvent, 'params'>, module: ModuleKey, ...rest: string[]): string {
  return companyPath(event.params.company, 'modules', module, ...rest);
}

/** A refusal (read-only, not ready yet, not allowed) as a failed action next to what was clicked. */
function refused(event: RequestEvent, result: Extract<ApiResult<unknown>, { ok: false }>, where: Pick<ModuleNotice, 'scope' | 'id'>) {
  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  const notice: ModuleNotice = { ...where, tone: 'error', message: result.problem.message };
  return fail(result.status >= 400 ? result.status : 500, { notice });
}
