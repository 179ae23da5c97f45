import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { ApiError, ModuleKey } from '@atrium/core';
import type { ModuleLanding, ModuleNotice, ModuleSetupStepView } from '#lib/components/modules/types';
import { applySetCookies, callApi, type ApiResult } from './api';
import { companyPath } from './company-path';
import { textField } from './form-data';

/**
 * A module's landing behind the module gate, as every module's home page loads it (the
 * generic `modules/[module]` page and the modules with their own screens, such as HR).
 * A module the company has not bought (the API's 402) gives the way to the marketplace
 * instead of its data; a role without access to it is a 403 page inside the shell.
 */
export type ModuleGateState =
  | { landing: ModuleLanding; gate: null; problem: null }
  | { landing: null; gate: { message: string; marketplaceUrl: string }; problem: null }
  | { landing: null; gate: null; problem: ApiError };

type LandingEvent = Pick<RequestEvent, 'params' | 'url' | 'cookies' | 'request' | 'getClientAddress' | 'locals'>;

export async function loadModuleLanding(event: LandingEvent, companyId: string, module: ModuleKey): Promise<ModuleGateState> {
  const result = await callApi<ModuleLanding>(event, companyPath(companyId, 'modules', module));
  applySetCookies(event.cookies, result.setCookies);
  if (result.ok) return { landing: result.data, gate: null, problem: null };

  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  if (result.status === 402 && result.problem.error === 'module_not_active') {
    // The API names the same page (`marketplaceUrl`); the dashboard owns its own addresses.
    return { landing: null, gate: { message: result.problem.message, marketplaceUrl: `/${companyId}/marketplace/${module}` }, problem: null };
  }
  if (result.status === 403) error(403, result.problem.message, { code: result.problem.error });
  return { landing: null, gate: null, problem: result.problem };
}

/** The landing's form actions: tick a setup step, rename a default the module was set up with. */
export function moduleLandingActions(moduleOf: (event: RequestEvent) => ModuleKey) {
  return {
    completeStep: async (event: RequestEvent) => {
      const module = moduleOf(event);
      const companyId = String(event.params.company);
      const step = textField(await event.request.formData(), 'step');
      const result = await callApi<{ setupSteps: ModuleSetupStepView[] }>(event, companyPath(companyId, 'modules', module, 'setup-steps', step, 'complete'), {
        method: 'POST',
      });
      if (!result.ok) return refused(event, result, { scope: 'step', id: step });
      const title = result.data.setupSteps.find((candidate) => candidate.key === step)?.title ?? 'The step';
      return { notice: { scope: 'step', id: step, tone: 'success', message: `${title}: done.` } satisfies ModuleNotice };
    },

    renameSetting: async (event: RequestEvent) => {
      const module = moduleOf(event);
      const companyId = String(event.params.company);
      const form = await event.request.formData();
      const settingId = textField(form, 'settingId');
      const result = await callApi<{ id: string; name: string }>(event, companyPath(companyId, 'modules', module, 'settings', settingId), {
        method: 'PATCH',
        json: { name: textField(form, 'name') },
      });
      if (!result.ok) return refused(event, result, { scope: 'setting', id: settingId });
      return { notice: { scope: 'setting', id: settingId, tone: 'success', message: `Renamed to ${result.data.name}.` } satisfies ModuleNotice };
    },
  };
}

/** A refusal (read-only, not ready yet, not allowed) as a failed action next to what was clicked. */
function refused(event: RequestEvent, result: Extract<ApiResult<unknown>, { ok: false }>, where: Pick<ModuleNotice, 'scope' | 'id'>) {
  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  const notice: ModuleNotice = { ...where, tone: 'error', message: result.problem.message };
  return fail(result.status >= 400 ? result.status : 500, { notice });
}
