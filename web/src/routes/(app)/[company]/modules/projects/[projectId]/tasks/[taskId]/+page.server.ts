import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { done, pageProblem, refused } from '#lib/server/projects/projects-page';
import type { Actions, PageServerLoad } from './$types';

const taskPath = (params: { company: string; projectId: string; taskId: string }) => ({ companyId: params.company, projectId: params.projectId, taskId: params.taskId });

/** One task: its checklist and its comments (with @mentions that notify the people named). */
export const load: PageServerLoad = async (event) => {
  const detail = await answer(
    event.locals.api.GET('/api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}', { params: { path: taskPath(event.params) } }),
  );
  if (!detail.ok) return { detail: null, problem: pageProblem(detail) };
  return { detail: detail.data, problem: null };
};

export const actions: Actions = {
  addItem: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/checklist', {
        params: { path: taskPath(event.params) },
        body: { label: textField(form, 'label') },
      }),
    );
    if (!result.ok) return refused(result, 'checklist');
    return done(`${result.data.label} added.`, 'checklist');
  },

  tickItem: async (event) => {
    const form = await event.request.formData();
    const itemId = textField(form, 'itemId');
    const result = await answer(
      event.locals.api.PATCH('/api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/checklist/{itemId}', {
        params: { path: { ...taskPath(event.params), itemId } },
        body: { done: form.get('done') === 'true' },
      }),
    );
    if (!result.ok) return refused(result, 'checklist');
    return done(result.data.done ? `${result.data.label}: done.` : `${result.data.label}: not done.`, 'checklist');
  },

  comment: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/comments', {
        params: { path: taskPath(event.params) },
        body: { body: textField(form, 'body') },
      }),
    );
    if (!result.ok) return refused(result, 'comment');
    const mentioned = result.data.mentions.length;
    return done(mentioned ? `Comment posted; ${mentioned === 1 ? 'the person' : `${mentioned} people`} you mentioned will be notified.` : 'Comment posted.', 'comment');
  },
};
