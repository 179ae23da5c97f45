import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { LayoutServerLoad } from './$types';

/**
 * Everything under (app) needs a session: who is signed in and which companies they belong
 * to. Without one, the API client's 401 hook sends the person to /login and back here.
 */
export const load: LayoutServerLoad = async (event) => {
  const result = await answer(event.locals.api.GET('/api/me'));
  if (result.ok) return { me: result.data };
  error(result.status, result.problem.message, { code: result.problem.error });
};
