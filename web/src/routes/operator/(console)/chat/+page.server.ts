import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** The open chats of every company and the operators to give them to; the page follows them live from there. */
export const load: PageServerLoad = async (event) => {
  const found = await answer(event.locals.api.GET('/api/operator/chats'));
  if (!found.ok) return { chats: null, operators: [], problem: found.problem };
  return { chats: found.data.chats, operators: found.data.operators, problem: null };
};
