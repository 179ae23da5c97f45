import { error, fail } from '@sveltejs/kit';
import { helpTicketStatuses, ticketReplyRequest } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { emptyForm, saved, submitForm } from '#lib/server/form-action';
import { textField } from '#lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/** One ticket in the console: its company, thread, status and assignment (each read is audited by the API). */
export const load: PageServerLoad = async (event) => {
  const path = { ticketId: event.params.ticketId };
  const [ticket, assignees] = await Promise.all([
    answer(event.locals.api.GET('/api/operator/tickets/{ticketId}', { params: { path } })),
    answer(event.locals.api.GET('/api/operator/tickets/assignees')),
  ]);
  if (!ticket.ok) error(ticket.status === 400 ? 404 : ticket.status, ticket.problem.message, { code: ticket.problem.error });
  return {
    ticket: ticket.data,
    assignees: assignees.ok ? assignees.data.operators : [],
    reply: await emptyForm(ticketReplyRequest, undefined, { id: 'reply' }),
  };
};

export const actions: Actions = {
  /** The answer: the ticket becomes pending and its opener is mailed. */
  reply: async (event) => {
    const sent = await submitForm(
      event,
      ticketReplyRequest,
      (body) => answer(event.locals.api.POST('/api/operator/tickets/{ticketId}/messages', { params: { path: { ticketId: event.params.ticketId } }, body })),
      { id: 'reply' },
    );
    if (!sent.ok) return sent.failure;
    sent.form.data.body = '';
    return saved(sent.form, 'Answer sent; the person who opened the ticket was mailed.');
  },

  status: async (event) => {
    const chosen = textField(await event.request.formData(), 'status');
    const status = helpTicketStatuses.find((value) => value === chosen);
    if (!status) return fail(400, { problem: 'Choose a status.' });
    const changed = await answer(event.locals.api.POST('/api/operator/tickets/{ticketId}/status', { params: { path: { ticketId: event.params.ticketId } }, body: { status } }));
    if (!changed.ok) return fail(changed.status, { problem: changed.problem.message });
    return { done: `Status set to ${status}.` };
  },

  assign: async (event) => {
    const operatorId = textField(await event.request.formData(), 'operatorId') || null;
    const assigned = await answer(event.locals.api.POST('/api/operator/tickets/{ticketId}/assignment', { params: { path: { ticketId: event.params.ticketId } }, body: { operatorId } }));
    if (!assigned.ok) return fail(assigned.status, { problem: assigned.problem.message });
    return { done: assigned.data.assignedOperator ? `Assigned to ${assigned.data.assignedOperator.name}.` : 'Unassigned.' };
  },
};
