import { redirect } from '@sveltejs/kit';
import type { ApiError, OnboardingChecklist } from '@atrium/core';
import { applySetCookies, callApi } from '#lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  event.depends('atrium:onboarding');
  // Runs alongside the layout's membership check rather than after it (no parent() waterfall,
  // and a retry does not ask for /api/me again): for a company the person is not in, the
  // layout's 404 wins and this answer is never shown; the API refuses it anyway.
  const companyId = encodeURIComponent(event.params.company);
  const result = await callApi<OnboardingChecklist>(event, `/api/companies/${companyId}/onboarding`);
  applySetCookies(event.cookies, result.setCookies);

  if (result.ok) return { checklist: result.data, problem: null, stillPreparing: false };
  if (result.status === 401) redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);

  // Right after signup the onboarding workflow may not have answered yet: the page shows
  // "preparing" and asks again shortly instead of showing an error at once.
  const stillPreparing = result.status === 404 || result.status === 409 || result.status >= 500;
  return { checklist: null, problem: result.problem satisfies ApiError, stillPreparing };
};
