import { describe, expect, inject, it } from 'vitest';
import { Client, Connection } from '@temporalio/client';
import { subscriptionStateQuery, subscriptionWorkflowId } from '@atrium/workflows';
import { asOwner, signUpCompany } from '../../test/http';

const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });

describe('a subscription workflow that an operator terminated', () => {
  it('resumes from the recorded state on the next billing call: same plan, period and paid-through, no free month', async () => {
    const { api, companyId } = await signUpCompany('billing-terminated');
    const base = `/api/companies/${companyId}/billing`;
    await api.request('POST', `${base}/payment-methods`, card('4242424242424242'));
    expect((await api.request('POST', `${base}/changes`, { change: { kind: 'plan', to: 'growth' } })).status).toBe(200);

    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const handle = new Client({ connection }).workflow.getHandle(subscriptionWorkflowId(companyId));
      const recorded = await handle.query(subscriptionStateQuery);
      await handle.terminate('test: an operator terminated the subscription workflow');

      const canceled = await api.request('POST', `${base}/cancel`);
      expect(canceled.status).toBe(200);
      expect(canceled.body.subscription).toMatchObject({ plan: 'growth', periodStart: recorded.period.start, periodEnd: recorded.period.end, cancelAtPeriodEnd: true });
      const resumed = await handle.query(subscriptionStateQuery);
      expect([resumed.subscription.plan, resumed.period, resumed.paidThrough, resumed.invoicedThrough, resumed.paymentMethods]).toEqual([
        'growth',
        recorded.period,
        recorded.paidThrough,
        recorded.invoicedThrough,
        1,
      ]);
      expect(resumed.revision).toBeGreaterThan(recorded.revision);
      const [row] = await asOwner<{ plan: string; revision: number }>('select plan, revision from subscription where company_id = $1', [companyId]);
      expect([row!.plan, row!.revision]).toEqual(['growth', resumed.revision]);
    } finally {
      await connection.close();
    }
  });

  it('resumes a row recorded before snapshots were kept from its columns, the plan and period kept', async () => {
    const { api, companyId } = await signUpCompany('billing-terminated-old-row');
    const base = `/api/companies/${companyId}/billing`;
    await api.request('POST', `${base}/payment-methods`, card('4242424242424242'));
    expect((await api.request('POST', `${base}/changes`, { change: { kind: 'add_module', module: 'crm' } })).status).toBe(200);

    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const handle = new Client({ connection }).workflow.getHandle(subscriptionWorkflowId(companyId));
      const recorded = await handle.query(subscriptionStateQuery);
      await handle.terminate('test: an operator terminated the subscription workflow');
      await asOwner('update subscription set snapshot = null where company_id = $1', [companyId]);

      expect((await api.request('POST', `${base}/cancel`)).status).toBe(200);
      const resumed = await handle.query(subscriptionStateQuery);
      expect([resumed.subscription.plan, resumed.subscription.modules, resumed.period, resumed.paidThrough, resumed.paymentMethods]).toEqual([
        recorded.subscription.plan,
        ['crm'],
        recorded.period,
        recorded.paidThrough,
        1,
      ]);
    } finally {
      await connection.close();
    }
  });
});
