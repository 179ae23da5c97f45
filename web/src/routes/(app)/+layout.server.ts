import { error, redirect } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import type { Me } from '#lib/types';
import type { LayoutServerLoad } from './$types';

/** Everything under (app) needs a session: who is signed in and which companies they belong to. */
export const load: LayoutServerLoad = async (event) => {
  const result = await callApi<Me>(event, '/api/me');
  applySetCookies(event.cookies, result.setCookies);

  if (result.ok) return { me: result.data };

  if (result.status === 401) {
    const back = event.url.pathname + event.url.search;
    redirect(303, back === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(back)}`);
  }
  error(result.status, result.problem.message, { code: result.problem.error });
};
