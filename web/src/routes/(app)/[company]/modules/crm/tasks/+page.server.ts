import { fail } from '@sveltejs/kit';
import { pageOf, tableQuery } from '#lib/components/data-table';
import { taskBody, taskFormSchema } from '#lib/components/crm/form-schemas';
import { personName } from '#lib/components/crm/format';
import { answer } from '#lib/server/api-client';
import { readRefused, requireOpenCrm } from '#lib/server/crm/crm-page';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/** What the tasks list shows: the API's `open` and `assignee` filters, by the DataTable's `filter`. */
const shows = {
  open: { open: 'true' },
  mine: { open: 'true', assignee: 'me' },
  done: { open: 'false' },
} as const;
type Show = keyof typeof shows;

/**
 * Tasks, soonest due first: the API sends at most 200 for a filter, which are searched,
 * sorted and paged here from the URL. `?dealId=` or `?contactId=` (from a deal's or a
 * contact's page) ties the new task to that record.
 */
export const load: PageServerLoad = async (event) => {
  const { crm, me } = await event.parent();
  const companyId = event.params.company;
  requireOpenCrm(crm, companyId);
  const query = tableQuery(event.url, { sort: 'dueAt', dir: 'asc', pageSize: 25 });
  // No filter: every task (the API's 200 soonest due).
  const show = query.filter in shows ? (query.filter as Show) : null;
  const tasks = await answer(event.locals.api.GET('/api/companies/{companyId}/modules/crm/tasks', { params: { path: { companyId }, query: show ? shows[show] : {} } }));
  const form = await emptyForm(
    taskFormSchema,
    { title: '', dueAt: '', assigneeId: me.user.id, dealId: event.url.searchParams.get('dealId') ?? '', contactId: event.url.searchParams.get('contactId') ?? '' },
    { id: 'task' },
  );
  if (!tasks.ok) return { table: null, problem: readRefused(tasks, companyId), form };
  return {
    table: pageOf(tasks.data.tasks, { ...query, filter: show ?? '' }, {
      searchable: (task) => `${task.title} ${personName(crm.people, task.assigneeId)}`,
      sortBy: { dueAt: (task) => task.dueAt, title: (task) => task.title.toLowerCase(), assignee: (task) => personName(crm.people, task.assigneeId) },
    }),
    problem: null,
    form,
  };
};

export const actions: Actions = {
  create: async (event) => {
    const companyId = event.params.company;
    const sent = await submitForm(
      event,
      taskFormSchema,
      (form) => answer(event.locals.api.POST('/api/companies/{companyId}/modules/crm/tasks', { params: { path: { companyId } }, body: taskBody(form) })),
      { id: 'task' },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, `“${sent.data.title}” is on the list.`);
  },

  /** Done, or open again: the reminder's workflow hears of it. */
  complete: async (event) => {
    const form = await event.request.formData();
    const taskId = textField(form, 'taskId');
    const done = textField(form, 'done') !== 'false';
    const result = await answer(
      event.locals.api.PATCH('/api/companies/{companyId}/modules/crm/tasks/{taskId}', { params: { path: { companyId: event.params.company, taskId } }, body: { done } }),
    );
    if (!result.ok) return fail(result.status >= 400 ? result.status : 500, { taskNotice: { taskId, tone: 'error' as const, message: result.problem.message } });
    return { taskNotice: { taskId, tone: 'success' as const, message: done ? `“${result.data.title}” is done.` : `“${result.data.title}” is open again.` } };
  },
};
