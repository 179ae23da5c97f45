import type { RequestEvent } from '@sveltejs/kit';
import type { ModuleKey } from '@atrium/core';
import type { Schemas } from '#lib/api';
import { answer } from './api-client';
import { helpLinksFor, type HelpLink } from './help-links';
import { whatsNewFor, type ModuleUpdateItem } from './module-updates';

export interface ModuleHomeAsides {
  /** The plan's limits of the module and what is used; null when it cannot be had just now. */
  usage: Schemas['ModuleUsage'] | null;
  helpArticles: HelpLink[];
  whatsNew: ModuleUpdateItem[] | null;
}

/**
 * What every module home shows beside its own cards: the usage meter, the help articles of
 * the module and its "What's new". Each is an aside: the home opens without it.
 */
export async function moduleHomeAsides(event: Pick<RequestEvent, 'locals' | 'params'> & { params: { company: string } }, module: ModuleKey): Promise<ModuleHomeAsides> {
  const [usage, helpArticles, whatsNew] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { companyId: event.params.company, module } } })),
    helpLinksFor(event, module),
    whatsNewFor(event, module),
  ]);
  return { usage: usage.ok ? usage.data : null, helpArticles, whatsNew };
}
