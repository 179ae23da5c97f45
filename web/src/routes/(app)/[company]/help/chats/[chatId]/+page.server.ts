import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** One chat's transcript; a chat the person may not read is not found, like one that does not exist. */
export const load: PageServerLoad = async (event) => {
  const path = { companyId: event.params.company, chatId: event.params.chatId };
  const chat = await answer(event.locals.api.GET('/api/companies/{companyId}/help/chats/{chatId}', { params: { path } }));
  if (!chat.ok) error(chat.status === 400 ? 404 : chat.status, chat.problem.message, { code: chat.problem.error });
  return { chat: chat.data };
};
