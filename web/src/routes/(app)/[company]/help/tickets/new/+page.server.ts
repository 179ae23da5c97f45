import { redirect } from '@sveltejs/kit';
import { openTicketRequest } from '@atrium/core';
import { message } from 'sveltekit-superforms';
import { answer } from '#lib/server/api-client';
import { emptyForm, readForm, refuse } from '#lib/server/form-action';
import { attachedFiles, problemWithFiles, uploadFiles } from '#lib/server/ticket-attachments';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  form: await emptyForm(openTicketRequest, { category: event.url.searchParams.get('category') === 'billing' ? 'billing' : 'other', priority: 'normal' }),
});

export const actions: Actions = {
  /** Opens the ticket, then uploads its files to the first message, one request each. */
  default: async (event) => {
    const files = await attachedFiles(event.request);
    const form = await readForm(event, openTicketRequest);
    if (!form.valid) return message(form, { tone: 'error', text: 'Check the fields marked below.' }, { status: 400 });
    const problem = await problemWithFiles(files);
    if (problem) return message(form, { tone: 'error', text: problem }, { status: 400 });
    const companyId = event.params.company;
    const opened = await answer(event.locals.api.POST('/api/companies/{companyId}/help/tickets', { params: { path: { companyId } }, body: form.data }));
    if (!opened.ok) return refuse(form, opened.problem, opened.status);
    const refused = await uploadFiles(event, companyId, opened.data.ticketId, opened.data.message.id, files);
    // The ticket is open either way; a file the API refused is said on the ticket's page.
    redirect(303, `/${companyId}/help/tickets/${opened.data.ticketId}?opened=1${refused ? `&attachmentProblem=${encodeURIComponent(refused)}` : ''}`);
  },
};
