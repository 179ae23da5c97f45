import { fail } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { Actions, PageServerLoad } from './$types';

/** This person's choices in this company: per category in the app and by mail, and the daily digest. */
export const load: PageServerLoad = async (event) => {
  const preferences = await answer(event.locals.api.GET('/api/companies/{companyId}/notifications/preferences', { params: { path: { companyId: event.params.company } } }));
  return { preferences: preferences.ok ? preferences.data : null, problem: preferences.ok ? null : preferences.problem };
};

export const actions: Actions = {
  /**
   * One form for everything: a checkbox per category and channel (`inApp:billing`,
   * `mail:billing`). The categories come from the list the page was built from, so an
   * unchecked box is a "no". Locked mail is sent as checked (disabled boxes are not posted).
   */
  save: async (event) => {
    const form = await event.request.formData();
    const categories = form.getAll('category').filter((value): value is string => typeof value === 'string');
    const locked = new Set(form.getAll('locked').filter((value): value is string => typeof value === 'string'));
    const body = {
      categories: categories.map((category) => ({
        category: category as never,
        inApp: form.get(`inApp:${category}`) === 'on',
        mail: locked.has(category) || form.get(`mail:${category}`) === 'on',
      })),
      dailyDigest: form.get('dailyDigest') === 'on',
    };
    const saved = await answer(event.locals.api.PUT('/api/companies/{companyId}/notifications/preferences', { params: { path: { companyId: event.params.company } }, body }));
    if (!saved.ok) return fail(saved.status, { problem: saved.problem.message });
    return { saved: true };
  },
};
