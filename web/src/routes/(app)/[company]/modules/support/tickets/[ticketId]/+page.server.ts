import { fail } from '@sveltejs/kit';
import { supportPriorities, supportStatuses } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { pageProblem, supportPath } from '../../support.server';
import { replyForm } from './reply-form';
import type { Actions, PageServerLoad } from './$types';

const path = (event: { params: { company: string; ticketId: string } }) => ({ ...supportPath(event.params.company), ticketId: event.params.ticketId });

/**
 * One ticket: its thread, its details and the reply box. A saved reply is put into the box
 * by `?insert=<id>` (the "Insert" button is a GET form), so it works without JavaScript.
 */
export const load: PageServerLoad = async (event) => {
  const [ticket, savedReplies] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/tickets/{ticketId}', { params: { path: path(event) } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/support/saved-replies', { params: { path: supportPath(event.params.company) } })),
  ]);
  if (!ticket.ok) {
    pageProblem(ticket, { notFound: true });
    return { ticket: null, problem: ticket.problem, savedReplies: [], reply: await emptyForm(replyForm, undefined, { id: 'reply' }) };
  }
  const replies = savedReplies.ok ? savedReplies.data.savedReplies : [];
  const inserted = replies.find((reply) => reply.id === event.url.searchParams.get('insert'));
  return {
    ticket: ticket.data,
    problem: null,
    savedReplies: replies,
    insertedTitle: inserted?.title ?? null,
    reply: await emptyForm(replyForm, inserted ? { body: inserted.body, kind: 'reply', status: 'pending' } : undefined, { id: 'reply' }),
  };
};

export const actions: Actions = {
  reply: async (event) => {
    const sent = await submitForm(
      event,
      replyForm,
      ({ body, kind, status }) =>
        answer(event.locals.api.POST('/api/companies/{companyId}/modules/support/tickets/{ticketId}/replies', { params: { path: path(event) }, body: { body, internal: kind === 'note', status } })),
      { id: 'reply' },
    );
    if (!sent.ok) return sent.failure;
    return saved(sent.form, sent.form.data.kind === 'note' ? 'Note added.' : 'Reply sent to the customer.');
  },

  /** Status, priority, assignee and tags in one plain form (tags comma-separated). */
  update: async (event) => {
    const data = await event.request.formData();
    const status = String(data.get('status') ?? '');
    const priority = String(data.get('priority') ?? '');
    const assignee = String(data.get('assigneeId') ?? '');
    const tags = String(data.get('tags') ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
    const body = {
      ...((supportStatuses as readonly string[]).includes(status) ? { status: status as (typeof supportStatuses)[number] } : {}),
      ...((supportPriorities as readonly string[]).includes(priority) ? { priority: priority as (typeof supportPriorities)[number] } : {}),
      assigneeId: assignee || null,
      tags,
    };
    const result = await answer(event.locals.api.PATCH('/api/companies/{companyId}/modules/support/tickets/{ticketId}', { params: { path: path(event) }, body }));
    if (!result.ok) return fail(result.status >= 400 && result.status < 600 ? result.status : 500, { detailsError: result.problem.message });
    return { detailsSaved: true };
  },
};
