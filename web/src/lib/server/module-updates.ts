import type { RequestEvent } from '@sveltejs/kit';
import type { ModuleKey } from '@atrium/core';
import type { Schemas } from '#lib/api';
import { answer } from './api-client';

export type ModuleUpdateItem = Schemas['ModuleUpdate'];

/**
 * A module's "What's new" for its home: the latest published updates (the API's module
 * gate decides whether the company has the module). Null when they cannot be had just now,
 * which the panel says; the home opens either way.
 *
 * A module home has it from `moduleHomeAsides` (./module-home) in its load, and shows it with
 * `<WhatsNew moduleName=… updates={data.whatsNew} />` in its page.
 */
export async function whatsNewFor(event: Pick<RequestEvent, 'locals' | 'params'> & { params: { company?: string } }, module: ModuleKey, limit = 3): Promise<ModuleUpdateItem[] | null> {
  if (!event.params.company) return null;
  const found = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/{module}/updates', { params: { path: { companyId: event.params.company, module }, query: { limit } } }));
  return found.ok ? found.data.updates : null;
}
