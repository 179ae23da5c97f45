import { fail } from '@sveltejs/kit';
import type { NotificationProblem } from '#lib/components/overview/types';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/**
 * The business dashboard: the overview (modules, seats, billing, spend, latest notices) and
 * the onboarding checklist, asked for side by side. They fail separately: a checklist still
 * being prepared or an overview that did not load leaves the rest of the page standing.
 */
export const load: PageServerLoad = async (event) => {
  event.depends('atrium:onboarding', 'atrium:overview');
  // Asked alongside the layout's membership check rather than after it (no parent()
  // waterfall, and a retry does not ask for /api/me again): for a company the person is not
  // in, the layout's 404 wins and these answers are never shown; the API refuses them anyway.
  const { api } = event.locals;
  const params = { path: { companyId: event.params.company } };
  const showAllNotifications = event.url.searchParams.get('notices') === 'all';
  const [checklist, overview, notifications] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/onboarding', { params })),
    answer(api.GET('/api/companies/{companyId}/overview', { params })),
    showAllNotifications ? answer(api.GET('/api/companies/{companyId}/notifications', { params })) : null,
  ]);

  return {
    checklist: checklist.ok ? checklist.data : null,
    checklistProblem: checklist.ok ? null : checklist.problem,
    // Right after signup the onboarding workflow may not have answered yet: the page shows
    // "preparing" and asks again shortly instead of showing an error at once.
    stillPreparing: !checklist.ok && (checklist.status === 404 || checklist.status === 409 || checklist.status >= 500),
    overview: overview.ok ? overview.data : null,
    overviewProblem: overview.ok ? null : overview.problem,
    // The longer list when it was asked for and came back; otherwise the overview's latest five.
    notifications: notifications?.ok ? notifications.data.notifications : overview.ok ? overview.data.notifications : null,
    showingAllNotifications: notifications?.ok ?? false,
  };
};

export const actions: Actions = {
  /** Marks one notice read for the whole company; the page reloads its list afterwards. */
  markRead: async (event) => {
    const notificationId = textField(await event.request.formData(), 'notificationId');
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/notifications/{notificationId}/read', {
        params: { path: { companyId: event.params.company, notificationId } },
      }),
    );
    if (result.ok) return { markedRead: notificationId };
    const problem: NotificationProblem = { notificationId, message: result.problem.message };
    return fail(result.status >= 400 ? result.status : 500, { notificationProblem: problem });
  },
};
