import type { RequestEvent } from '@sveltejs/kit';
import type { Me } from '#lib/types';
import { applySetCookies, callApi } from './api';

/**
 * The signed-in person, or null when there is no session (or the API cannot say). Only asks
 * the API when the browser sent cookies at all, so a first visit to /login costs nothing.
 */
export async function signedInPerson(event: RequestEvent): Promise<Me | null> {
  if (!event.request.headers.get('cookie')) return null;
  const result = await callApi<Me>(event, '/api/me');
  applySetCookies(event.cookies, result.setCookies);
  return result.ok ? result.data : null;
}

/** Where a signed-in person lands: their first company's dashboard. */
export function homePath(me: Me): string {
  const first = me.companies[0];
  return first ? `/${first.id}` : '/';
}
