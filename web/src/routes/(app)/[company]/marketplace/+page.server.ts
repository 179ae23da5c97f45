import { redirect } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Marketplace } from '#lib/components/marketplace/types';
import { applySetCookies, callApi } from '#lib/server/api';
import { companyPath } from '#lib/server/company-path';
import type { PageServerLoad, PageServerLoadEvent } from './$types';

export interface MarketplaceAnswer {
  marketplace: Marketplace | null;
  problem: ApiError | null;
}

/**
 * Every module with where it stands for this company. A click from another dashboard page
 * gets the page at once and the grid streamed in behind a skeleton; a first visit (or a
 * browser without JavaScript) waits for it, since streamed data needs JavaScript to appear.
 */
export const load: PageServerLoad = async (event) => {
  const answer = askMarketplace(event);
  return { answer: event.isDataRequest ? answer : await answer };
};

async function askMarketplace(event: PageServerLoadEvent): Promise<MarketplaceAnswer> {
  const result = await callApi<Marketplace>(event, companyPath(event.params.company, 'marketplace'));
  // Headers are sent before a streamed answer arrives: a refreshed session cookie then
  // waits for the next page (the layout's own calls pass theirs on).
  if (!event.isDataRequest) applySetCookies(event.cookies, result.setCookies);
  if (result.ok) return { marketplace: result.data, problem: null };
  if (result.status === 401 && !event.isDataRequest) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  return { marketplace: null, problem: result.problem };
}
