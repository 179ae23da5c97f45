import type { OwnerSession } from './owner';
import type { DemoPerson } from './team';

/**
 * Support desk demo records through the API: saved replies, and tickets from customers in
 * every state — new and unassigned, assigned and answered (pending), solved — each with
 * its SLA workflow, since every ticket goes through `POST …/tickets` and every change
 * through the ticket's own routes. Replies go out through the mailer (the local outbox).
 */

export interface SupportDemo {
  savedReplies: number;
  tickets: Record<'open' | 'pending' | 'solved', number>;
}

const savedReplies = [
  { title: 'Password reset', body: 'Use “Forgot password” on the sign-in page; the link in the mail is valid for an hour.' },
  { title: 'Refund timeline', body: 'Refunds reach your card within five working days of our confirmation.' },
  { title: 'Invoice copy', body: 'You find every invoice under Billing → Invoices; each can be downloaded as a PDF.' },
];

interface TicketPlan {
  requester: [string, string];
  subject: string;
  body: string;
  priority: 'urgent' | 'high' | 'normal' | 'low';
  assignee: 'owner' | 'agent' | null;
  /** A saved reply (by title) or a reply's text; then the status it ends in. */
  reply?: string;
  end: 'open' | 'pending' | 'solved';
  tags: string[];
}

const tickets: TicketPlan[] = [
  { requester: ['Maya Lindqvist', 'maya@nordlicht.example'], subject: 'Cannot sign in since this morning', body: 'My password stopped working after the update.', priority: 'urgent', assignee: null, end: 'open', tags: ['login'] },
  { requester: ['Tom Okoye', 'tom@brightside.example'], subject: 'Invoice for March is missing', body: 'Our accountant cannot find the March invoice.', priority: 'normal', assignee: 'agent', reply: 'Invoice copy', end: 'pending', tags: ['billing'] },
  { requester: ['Inés Duarte', 'ines@solar-sur.example'], subject: 'Refund for the duplicate charge', body: 'We were charged twice for the annual plan.', priority: 'high', assignee: 'owner', reply: 'Refund timeline', end: 'solved', tags: ['billing', 'refund'] },
  { requester: ['Kenji Sato', 'kenji@tokai-tools.example'], subject: 'Export to CSV times out', body: 'The export of 20,000 rows never finishes.', priority: 'high', assignee: 'agent', end: 'open', tags: ['export'] },
  { requester: ['Olivia Brandt', 'olivia@haus-brandt.example'], subject: 'How do I add a second address?', body: 'We ship to two warehouses.', priority: 'low', assignee: null, end: 'open', tags: [] },
  { requester: ['Maya Lindqvist', 'maya@nordlicht.example'], subject: 'Thank you for the quick help', body: 'All working again, thanks!', priority: 'low', assignee: 'agent', reply: 'Glad to hear it, Maya. Have a good week.', end: 'solved', tags: [] },
];

export async function fillSupport(session: OwnerSession, people: { owner: DemoPerson; agent: DemoPerson | null }, log: (line: string) => void): Promise<SupportDemo> {
  const desk = `/api/companies/${session.companyId}/modules/support`;
  const saved = new Map<string, string>();
  for (const reply of savedReplies) {
    await session.client.call('POST', `${desk}/saved-replies`, reply);
    saved.set(reply.title, reply.body);
  }
  const counts = { open: 0, pending: 0, solved: 0 };
  for (const plan of tickets) {
    const assignee = plan.assignee === 'agent' ? (people.agent ?? people.owner) : plan.assignee === 'owner' ? people.owner : null;
    const ticket = await session.client.call<{ id: string }>('POST', `${desk}/tickets`, {
      requesterName: plan.requester[0], requesterEmail: plan.requester[1], subject: plan.subject, body: plan.body, priority: plan.priority, tags: plan.tags, assigneeId: assignee?.userId ?? null,
    });
    const answerer = assignee ?? people.owner;
    if (plan.reply) await answerer.client.call('POST', `${desk}/tickets/${ticket.id}/replies`, { body: saved.get(plan.reply) ?? plan.reply, status: plan.end });
    else if (plan.end !== 'open') await answerer.client.call('PATCH', `${desk}/tickets/${ticket.id}`, { status: plan.end });
    counts[plan.end] += 1;
  }
  log(`Support desk: ${savedReplies.length} saved replies, ${tickets.length} tickets (${counts.open} open, ${counts.pending} pending, ${counts.solved} solved)`);
  return { savedReplies: savedReplies.length, tickets: counts };
}
