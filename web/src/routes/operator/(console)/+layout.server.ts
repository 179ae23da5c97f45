import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { LayoutServerLoad } from './$types';

/** Every console page needs an operator session; without one the API client sends the way to /operator/login. */
export const load: LayoutServerLoad = async (event) => {
  const me = await answer(event.locals.api.GET('/api/operator/me'));
  if (!me.ok) error(me.status, me.problem.message, { code: me.problem.error });
  return { operator: me.data.operator };
};
