import { applySetCookies, callApi } from '#lib/server/api';
import type { OutboxMessage } from '#lib/types';
import type { PageServerLoad } from './$types';

/**
 * The mail a local install kept instead of sending (no SMTP configured), for the people
 * running it: invitation and password-reset links can be followed from here, offline. The
 * API only answers when it runs with ATRIUM_DEV_OUTBOX=true outside production.
 */
export const load: PageServerLoad = async (event) => {
  const to = event.url.searchParams.get('to')?.trim() ?? '';
  const query = to ? `?to=${encodeURIComponent(to)}` : '';
  const result = await callApi<{ messages: OutboxMessage[] }>(event, `/api/dev/outbox${query}`);
  applySetCookies(event.cookies, result.setCookies);
  return {
    to,
    messages: result.ok ? result.data.messages : null,
    outboxOff: result.status === 404,
    problem: result.ok || result.status === 404 ? null : result.problem.message,
  };
};
