import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** The projects the person follows as a client guest (they may be a member elsewhere too). */
export const load: PageServerLoad = async (event) => {
  const projects = await answer(event.locals.api.GET('/api/guest/projects'));
  return { guestProjects: projects.ok ? projects.data.projects : [], problem: projects.ok ? null : projects.problem };
};
