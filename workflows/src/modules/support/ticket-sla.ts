import { applySlaEvent, nextSlaEvent, slaDeadlines, slaStatusOf, startSlaClock, withPriority, withResponse, withStatus, type SlaClockState } from '@atrium/core';
import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { supportTicketChangedSignal, supportTicketSlaQuery, type SupportActivities, type SupportTicketSlaInput } from './messages';

const { recordSupportSla } = proxyActivities<SupportActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * `support-ticket:{ticketId}`: the ticket's SLA as durable timers. It warns the assignee
 * when a quarter of a target is left and marks the breach when it runs out; while the
 * ticket is pending (waiting on the customer) the clock stops. It ends when the ticket is
 * solved or closed; a customer reopening it starts a new run (signal-with-start).
 * A retried record activity writes the same columns and its notice's dedupe key keeps it to one.
 */
export async function supportTicketSlaWorkflow(input: SupportTicketSlaInput): Promise<'resolved'> {
  let clock: SlaClockState = startSlaClock({
    priority: input.priority, targets: input.targets, openedAt: Date.parse(input.openedAt), now: Date.now(), status: input.status, responded: input.responded,
  });
  let changes = 0;
  setHandler(supportTicketChangedSignal, (change) => {
    if (change.responded) clock = withResponse(clock);
    if (change.priority && change.priority !== clock.priority) clock = withPriority(clock, change.priority);
    if (change.status) clock = withStatus(clock, change.status, Date.now());
    changes += 1;
  });
  setHandler(supportTicketSlaQuery, () => ({ clock, status: slaStatusOf(clock) }));

  const record = (event?: { kind: 'warning' | 'breach'; target: 'firstResponse' | 'resolution' }) =>
    recordSupportSla({ companyId: input.companyId, ticketId: input.ticketId, slaStatus: slaStatusOf(clock), ...slaDeadlines(clock, Date.now()), event });

  // Every change is written once the workflow is free: a signal that arrives while a record
  // runs is already in the clock, and is written on the next turn.
  let recorded = -1;
  for (;;) {
    if (recorded !== changes) {
      recorded = changes;
      await record();
      continue;
    }
    if (clock.resolved) return 'resolved';
    const seen = changes;
    const next = nextSlaEvent(clock, Date.now());
    const changed = next ? await condition(() => changes !== seen, next.inMs) : (await condition(() => changes !== seen), true);
    if (changed) continue;
    clock = applySlaEvent(clock, next!);
    recorded = changes;
    await record({ kind: next!.kind, target: next!.target });
  }
}
