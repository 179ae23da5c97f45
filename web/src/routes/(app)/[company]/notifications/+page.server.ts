import { fail } from '@sveltejs/kit';
import { notificationCategories, notificationCategoryRules, type NotificationCategory } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

const pageSize = 20;

const categoryFrom = (value: string | null): NotificationCategory | undefined =>
  (notificationCategories as readonly string[]).includes(value ?? '') ? (value as NotificationCategory) : undefined;

/**
 * The notification centre: this person's notices, newest first, filtered by category and
 * by unread from the URL (links that work without JavaScript), 20 at a time with a link
 * to older ones. Reloaded when the bell hears of a new notice (`atrium:notifications`).
 */
export const load: PageServerLoad = async (event) => {
  event.depends('atrium:notifications');
  const category = categoryFrom(event.url.searchParams.get('category'));
  const unreadOnly = event.url.searchParams.get('unread') === 'true';
  const before = event.url.searchParams.get('before') ?? undefined;
  const [list, preferences] = await Promise.all([
    answer(
      event.locals.api.GET('/api/companies/{companyId}/notifications', {
        params: { path: { companyId: event.params.company }, query: { limit: pageSize, ...(category ? { category } : {}), ...(unreadOnly ? { unread: 'true' } : {}), ...(before ? { before } : {}) } },
      }),
    ),
    // The filter offers the categories that can reach this person (their preferences list them).
    answer(event.locals.api.GET('/api/companies/{companyId}/notifications/preferences', { params: { path: { companyId: event.params.company } } })),
  ]);
  return {
    filter: { category: category ?? null, unreadOnly, before: before ?? null },
    categories: preferences.ok
      ? preferences.data.categories.map(({ category: key, label }) => ({ key, label }))
      : notificationCategories.map((key) => ({ key, label: notificationCategoryRules[key].label })),
    list: list.ok ? list.data : null,
    problem: list.ok ? null : list.problem,
  };
};

export const actions: Actions = {
  markRead: async (event) => {
    const notificationId = textField(await event.request.formData(), 'notificationId');
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/notifications/{notificationId}/read', { params: { path: { companyId: event.params.company, notificationId } } }),
    );
    if (!result.ok) return fail(result.status, { problem: result.problem.message, notificationId });
    return { markedRead: notificationId };
  },
  markAllRead: async (event) => {
    const category = categoryFrom(textField(await event.request.formData(), 'category'));
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/notifications/read', { params: { path: { companyId: event.params.company } }, body: category ? { category } : {} }),
    );
    if (!result.ok) return fail(result.status, { problem: result.problem.message, notificationId: null });
    return { markedAll: result.data.marked };
  },
};
