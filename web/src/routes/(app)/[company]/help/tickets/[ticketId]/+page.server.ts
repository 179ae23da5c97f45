import { error, fail } from '@sveltejs/kit';
import { ticketReplyRequest } from '@atrium/core';
import { message } from 'sveltekit-superforms';
import { answer } from '#lib/server/api-client';
import { emptyForm, readForm, refuse, saved } from '#lib/server/form-action';
import { textField } from '#lib/server/form-data';
import { attachedFiles, problemWithFiles, uploadFiles } from '#lib/server/ticket-attachments';
import type { Actions, PageServerLoad } from './$types';

/** One ticket's thread; a ticket the person may not read is not found, like one that does not exist. */
export const load: PageServerLoad = async (event) => {
  const path = { companyId: event.params.company, ticketId: event.params.ticketId };
  const ticket = await answer(event.locals.api.GET('/api/companies/{companyId}/help/tickets/{ticketId}', { params: { path } }));
  if (!ticket.ok) error(ticket.status === 400 ? 404 : ticket.status, ticket.problem.message, { code: ticket.problem.error });
  return {
    ticket: ticket.data,
    reply: await emptyForm(ticketReplyRequest, undefined, { id: 'reply' }),
    opened: event.url.searchParams.get('opened') === '1',
    attachmentProblem: event.url.searchParams.get('attachmentProblem')?.slice(0, 500) ?? null,
  };
};

export const actions: Actions = {
  reply: async (event) => {
    const files = await attachedFiles(event.request);
    const form = await readForm(event, ticketReplyRequest, { id: 'reply' });
    if (!form.valid) return message(form, { tone: 'error', text: 'Write your message.' }, { status: 400 });
    const problem = await problemWithFiles(files);
    if (problem) return message(form, { tone: 'error', text: problem }, { status: 400 });
    const path = { companyId: event.params.company, ticketId: event.params.ticketId };
    const sent = await answer(event.locals.api.POST('/api/companies/{companyId}/help/tickets/{ticketId}/messages', { params: { path }, body: form.data }));
    if (!sent.ok) return refuse(form, sent.problem, sent.status);
    const refused = await uploadFiles(event, path.companyId, path.ticketId, sent.data.message.id, files);
    form.data.body = '';
    return refused ? message(form, { tone: 'error', text: `Your reply was sent. ${refused}` }) : saved(form, 'Your reply was sent.');
  },

  /** Close the ticket, or open it again. */
  status: async (event) => {
    const status = textField(await event.request.formData(), 'status') === 'open' ? 'open' : 'closed';
    const path = { companyId: event.params.company, ticketId: event.params.ticketId };
    const changed = await answer(event.locals.api.POST('/api/companies/{companyId}/help/tickets/{ticketId}/status', { params: { path }, body: { status } }));
    if (!changed.ok) return fail(changed.status, { statusProblem: changed.problem.message });
    return { statusChanged: changed.data.status };
  },
};
