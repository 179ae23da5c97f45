import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDay, moduleDefaults, type SupportPriority } from '@atrium/core';
import { Notification, SupportTicket, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { provisioningWorkflowId, supportTicketChangedSignal, supportTicketWorkflowId, trialWorkflowId, type TrialOutcome } from '@atrium/workflows';
import { inject } from 'vitest';
import { eventually, startBillingHarness, subscribeCompany, type BillingHarness } from '../../../test/billing-harness';

const taskQueue = 'support-sla-test';
const minute = 60_000;
const hour = 60 * minute;
const targets = moduleDefaults.support.slaPolicy.targets;

describe('a support ticket’s SLA under time skipping', () => {
  let harness: BillingHarness;
  beforeEach(async () => {
    harness = await startBillingHarness(taskQueue);
  });
  afterEach(() => harness?.stop());

  async function openTicket(name: string, priority: SupportPriority) {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), name, { billingRows: false });
    const openedAt = new Date(await harness.env.currentTimeMs());
    const ticketId = await withTenant(harness.orm, { companyId }, async (em) => {
      const ticket = em.create(SupportTicket, {
        company: companyId, number: 1, subject: 'The export button does nothing', requesterEmail: 'ada@customer.example', requesterName: 'Ada', status: 'open', priority,
        assigneeId: null, tags: [], source: 'mail', slaPolicyId: null, slaStatus: 'on_track', firstResponseDueAt: null, resolutionDueAt: null, firstRespondedAt: null, solvedAt: null, lastMessageAt: openedAt, createdBy: null,
      });
      await em.persist(ticket).flush();
      return ticket.id;
    });
    const handle = await harness.env.client.workflow.start('supportTicketSlaWorkflow', {
      workflowId: supportTicketWorkflowId(ticketId), taskQueue, args: [{ companyId, ticketId, priority, targets, openedAt: openedAt.toISOString(), status: 'open' }],
    });
    return { companyId, ticketId, handle };
  }
  const notices = (companyId: string) =>
    withTenant(harness.orm, { companyId }, async (em) => (await em.find(Notification, { kind: { $in: ['support_sla_warning', 'support_sla_breach'] } }, { orderBy: { createdAt: 'asc' } })).map((notice) => notice.kind));
  const slaOf = (companyId: string, ticketId: string) => withTenant(harness.orm, { companyId }, (em) => em.findOneOrFail(SupportTicket, { id: ticketId }));

  it('warns about an urgent ticket 45 minutes in, with a quarter of its hour left, and marks the breach at the hour', async () => {
    const { companyId, ticketId, handle } = await openTicket('Urgent Desk', 'urgent');
    const opened = await slaOf(companyId, ticketId);
    expect(opened.slaStatus).toBe('on_track');
    await harness.env.sleep(40 * minute);
    expect(await notices(companyId)).toEqual([]);

    await harness.env.sleep(6 * minute);
    expect(await eventually(() => notices(companyId), (kinds) => kinds.length === 1)).toEqual(['support_sla_warning']);
    expect((await eventually(() => slaOf(companyId, ticketId), (ticket) => ticket.slaStatus === 'warning')).slaStatus).toBe('warning');

    await harness.env.sleep(15 * minute);
    expect(await eventually(() => notices(companyId), (kinds) => kinds.length === 2)).toEqual(['support_sla_warning', 'support_sla_breach']);
    const breached = await eventually(() => slaOf(companyId, ticketId), (ticket) => ticket.slaStatus === 'breached');
    expect(breached.slaStatus).toBe('breached');
    expect(breached.firstResponseDueAt).toBeNull();

    await handle.signal(supportTicketChangedSignal, { status: 'solved' });
    expect(await handle.result()).toBe('resolved');
  });

  it('stops the clock while the ticket waits on the customer, and warns only after the running time adds up', async () => {
    const { companyId, ticketId, handle } = await openTicket('Patient Desk', 'high');
    // High: first reply within 4 h, warned at 3 h of running time.
    await harness.env.sleep(1 * hour);
    await handle.signal(supportTicketChangedSignal, { status: 'pending' });
    expect((await eventually(() => slaOf(companyId, ticketId), (ticket) => ticket.slaStatus === 'paused')).slaStatus).toBe('paused');
    await harness.env.sleep(30 * hour);
    expect(await notices(companyId)).toEqual([]);

    await handle.signal(supportTicketChangedSignal, { status: 'open' });
    const resumed = await eventually(() => slaOf(companyId, ticketId), (ticket) => ticket.slaStatus === 'on_track');
    // 3 h of the 4 h are left after the pause.
    expect(resumed.firstResponseDueAt!.getTime() - (await harness.env.currentTimeMs())).toBeGreaterThan(2.9 * hour);
    await harness.env.sleep(1.5 * hour);
    expect(await notices(companyId)).toEqual([]);
    await harness.env.sleep(1 * hour);
    expect(await eventually(() => notices(companyId), (kinds) => kinds.length === 1)).toEqual(['support_sla_warning']);

    await handle.signal(supportTicketChangedSignal, { responded: true, status: 'solved' });
    expect(await handle.result()).toBe('resolved');
    expect((await slaOf(companyId, ticketId)).slaStatus).toBe('met');
  });

  it('a lapsed Support desk trial keeps its tickets for 30 days, then the provisioning workflow deletes them', async () => {
    const { companyId } = await subscribeCompany(harness, taskQueue, 'Desk Lapser', { startedOn: calendarDay(new Date(await harness.env.currentTimeMs())) });
    const trial = await harness.env.client.workflow.start('trialWorkflow', { workflowId: trialWorkflowId(companyId, 'support'), taskQueue, args: [{ companyId, module: 'support', startedAt: new Date(await harness.env.currentTimeMs()).toISOString() }] });
    const installation = () => withTenant(harness.orm, { companyId }, (em) => em.execute<{ status: string }[]>(`select status from module_installation`, [], 'all'));
    await eventually(installation, (rows) => rows[0]?.status === 'active');
    await withTenant(harness.orm, { companyId }, async (em) => {
      em.create(SupportTicket, {
        company: companyId, number: 1, subject: 'Where is my order?', requesterEmail: 'bo@customer.example', requesterName: 'Bo', status: 'open', priority: 'low',
        assigneeId: null, tags: [], source: 'form', slaPolicyId: null, slaStatus: 'on_track', firstResponseDueAt: null, resolutionDueAt: null, firstRespondedAt: null, solvedAt: null, lastMessageAt: new Date(), createdBy: null,
      });
      await em.flush();
    });
    const tickets = () => withTenant(harness.orm, { companyId }, (em) => em.count(SupportTicket, {}));
    expect(await trial.result()).toBe<TrialOutcome>('lapsed');
    await eventually(installation, (rows) => rows[0]?.status === 'removed');
    expect(await tickets()).toBe(1);
    const provisioning = harness.env.client.workflow.getHandle(provisioningWorkflowId(companyId, 'support'));
    expect(await provisioning.result()).toEqual({ status: 'purged', purgeAfter: null });
    expect(await tickets()).toBe(0);
  });
});
