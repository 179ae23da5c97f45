import { isRedirect } from '@sveltejs/kit';
import type { ApiError } from '@atrium/core';
import type { Marketplace } from '#lib/components/marketplace/types';
import { answer } from '#lib/server/api-client';
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
  try {
    const result = await answer(event.locals.api.GET('/api/companies/{companyId}/marketplace', { params: { path: { companyId: event.params.company } } }));
    if (result.ok) return { marketplace: result.data, problem: null };
    return { marketplace: null, problem: result.problem };
  } catch (failure) {
    // A streamed answer cannot redirect any more: it says why instead.
    if (!event.isDataRequest || !isRedirect(failure)) throw failure;
    return { marketplace: null, problem: { error: 'signed_out', message: 'You were signed out. Sign in again to see the marketplace.' } };
  }
}
