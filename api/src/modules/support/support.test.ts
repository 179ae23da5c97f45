import { describe, expect, inject, it } from 'vitest';
import { addMember, ApiClient, asOwner, uniqueEmail } from '../../../test/http';
import { companyWithSupport, customerMail, supportPath as desk } from '../../../test/support-flows';

const smtp = () => customerMail(inject('supportSmtpPort'));
const outboxTo = async (email: string) => (await new ApiClient().request('GET', `/api/dev/outbox?to=${encodeURIComponent(email)}`)).body.messages as Array<{ subject: string; text: string; from: string; headers: Record<string, string> }>;

/** A member with a Support desk role, and their account id (to assign tickets to). */
async function memberWith(owner: ApiClient, companyId: string, label: string, role: 'editor' | 'viewer') {
  const email = uniqueEmail(label);
  const api = await addMember(owner, companyId, email, 'member', { support: role });
  const [row] = await asOwner<{ id: string }>(`select id from "user" where email = $1`, [email]);
  return { api, userId: row!.id };
}

async function eventually<T>(check: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await check();
    if (done(value) || attempt > 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Support desk', () => {
  it('an agent opens, assigns and answers a ticket by mail with threading headers; the views and a viewer’s 403', async () => {
    const { api, companyId, address } = await companyWithSupport('desk-tickets');
    const agent = await memberWith(api, companyId, 'desk-agent', 'editor');
    const viewer = await memberWith(api, companyId, 'desk-viewer', 'viewer');
    const customer = uniqueEmail('desk-customer');

    const opened = await api.request('POST', `${desk(companyId)}/tickets`, { requesterEmail: customer, requesterName: 'Ada Customer', subject: 'Export is broken', body: 'The CSV export button does nothing.', priority: 'high', tags: ['export'] });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ number: 1, status: 'open', priority: 'high', source: 'agent', assigneeId: null, messages: [{ direction: 'inbound', body: 'The CSV export button does nothing.' }] });
    const ticketId = opened.body.id as string;

    const views = async (client: ApiClient) => (await client.request('GET', `${desk(companyId)}/tickets`)).body.counts;
    expect(await views(agent.api)).toEqual({ mine: 0, unassigned: 1, all: 1, breaching: 0 });
    const assigned = await api.request('PATCH', `${desk(companyId)}/tickets/${ticketId}`, { assigneeId: agent.userId });
    expect(assigned.body.assigneeId).toBe(agent.userId);
    expect(await views(agent.api)).toEqual({ mine: 1, unassigned: 0, all: 1, breaching: 0 });
    // Giving a ticket to someone else is what "Invite your agents" asks for.
    const steps = (await api.request('GET', desk(companyId))).body.setupSteps as Array<{ key: string; done: boolean }>;
    expect(steps.filter((step) => step.done).map((step) => step.key)).toEqual(['invite_agents']);
    expect((await agent.api.request('GET', `${desk(companyId)}/tickets?view=mine&q=export`)).body.tickets.map((t: { number: number }) => t.number)).toEqual([1]);
    expect((await agent.api.request('GET', `${desk(companyId)}/tickets?q=nothing-like-it`)).body.total).toBe(0);
    // The SLA workflow writes the ticket's deadline: 4 h for a first reply to a high-priority ticket.
    const timed = await eventually(() => agent.api.request('GET', `${desk(companyId)}/tickets/${ticketId}`), (r) => r.body.firstResponseDueAt !== null);
    expect(Date.parse(timed.body.firstResponseDueAt) - Date.parse(timed.body.createdAt)).toBeGreaterThan(3.9 * 3_600_000);

    const reply = await agent.api.request('POST', `${desk(companyId)}/tickets/${ticketId}/replies`, { body: 'Thanks, Ada. We fixed the export; please try again.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ status: 'pending', messages: [{ direction: 'inbound' }, { direction: 'outbound', authorEmail: address }] });
    expect(reply.body.firstRespondedAt).not.toBeNull();
    // Waiting on the customer stops the clock; the workflow says so on the ticket.
    const paused = await eventually(() => agent.api.request('GET', `${desk(companyId)}/tickets/${ticketId}`), (r) => r.body.slaStatus === 'paused');
    expect([paused.body.slaStatus, paused.body.firstResponseDueAt, paused.body.resolutionDueAt]).toEqual(['paused', null, null]);
    const note = await agent.api.request('POST', `${desk(companyId)}/tickets/${ticketId}/replies`, { body: 'Customer on the old plan.', internal: true });
    expect(note.body.messages.at(-1)).toMatchObject({ direction: 'note' });

    const [mailed, ...others] = await outboxTo(customer);
    expect(others).toEqual([]);
    expect(mailed).toMatchObject({ subject: 'Re: Export is broken [#1]', text: 'Thanks, Ada. We fixed the export; please try again.' });
    expect(mailed!.from).toContain(address);
    expect(mailed!.headers['message-id']).toMatch(/^<.+@support\.localhost>$/);
    expect(mailed!.headers['reply-to']).toBe(address);

    expect((await viewer.api.request('GET', `${desk(companyId)}/tickets/${ticketId}`)).body.canUpdate).toBe(false);
    expect((await viewer.api.request('POST', `${desk(companyId)}/tickets/${ticketId}/replies`, { body: 'Hi' })).status).toBe(403);
    expect((await viewer.api.request('PATCH', `${desk(companyId)}/tickets/${ticketId}`, { status: 'solved' })).status).toBe(403);
    expect((await api.request('PATCH', `${desk(companyId)}/tickets/${ticketId}`, { assigneeId: 'not-a-member' })).status).toBe(400);
    expect((await api.request('GET', `${desk(companyId)}/tickets?view=everything`)).status).toBe(400);

    const solved = await agent.api.request('PATCH', `${desk(companyId)}/tickets/${ticketId}`, { status: 'solved' });
    expect(solved.body).toMatchObject({ status: 'solved' });
    expect((await agent.api.request('GET', `${desk(companyId)}/tickets?status=solved`)).body.total).toBe(1);
    expect((await agent.api.request('GET', `${desk(companyId)}/tickets`)).body.total).toBe(0);

    const feed = await api.request('GET', `/api/companies/${companyId}/activity`);
    expect(feed.body.items.find((item: { kind: string }) => item.kind === 'support_ticket_solved')).toMatchObject({ title: 'Ticket solved: Export is broken', detail: '#1' });
  });

  it('saved replies: agents write and change their own, managers delete; the steps tick themselves', async () => {
    const { api, companyId } = await companyWithSupport('desk-saved');
    const agent = await memberWith(api, companyId, 'desk-saved-agent', 'editor');
    const created = await agent.api.request('POST', `${desk(companyId)}/saved-replies`, { title: 'Password reset', body: 'Use “Forgot password” on the sign-in page.' });
    expect(created.status).toBe(201);
    const mine = await agent.api.request('PATCH', `${desk(companyId)}/saved-replies/${created.body.id}`, { title: 'Resetting a password' });
    expect(mine.body.title).toBe('Resetting a password');
    const ownerReply = await api.request('POST', `${desk(companyId)}/saved-replies`, { title: 'Refunds', body: 'Refunds take 5 working days.' });
    expect((await agent.api.request('PATCH', `${desk(companyId)}/saved-replies/${ownerReply.body.id}`, { title: 'Mine now' })).status).toBe(403);
    expect((await agent.api.request('DELETE', `${desk(companyId)}/saved-replies/${ownerReply.body.id}`)).status).toBe(403);
    expect((await api.request('GET', `${desk(companyId)}/saved-replies`)).body.savedReplies.map((r: { title: string }) => r.title)).toEqual(['Refunds', 'Resetting a password']);
    expect((await api.request('DELETE', `${desk(companyId)}/saved-replies/${ownerReply.body.id}`)).body).toEqual({ deleted: true });
    expect((await api.request('POST', `${desk(companyId)}/saved-replies`, { title: '', body: '' })).status).toBe(400);

    const [policy] = (await api.request('GET', `${desk(companyId)}/sla-policies`)).body.policies;
    expect(policy).toMatchObject({ name: 'Standard', isDefault: true, targets: { urgent: { firstResponseHours: 1, resolutionHours: 8 } } });
    const changed = await api.request('PATCH', `${desk(companyId)}/sla-policies/${policy.id}`, { targets: { ...policy.targets, urgent: { firstResponseHours: 2, resolutionHours: 8 } } });
    expect(changed.body.targets.urgent.firstResponseHours).toBe(2);
    expect((await api.request('PATCH', `${desk(companyId)}/sla-policies/${policy.id}`, { targets: { urgent: { firstResponseHours: 0 } } })).status).toBe(400);
    expect((await agent.api.request('PATCH', `${desk(companyId)}/sla-policies/${policy.id}`, { name: 'Mine' })).status).toBe(403);
    // Starter has one SLA policy: a second is refused with the upgrade message.
    const second = await api.request('POST', `${desk(companyId)}/sla-policies`, { name: 'VIP', targets: policy.targets });
    expect([second.status, second.body.error, second.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 1 SLA policy. Growth includes 5.']);

    const landing = await api.request('GET', desk(companyId));
    expect(landing.body.setupSteps.filter((step: { done: boolean }) => step.done).map((step: { key: string }) => step.key).sort()).toEqual(['review_sla_policy', 'write_saved_replies']);
  });

  it('a mail to the support address opens a ticket; the customer’s answer threads into it by In-Reply-To; unknown and other companies’ addresses never land here', async () => {
    const { api, companyId, address } = await companyWithSupport('desk-mail');
    const other = await companyWithSupport('desk-mail-other');
    const customer = uniqueEmail('desk-mail-customer');
    const mail = smtp();
    try {
      await mail.send({ from: `Bo Customer <${customer}>`, to: address, subject: 'Where is my invoice?', text: 'I cannot find the invoice for March.', messageId: `<first-${Date.now()}@customer.example>` });
      const list = await eventually(() => api.request('GET', `${desk(companyId)}/tickets`), (r) => r.body.total === 1);
      const ticket = list.body.tickets[0];
      expect(ticket).toMatchObject({ subject: 'Where is my invoice?', requesterEmail: customer, requesterName: 'Bo Customer', source: 'mail', status: 'open' });
      const steps = (await api.request('GET', desk(companyId))).body.setupSteps as Array<{ key: string; done: boolean }>;
      expect(steps.find((step) => step.key === 'connect_support_mailbox')?.done).toBe(true);

      const reply = await api.request('POST', `${desk(companyId)}/tickets/${ticket.id}/replies`, { body: 'It is under Billing → Invoices.' });
      expect(reply.status).toBe(201);
      const [sent] = await outboxTo(customer);
      const ourId = sent!.headers['message-id']!;
      // The customer's client answers: a new subject line, threaded only by its headers.
      await mail.send({ from: customer, to: address, subject: 'Thanks!', text: 'Found it, thank you.\n\nOn Mon, Support wrote:\n> It is under Billing → Invoices.', inReplyTo: ourId, references: [ourId] });
      const threaded = await eventually(() => api.request('GET', `${desk(companyId)}/tickets/${ticket.id}`), (r) => r.body.messages.length === 3);
      expect(threaded.body.messages.map((m: { direction: string; body: string }) => [m.direction, m.body])).toEqual([
        ['inbound', 'I cannot find the invoice for March.'], ['outbound', 'It is under Billing → Invoices.'], ['inbound', 'Found it, thank you.'],
      ]);
      expect(threaded.body.status).toBe('open');
      expect((await api.request('GET', `${desk(companyId)}/tickets`)).body.total).toBe(1);

      // The same reply headers sent to the other company's address open a ticket there, never a message here.
      await mail.send({ from: customer, to: other.address, subject: 'Re: Where is my invoice? [#1]', text: 'Wrong desk.', inReplyTo: ourId, references: [ourId] });
      await eventually(() => other.api.request('GET', `${desk(other.companyId)}/tickets`), (r) => r.body.total === 1);
      expect((await api.request('GET', `${desk(companyId)}/tickets/${ticket.id}`)).body.messages).toHaveLength(3);
      const theirs = (await other.api.request('GET', `${desk(other.companyId)}/tickets`)).body.tickets[0];
      expect((await other.api.request('GET', `${desk(other.companyId)}/tickets/${theirs.id}`)).body.messages.map((m: { body: string }) => m.body)).toEqual(['Wrong desk.']);

      for (const unknown of ['nobody-here@support.localhost', `${other.slug}@elsewhere.example`, 'root@localhost']) {
        const refused = await mail.send({ from: customer, to: unknown, subject: 'Hello', text: 'Anyone?' }).then(() => null, (error: { responseCode?: number }) => error);
        expect(refused?.responseCode, unknown).toBe(550);
      }
      const tooLarge = await mail.send({ from: customer, to: address, subject: 'Big', text: 'x'.repeat(300 * 1024) }).then(() => null, (error: { responseCode?: number }) => error);
      expect(tooLarge?.responseCode).toBe(552);
      expect((await api.request('GET', `${desk(companyId)}/tickets?status=open`)).body.total).toBe(1);
    } finally {
      mail.close();
    }
  });

  it('past the Starter allowance of 500 tickets a month: the API says 402 with the upgrade message, mail is refused with 552, answers still thread', async () => {
    const { api, companyId, address } = await companyWithSupport('desk-limit');
    const first = await api.request('POST', `${desk(companyId)}/tickets`, { requesterEmail: 'kept@customer.example', subject: 'Kept', body: 'An open ticket.' });
    await asOwner(
      `insert into support_ticket (id, company_id, created_at, updated_at, number, subject, requester_email, status, priority, source, last_message_at)
       select gen_random_uuid(), $1, now(), now(), n + 1, 'Bulk ' || n, 'bulk@customer.example', 'solved', 'low', 'form', now() from generate_series(1, 499) n`,
      [companyId],
    );
    const refused = await api.request('POST', `${desk(companyId)}/tickets`, { requesterEmail: 'late@customer.example', subject: 'Late', body: 'One too many.' });
    expect([refused.status, refused.body.error, refused.body.message]).toEqual([402, 'usage_limit_reached', 'Your Starter plan includes 500 tickets a month. Growth includes 10,000.']);
    const usage = await api.request('GET', `${desk(companyId)}/usage`);
    expect(usage.body.limits.find((l: { key: string }) => l.key === 'ticketsPerMonth')).toMatchObject({ used: 500, limit: 500 });

    const mail = smtp();
    try {
      const bounced = await mail.send({ from: 'late@customer.example', to: address, subject: 'New question', text: 'Hello?' }).then(() => null, (error: { responseCode?: number; response?: string }) => error);
      expect(bounced?.responseCode).toBe(552);
      expect(bounced?.response).toContain('plan allows this month');
      await mail.send({ from: 'kept@customer.example', to: address, subject: `Re: Kept [#${first.body.number}]`, text: 'Still there?' });
      const kept = await eventually(() => api.request('GET', `${desk(companyId)}/tickets/${first.body.id}`), (r) => r.body.messages.length === 2);
      expect(kept.body.messages.at(-1).body).toBe('Still there?');
    } finally {
      mail.close();
    }
    const slug = address.split('@')[0];
    const form = await new ApiClient().request('POST', `/api/public/support/${slug}/tickets`, { email: 'late@customer.example', subject: 'Form', body: 'Hello?' });
    expect([form.status, form.body.error]).toEqual([402, 'not_accepting_tickets']);
  });

  it('the public form opens a ticket without an account, 404s for unknown desks and answers 429 past five requests from one address', async () => {
    const { api, companyId, slug } = await companyWithSupport('desk-form');
    const visitor = new ApiClient();
    const desk404 = await visitor.request('GET', '/api/public/support/no-such-company-here');
    expect(desk404.status).toBe(404);
    const about = await visitor.request('GET', `/api/public/support/${slug}`);
    expect(about.body).toEqual({ companyName: 'desk-form Co', address: `${slug}@support.localhost` });
    const sent = await visitor.request('POST', `/api/public/support/${slug}/tickets`, { name: 'Cy', email: 'cy@visitor.example', subject: 'Opening hours', body: 'Are you open on Sundays?' });
    expect(sent.status).toBe(201);
    expect(sent.body.number).toBe(1);
    const list = await api.request('GET', `${desk(companyId)}/tickets`);
    expect(list.body.tickets[0]).toMatchObject({ source: 'form', requesterEmail: 'cy@visitor.example', subject: 'Opening hours' });
    expect((await visitor.request('POST', `/api/public/support/${slug}/tickets`, { email: 'not-mail', subject: '', body: '' })).status).toBe(400);
    const statuses: number[] = [];
    for (let n = 0; n < 5; n += 1) statuses.push((await visitor.request('POST', `/api/public/support/${slug}/tickets`, { email: 'cy@visitor.example', subject: `Again ${n}`, body: 'Hello?' })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    const limited = await visitor.request('POST', `/api/public/support/${slug}/tickets`, { email: 'cy@visitor.example', subject: 'Again', body: 'Hello?' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
