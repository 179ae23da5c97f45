import { describe, expect, it } from 'vitest';
import { pngImage } from '../../../../scripts/test/png-image';
import { addMember, signUpCompany, uniqueEmail } from '../../../test/http';
import { mailsTo } from '../../../test/notices';
import { signedInOperator } from '../../../test/operators';

describe('the support inbox in the operator console', () => {
  it("an operator finds a member's ticket, reads it (audited in the company's log), answers it (pending, mail and bell), assigns and solves it", async () => {
    const acme = await signUpCompany('inbox', `Inbox Acme ${Date.now()}`);
    const memberEmail = uniqueEmail('inbox-member');
    const member = await addMember(acme.api, acme.companyId, memberEmail, 'member');
    const base = `/api/companies/${acme.companyId}/help/tickets`;
    const subject = `Invoice PDF is blank ${Date.now()}`;
    const opened = await member.request('POST', base, { category: 'billing', priority: 'urgent', subject, description: 'The receipt downloads as an empty page.' });
    const ticketId = opened.body.ticketId as string;
    const shot = await fetch(`${acme.api.baseUrl}${base}/${ticketId}/messages/${opened.body.message.id}/attachments?filename=blank.png`, {
      method: 'POST', headers: { cookie: member.cookie }, body: new Uint8Array(pngImage(8, 8)),
    });
    const attachment = (await shot.json()) as { id: string };
    const { api: operator, credentials } = await signedInOperator('inbox');
    const { api: colleague, credentials: colleagueCredentials } = await signedInOperator('inbox-colleague');

    const unassigned = await operator.request('GET', '/api/operator/tickets?status=open&assigned=unassigned');
    expect(unassigned.status).toBe(200);
    const row = (unassigned.body.tickets as Array<{ id: string }>).find((ticket) => ticket.id === ticketId);
    expect(row).toMatchObject({ subject, companyId: acme.companyId, companyName: acme.companyName, status: 'open', priority: 'urgent', openedByName: memberEmail.split('@')[0], assignedOperator: null });
    expect((await operator.request('GET', '/api/operator/tickets?assigned=mine')).body.tickets.some((t: { id: string }) => t.id === ticketId)).toBe(false);

    const read = await operator.request('GET', `/api/operator/tickets/${ticketId}`);
    expect(read.status).toBe(200);
    expect(read.body.messages[0]).toMatchObject({ authorKind: 'person', body: 'The receipt downloads as an empty page.' });
    const file = await fetch(`${operator.baseUrl}/api/operator/tickets/${ticketId}/attachments/${attachment.id}`, { headers: { cookie: operator.cookie } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');

    const answered = await operator.request('POST', `/api/operator/tickets/${ticketId}/messages`, { body: 'Thanks! A fixed receipt is on its way.' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect(answered.body.status).toBe('pending');
    expect(answered.body.assignedOperator).toEqual({ id: credentials.operator.id, name: credentials.operator.name });
    expect(answered.body.messages.at(-1)).toMatchObject({ authorKind: 'operator', authorName: credentials.operator.name, body: 'Thanks! A fixed receipt is on its way.' });

    // The member sees the answer in the thread, a support notice in the bell, and a mail with the link.
    const thread = await member.request('GET', `${base}/${ticketId}`);
    expect(thread.body.status).toBe('pending');
    expect(thread.body.messages.map((m: { authorKind: string }) => m.authorKind)).toEqual(['person', 'operator']);
    const bell = await member.request('GET', `/api/companies/${acme.companyId}/notifications`);
    expect(bell.body.notifications.filter((n: { kind: string }) => n.kind === 'support_reply')).toEqual([expect.objectContaining({ category: 'support', title: `Atrium support answered “${subject}”` })]);
    const mail = (await mailsTo(member, memberEmail)).filter((m) => m.subject === `Atrium support answered “${subject}”`);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain('A fixed receipt is on its way.');
    expect(mail[0]!.text).toContain(`/${acme.companyId}/help/tickets/${ticketId}`);
    // The owner did not open it: no notice for them.
    const ownerBell = await acme.api.request('GET', `/api/companies/${acme.companyId}/notifications`);
    expect(ownerBell.body.notifications.some((n: { kind: string }) => n.kind === 'support_reply')).toBe(false);

    // Assignment to a colleague (from the picker), then solved.
    const picker = await operator.request('GET', '/api/operator/tickets/assignees');
    expect(picker.body.operators.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([credentials.operator.id, colleagueCredentials.operator.id]));
    const assigned = await operator.request('POST', `/api/operator/tickets/${ticketId}/assignment`, { operatorId: colleagueCredentials.operator.id });
    expect(assigned.body.assignedOperator.id).toBe(colleagueCredentials.operator.id);
    expect((await colleague.request('GET', '/api/operator/tickets?assigned=mine')).body.tickets.map((t: { id: string }) => t.id)).toContain(ticketId);
    expect((await operator.request('POST', `/api/operator/tickets/${ticketId}/assignment`, { operatorId: '00000000-0000-4000-8000-000000000000' })).status).toBe(400);
    const solved = await operator.request('POST', `/api/operator/tickets/${ticketId}/status`, { status: 'solved' });
    expect(solved.body.status).toBe('solved');
    expect((await member.request('GET', `${base}/${ticketId}`)).body.status).toBe('solved');

    // The company's owners see that Atrium support read the ticket; the operator log has every action.
    const ownerLog = (await acme.api.request('GET', `/api/companies/${acme.companyId}/audit-log`)).body.events as Array<{ actorEmail: string; action: string; description: string }>;
    expect(ownerLog.filter((event) => event.action === 'support.viewed_ticket').map((event) => event.actorEmail)).toEqual(['Atrium support']);
    expect(ownerLog.find((event) => event.action === 'support.viewed_ticket')!.description).toMatch(new RegExp(`^Atrium support read the ticket “${subject}” on `));
    const operatorLog = (await operator.request('GET', '/api/operator/audit-log')).body.events as Array<{ operatorEmail: string; action: string; companyId: string | null }>;
    const mine = operatorLog.filter((event) => event.operatorEmail === credentials.operator.email).map((event) => event.action);
    expect(mine).toEqual(expect.arrayContaining(['tickets.listed', 'ticket.viewed', 'ticket.attachment_viewed', 'ticket.replied', 'ticket.assigned', 'ticket.status_changed']));
  });

  it('refuses company sessions and unknown tickets, and bad filters', async () => {
    const acme = await signUpCompany('inbox-refused', `Inbox Refused ${Date.now()}`);
    for (const [method, path, body] of [
      ['GET', '/api/operator/tickets', undefined],
      ['GET', '/api/operator/tickets/assignees', undefined],
      ['GET', '/api/operator/tickets/00000000-0000-4000-8000-000000000000', undefined],
      ['POST', '/api/operator/tickets/00000000-0000-4000-8000-000000000000/messages', { body: 'Hi' }],
    ] as const) {
      expect([401, 403, 404], `${method} ${path}`).toContain((await acme.api.request(method, path, body)).status);
    }
    const { api: operator } = await signedInOperator('inbox-missing');
    expect((await operator.request('GET', '/api/operator/tickets/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await operator.request('POST', '/api/operator/tickets/00000000-0000-4000-8000-000000000000/status', { status: 'solved' })).status).toBe(404);
    expect((await operator.request('GET', '/api/operator/tickets?assigned=yours')).status).toBe(400);
    expect((await operator.request('GET', '/api/operator/tickets/not-an-id')).status).toBe(400);
  });
});
