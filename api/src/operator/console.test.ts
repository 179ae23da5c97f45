import { describe, expect, it } from 'vitest';
import { addMember, signUpCompany, uniqueEmail } from '../../test/http';
import { signedInOperator } from '../../test/operators';

type AuditEvent = { actorEmail: string; category: string; action: string; description: string; createdAt: string };

describe('the operator console reads companies, and every read is audited', () => {
  it("finds a company with its plan, status, seats, MRR and modules; opening its account and billing shows in the company's own audit log", async () => {
    const acme = await signUpCompany('console', `Console Acme ${Date.now()}`);
    const base = `/api/companies/${acme.companyId}`;
    await acme.api.request('POST', `${base}/billing/payment-methods`, { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    const upgraded = await acme.api.request('POST', `${base}/billing/changes`, { change: { kind: 'plan', to: 'growth' } });
    expect(upgraded.status, JSON.stringify(upgraded.body)).toBe(200);
    await acme.api.request('POST', `${base}/marketplace/crm/trial`);
    const billingManager = await addMember(acme.api, acme.companyId, uniqueEmail('console-billing'), 'billing');
    const member = await addMember(acme.api, acme.companyId, uniqueEmail('console-member'), 'member');
    const { api: operator, credentials } = await signedInOperator('console');

    const found = await operator.request('GET', `/api/operator/companies?q=${encodeURIComponent(acme.companyName.toLowerCase())}`);
    expect(found.status).toBe(200);
    expect(found.body.companies).toHaveLength(1);
    expect(found.body.companies[0]).toMatchObject({
      id: acme.companyId,
      plan: 'growth',
      planName: 'Growth',
      status: 'active',
      cycle: 'monthly',
      seats: { paid: 10, used: 3, limit: 50 },
      // Growth monthly in euros, ten seats included, CRM only in trial: €99.00.
      mrr: { amount: 9_900, currency: 'EUR' },
      modules: [{ module: 'crm', state: { kind: 'trial' } }],
    });
    const byEmail = await operator.request('GET', `/api/operator/companies?q=${encodeURIComponent(acme.email)}`);
    expect(byEmail.body.companies.map((c: { id: string }) => c.id)).toEqual([acme.companyId]);
    const byPlan = await operator.request('GET', `/api/operator/companies?plan=scale&q=${encodeURIComponent(acme.companyName)}`);
    expect(byPlan.body.companies).toEqual([]);

    const detail = await operator.request('GET', `/api/operator/companies/${acme.companyId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.owners).toEqual([{ name: 'console Owner', email: acme.email }]);
    expect(detail.body.allModules).toHaveLength(7);
    expect(detail.body.workflowsUrl).toBe(`http://localhost:8233/namespaces/default/workflows?query=AtriumCompanyId%3D%22${acme.companyId}%22`);

    const timeline = await operator.request('GET', `/api/operator/companies/${acme.companyId}/billing-timeline`);
    expect(timeline.status).toBe(200);
    const kinds = (timeline.body.entries as Array<{ kind: string }>).map((entry) => entry.kind);
    expect(kinds).toEqual(expect.arrayContaining(['invoice_issued', 'invoice_paid', 'payment_succeeded', 'subscription_change']));
    const changes = (timeline.body.entries as Array<{ kind: string; description: string }>).filter((entry) => entry.kind === 'subscription_change').map((entry) => entry.description);
    expect(changes).toEqual(expect.arrayContaining([expect.stringMatching(/^Changed the plan from Starter to Growth/), expect.stringMatching(/^Started a 14-day trial of CRM/)]));

    // The company's owners see both reads, as Atrium support, dated; billing managers see the billing one; members have no audit log.
    const today = new Date().toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    const ownerLog = (await acme.api.request('GET', `${base}/audit-log`)).body.events as AuditEvent[];
    const supportEvents = ownerLog.filter((event) => event.actorEmail === 'Atrium support');
    expect(supportEvents.map((event) => event.description).sort()).toEqual([
      `Atrium support viewed your account (plan, seats and modules) on ${today}.`,
      `Atrium support viewed your billing on ${today}.`,
    ]);
    const billingLog = (await billingManager.request('GET', `${base}/audit-log`)).body.events as AuditEvent[];
    expect(billingLog.filter((event) => event.actorEmail === 'Atrium support').map((event) => event.action)).toEqual(['support.viewed_billing']);
    expect((await member.request('GET', `${base}/audit-log`)).status).toBe(403);

    // The operator log says which operator it was.
    const operatorLog = (await operator.request('GET', '/api/operator/audit-log')).body.events as Array<{ operatorEmail: string; action: string; companyId: string | null; description: string }>;
    const reads = operatorLog.filter((event) => event.companyId === acme.companyId);
    expect(reads.map((event) => event.action).sort()).toEqual(['company.billing_viewed', 'company.viewed']);
    expect(reads.every((event) => event.operatorEmail === credentials.operator.email)).toBe(true);
    expect(operatorLog.some((event) => event.action === 'companies.searched' && event.description.includes(acme.companyName.toLowerCase()))).toBe(true);
  });

  it('answers 404 for a company that does not exist, and 400 for a search it cannot read', async () => {
    const { api: operator } = await signedInOperator('console-missing');
    expect((await operator.request('GET', '/api/operator/companies/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await operator.request('GET', '/api/operator/companies/00000000-0000-4000-8000-000000000000/billing-timeline')).status).toBe(404);
    expect((await operator.request('GET', '/api/operator/companies/not-an-id')).status).toBe(400);
    expect((await operator.request('GET', '/api/operator/companies?status=bankrupt')).status).toBe(400);
  });
});
