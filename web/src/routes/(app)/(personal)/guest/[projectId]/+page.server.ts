import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import type { PageServerLoad } from './$types';

/** A shared project as its guest sees it: read only, this project and nothing else of the company. */
export const load: PageServerLoad = async (event) => {
  const project = await answer(event.locals.api.GET('/api/guest/projects/{projectId}', { params: { path: { projectId: event.params.projectId } } }));
  if (!project.ok) error(project.status === 404 ? 404 : project.status, project.problem.message, { code: project.problem.error });
  return { shared: project.data };
};
