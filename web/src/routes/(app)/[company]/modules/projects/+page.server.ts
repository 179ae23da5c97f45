import { redirect } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { moduleHomeAsides } from '#lib/server/module-home';
import { moduleLandingActions } from '#lib/server/module-landing';
import { optionalDate, refused } from '#lib/server/projects/projects-page';
import type { Actions, PageServerLoad } from './$types';

/**
 * Projects' home: what ships this week (mine, or the company's with `?scope=company`), the
 * projects, the setup checklist, the usage meter, help and what's new.
 */
export const load: PageServerLoad = async (event) => {
  const companyId = event.params.company;
  const scope = event.url.searchParams.get('scope') === 'company' ? 'company' : 'me';
  const { api } = event.locals;
  const [projects, week, asides] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/projects/projects', { params: { path: { companyId } } })),
    answer(api.GET('/api/companies/{companyId}/modules/projects/this-week', { params: { path: { companyId }, query: { scope } } })),
    moduleHomeAsides(event, 'projects'),
  ]);
  return {
    scope,
    projectList: projects.ok ? projects.data.projects : null,
    week: week.ok ? week.data : null,
    problem: projects.ok ? null : projects.problem,
    ...asides,
  };
};

export const actions: Actions = {
  ...moduleLandingActions(() => 'projects'),
  /** A new project, from the company's template unless the box is unticked. */
  create: async (event) => {
    const companyId = event.params.company;
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects', {
        params: { path: { companyId } },
        body: { name: textField(form, 'name'), description: '', fromTemplate: form.get('fromTemplate') === 'on', dueOn: optionalDate(form, 'dueOn') },
      }),
    );
    if (!result.ok) return refused(result, 'create');
    redirect(303, `/${companyId}/modules/projects/${result.data.project.id}`);
  },
};
