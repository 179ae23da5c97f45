import { fail } from '@sveltejs/kit';
import type { NotificationProblem } from '#lib/components/overview/types';
import { abilityFor } from '#lib/permissions';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/**
 * The business dashboard: the overview (modules, seats, billing, spend, latest notices) and
 * the onboarding checklist, asked for side by side. They fail separately: a checklist still
 * being prepared or an overview that did not load leaves the rest of the page standing.
 */
export const load: PageServerLoad = async (event) => {
  // `atrium:notifications`: the bell heard of a new notice, so the latest ones and the activity are read again.
  event.depends('atrium:onboarding', 'atrium:overview', 'atrium:notifications');
  // Asked alongside the layout's membership check rather than after it (no parent()
  // waterfall, and a retry does not ask for /api/me again): for a company the person is not
  // in, the layout's 404 wins and these answers are never shown; the API refuses them anyway.
  const { api } = event.locals;
  const params = { path: { companyId: event.params.company } };
  const showAllNotifications = event.url.searchParams.get('notices') === 'all';
  const [checklist, overview, notifications, activity, { company }] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/onboarding', { params })),
    answer(api.GET('/api/companies/{companyId}/overview', { params })),
    showAllNotifications ? answer(api.GET('/api/companies/{companyId}/notifications', { params })) : null,
    answer(api.GET('/api/companies/{companyId}/activity', { params })),
    event.parent(),
  ]);
  // Quick figures for each active module this person can open: its usage against the plan's limits.
  const ability = abilityFor(company.rules);
  const readable = overview.ok ? overview.data.modules.map((module) => module.key).filter((module) => ability.can('read', module)) : [];
  const moduleStats = await Promise.all(
    readable.map(async (module) => {
      const usage = await answer(api.GET('/api/companies/{companyId}/modules/{module}/usage', { params: { path: { companyId: event.params.company, module } } }));
      return { module, usage: usage.ok ? usage.data : null };
    }),
  );

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
    activity: activity.ok ? activity.data.items : null,
    moduleStats,
  };
};

export const actions: Actions = {
  /** Marks one notice read for this person (read state is each person's own); the page reloads its list afterwards. */
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
