import type { RequestEvent } from '@sveltejs/kit';
import type { HelpTopic } from '@atrium/core';
import type { Schemas } from '#lib/api';
import { answer } from './api-client';

export type HelpLink = Pick<Schemas['HelpSearchHit'], 'id' | 'title' | 'summary'>;

/**
 * The knowledge base's articles about a page's topic (billing, a module), for its "Help
 * articles" box. Help is an aside: when it cannot be had the page shows without it.
 */
export async function helpLinksFor(event: Pick<RequestEvent, 'locals' | 'params'> & { params: { company?: string } }, topic: HelpTopic, limit = 3): Promise<HelpLink[]> {
  if (!event.params.company) return [];
  const found = await answer(event.locals.api.GET('/api/companies/{companyId}/help/articles', { params: { path: { companyId: event.params.company }, query: { topic } } }));
  return found.ok ? found.data.articles.slice(0, limit).map(({ id, title, summary }) => ({ id, title, summary })) : [];
}
