import { redirect } from '@sveltejs/kit';
import { applySetCookies, callApi } from '#lib/server/api';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const result = await callApi(event, '/api/operator/logout', { method: 'POST' });
    applySetCookies(event.cookies, result.setCookies);
    redirect(303, '/operator/login');
  },
};
