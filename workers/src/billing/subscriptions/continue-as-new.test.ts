import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { calendarDay, type ModuleKey } from '@atrium/core';
import { SandboxCharge, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import {
  addItemUpdate,
  addPaymentMethodUpdate,
  dunningOutcomeSignal,
  subscriptionStateQuery,
  subscriptionWorkflowId,
} from '@atrium/workflows';
import { addTestCard, eventually, invoicesOf } from '../../../test/billing-harness';
import { startServerContinuingAsNewAt } from '../../../test/continue-as-new-server';

const taskQueue = 'subscription-can-test';

describe('the subscription workflow continuing as new in the middle of concurrent messages', () => {
  let server: Awaited<ReturnType<typeof startServerContinuingAsNewAt>>;
  // One charged change is ~25 events: the workflow is told to continue as new after about
  // every change, while the others are queued, in flight, or just arriving.
  beforeAll(async () => {
    server = await startServerContinuingAsNewAt(30, taskQueue);
  });
  afterAll(() => server?.stop());

  it('answers every update, applies each once, and loses no signal', async () => {
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Busy Buyer Co', { billingRows: false });
    const workflowId = subscriptionWorkflowId(companyId);
    const started = await server.env.client.workflow.start('subscriptionWorkflow', {
      workflowId,
      taskQueue,
      args: [{ companyId, start: { plan: 'growth', cycle: 'monthly', currency: 'EUR', country: 'DE', taxId: '', startedOn: calendarDay(new Date()) } }],
    });
    const handle = server.env.client.workflow.getHandle(workflowId);
    await addTestCard(handle, '4242');

    const modules: ModuleKey[] = ['crm', 'hr', 'finance', 'projects', 'support'];
    const addModule = (module: ModuleKey) => handle.executeUpdate(addItemUpdate, { args: [{ module }] });
    const addSpareCard = () =>
      handle.executeUpdate(addPaymentMethodUpdate, {
        args: [{ card: { gateway: 'sandbox', brand: 'mastercard', last4: '9995', expMonth: 6, expYear: 2041 }, makeDefault: false, idempotencyKey: 'spare-card' }],
      });
    // In each wave the run is told to continue as new after its first change, while the
    // others are queued or arriving: it must answer them all before it goes on.
    const waves: (() => Promise<unknown>)[][] = [
      [() => addModule('crm'), () => addModule('hr')],
      [() => addModule('finance'), addSpareCard],
      [() => addModule('projects'), () => addModule('support'), addSpareCard],
    ];
    const sent: Promise<unknown>[] = [];
    for (const wave of waves) {
      const updates = wave.map((send) => send());
      // An outcome for an invoice this subscription is not collecting: handled, and changes nothing.
      sent.push(...updates, handle.signal(dunningOutcomeSignal, { invoiceId: 'someone-elses-invoice', outcome: 'written_off' }));
      await Promise.allSettled(updates);
    }
    const outcomes = await Promise.allSettled(sent);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);

    const state = await handle.query(subscriptionStateQuery);
    expect([...state.subscription.modules].sort()).toEqual([...modules].sort());
    expect([state.status, state.paymentMethods, state.dunningInvoiceId]).toEqual(['active', 2, null]);
    // One paid invoice and one charge per module: nothing charged twice across runs.
    const invoices = await invoicesOf(server.orm, companyId);
    expect(invoices.map((invoice) => [invoice.kind, invoice.status])).toEqual(modules.map(() => ['change', 'paid']));
    const charges = await withTenant(server.orm, { companyId }, (em) => em.count(SandboxCharge, {}));
    expect(charges).toBe(modules.length);
    // And it did continue as new on the way, several times.
    expect((await handle.describe()).runId).not.toBe(started.firstExecutionRunId);
    const runs = await eventually(async () => {
      let count = 0;
      for await (const _run of server.env.client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) count += 1;
      return count;
    }, (count) => count >= 3);
    expect(runs).toBeGreaterThanOrEqual(3);
  });
});
