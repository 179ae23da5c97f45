import type { TaskStatus } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { done, optionalDate, pageProblem, refused } from '#lib/server/projects/projects-page';
import type { Actions, PageServerLoad } from './$types';

const path = (companyId: string, projectId: string) => ({ companyId, projectId });

/** One project: its board, milestones and client guests. */
export const load: PageServerLoad = async (event) => {
  const { company, projectId } = event.params;
  const { api } = event.locals;
  const [board, guests] = await Promise.all([
    answer(api.GET('/api/companies/{companyId}/modules/projects/projects/{projectId}', { params: { path: path(company, projectId) } })),
    answer(api.GET('/api/companies/{companyId}/modules/projects/projects/{projectId}/guests', { params: { path: path(company, projectId) } })),
  ]);
  if (!board.ok) return { board: null, guests: [], problem: pageProblem(board), today: new Date().toISOString().slice(0, 10) };
  return { board: board.data, guests: guests.ok ? guests.data.guests : [], problem: null, today: new Date().toISOString().slice(0, 10) };
};

export const actions: Actions = {
  /** A card dropped on a column, or its "Move to" menu (the same form, with or without JavaScript). */
  move: async (event) => {
    const form = await event.request.formData();
    const taskId = textField(form, 'taskId');
    const status = textField(form, 'status') as TaskStatus;
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects/{projectId}/tasks/{taskId}/move', {
        params: { path: { ...path(event.params.company, event.params.projectId), taskId } },
        body: { status },
      }),
    );
    if (!result.ok) return refused(result, `move:${taskId}`);
    return done(`${result.data.title} moved.`, `move:${taskId}`);
  },

  addTask: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects/{projectId}/tasks', {
        params: { path: path(event.params.company, event.params.projectId) },
        body: { title: textField(form, 'title'), description: '', status: 'todo', ownerId: textField(form, 'ownerId') || null, dueOn: optionalDate(form, 'dueOn') },
      }),
    );
    if (!result.ok) return refused(result, 'task');
    return done(`${result.data.title} added.`, 'task');
  },

  addMilestone: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects/{projectId}/milestones', {
        params: { path: path(event.params.company, event.params.projectId) },
        body: { name: textField(form, 'name'), dueOn: textField(form, 'dueOn') },
      }),
    );
    if (!result.ok) return refused(result, 'milestone');
    return done(`Milestone ${result.data.name} set.`, 'milestone');
  },

  reachMilestone: async (event) => {
    const form = await event.request.formData();
    const milestoneId = textField(form, 'milestoneId');
    const result = await answer(
      event.locals.api.PATCH('/api/companies/{companyId}/modules/projects/projects/{projectId}/milestones/{milestoneId}', {
        params: { path: { ...path(event.params.company, event.params.projectId), milestoneId } },
        body: { reached: form.get('reached') === 'true' },
      }),
    );
    if (!result.ok) return refused(result, 'milestone');
    return done(result.data.reachedAt ? `${result.data.name} reached.` : `${result.data.name} reopened.`, 'milestone');
  },

  inviteGuest: async (event) => {
    const form = await event.request.formData();
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/modules/projects/projects/{projectId}/guests', {
        params: { path: path(event.params.company, event.params.projectId) },
        body: { email: textField(form, 'email'), name: textField(form, 'name') },
      }),
    );
    if (!result.ok) return refused(result, 'guest');
    return done(`${result.data.email} is invited: the link is on its way.`, 'guest');
  },

  revokeGuest: async (event) => {
    const form = await event.request.formData();
    const guestId = textField(form, 'guestId');
    const result = await answer(
      event.locals.api.DELETE('/api/companies/{companyId}/modules/projects/projects/{projectId}/guests/{guestId}', {
        params: { path: { ...path(event.params.company, event.params.projectId), guestId } },
      }),
    );
    if (!result.ok) return refused(result, 'guest');
    return done(`${result.data.email} no longer sees this project.`, 'guest');
  },
};
