import { error, redirect } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import type { Actions, PageServerLoad } from './$types';

// Logging out changes state, so it is a POST only; a plain visit goes back to the dashboard.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    const result = await callApi(event, '/api/logout', { method: 'POST' });
    // The API's Set-Cookie expires the session cookie in the browser.
    applySetCookies(event.cookies, result.setCookies);
    if (!result.ok && result.status !== 401) {
      error(result.status >= 500 ? result.status : 500, `We could not log you out: ${result.problem.message}`);
    }
    redirect(303, '/login?signedOut');
  },
};
