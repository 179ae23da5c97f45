import { describe, expect, it } from 'vitest';
import { addMember, asOwner, signUpCompany, uniqueEmail } from '../../test/http';

/** Rows of one company in each billing table, to show that a refusal wrote nothing. */
async function billingRows(companyId: string) {
  const counts: Record<string, number> = {};
  for (const table of ['invoice', 'payment', 'payment_method', 'sandbox_charge']) {
    const [row] = await asOwner<{ count: string }>(`select count(*) from ${table} where company_id = $1`, [companyId]);
    counts[table] = Number(row!.count);
  }
  return counts;
}

const card = (number: string) => ({ number, expMonth: 12, expYear: 2040, cvc: '123' });

describe('billing through the API', () => {
  it('a new company is subscribed to Starter at signup, first period free, nothing invoiced', async () => {
    const { api, companyId } = await signUpCompany('billing-new');
    const billing = await api.request('GET', `/api/companies/${companyId}/billing`);
    expect(billing.status).toBe(200);
    expect(billing.body.subscription).toMatchObject({ plan: 'starter', cycle: 'monthly', status: 'active', seats: 3, currency: 'EUR' });
    expect(billing.body.upcoming.total).toEqual({ amount: 3451, currency: 'EUR' });
    expect(billing.body.upcoming.periodStart).toBe(billing.body.subscription.periodEnd);
    expect(billing.body.dunning).toBeNull();
    expect((await api.request('GET', `/api/companies/${companyId}/billing/invoices`)).body.invoices).toEqual([]);
  });

  it('adds test cards: 4242 becomes the default, 0002 is declined and nothing is stored, a real number is refused', async () => {
    const { api, companyId } = await signUpCompany('billing-cards');
    const path = `/api/companies/${companyId}/billing/payment-methods`;
    const added = await api.request('POST', path, card('4242 4242 4242 4242'));
    expect(added.status).toBe(201);
    expect(added.body.paymentMethod).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 12, expYear: 2040, isDefault: true });

    const declined = await api.request('POST', path, card('4000 0000 0000 0002'));
    expect([declined.status, declined.body.error]).toEqual([402, 'card_declined']);
    const real = await api.request('POST', path, card('4111 1111 1111 1112'));
    expect([real.status, real.body.error]).toEqual([400, 'invalid_card']);
    expect(real.body.message).toContain('4242');
    const expired = await api.request('POST', path, { ...card('4242424242424242'), expYear: 2020 });
    expect(expired.status).toBe(400);
    // Never coerced: `true` used to be stored as month 1, "12" as 12.
    for (const expMonth of [true, '12', null, [12]]) {
      const wrongType = await api.request('POST', path, { ...card('5555555555554444'), expMonth });
      expect([wrongType.status, wrongType.body.error], JSON.stringify(expMonth)).toEqual([400, 'invalid_request']);
      expect(wrongType.body.fields.expMonth).toBe('Enter the expiry month as a number from 1 to 12.');
    }

    const checklist = await api.request('GET', `/api/companies/${companyId}/onboarding`);
    expect(checklist.body.steps.find((step: { key: string }) => step.key === 'payment_method').completedAt).not.toBeNull();

    const listed = await api.request('GET', path);
    expect(listed.body.paymentMethods.map((m: { last4: string }) => m.last4)).toEqual(['4242']);
    const [stored] = await asOwner<{ count: string }>(`select count(*) from payment_method where company_id = $1`, [companyId]);
    expect(Number(stored!.count)).toBe(1);
  });

  it('previews an upgrade, charges exactly the preview, and serves the invoice and receipt PDFs', async () => {
    const { api, companyId } = await signUpCompany('billing-upgrade');
    const base = `/api/companies/${companyId}/billing`;
    await api.request('POST', `${base}/payment-methods`, card('4242424242424242'));

    const preview = await api.request('POST', `${base}/preview`, { change: { kind: 'plan', to: 'growth' } });
    expect(preview.status).toBe(200);
    expect(preview.body.outcome).toBe('applied');
    expect(preview.body.chargeNow.amount).toBeGreaterThan(0);

    const changed = await api.request('POST', `${base}/changes`, { change: { kind: 'plan', to: 'growth' } });
    expect(changed.status).toBe(200);
    expect(changed.body.outcome).toBe('applied');
    expect(changed.body.invoice.total).toEqual(preview.body.chargeNow);
    expect(changed.body.billing.subscription.plan).toBe('growth');

    const invoices = (await api.request('GET', `${base}/invoices`)).body.invoices;
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ kind: 'change', status: 'paid', number: changed.body.invoice.number, hasReceipt: true });
    expect(invoices[0].number).toMatch(/^ATR-\d{4}-\d{6}$/);

    for (const document of ['invoice', 'receipt']) {
      const response = await fetch(`${api.baseUrl}${base}/invoices/${invoices[0].id}/pdf?document=${document}`, { headers: { cookie: api.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(invoices[0].number);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('schedules a downgrade for the period end and shows it in the upcoming charges', async () => {
    const { api, companyId } = await signUpCompany('billing-downgrade');
    const base = `/api/companies/${companyId}/billing`;
    await api.request('POST', `${base}/payment-methods`, card('4242424242424242'));
    await api.request('POST', `${base}/changes`, { change: { kind: 'plan', to: 'growth' } });

    const preview = await api.request('POST', `${base}/preview`, { change: { kind: 'plan', to: 'starter' } });
    expect(preview.body).toMatchObject({ outcome: 'scheduled' });
    const changed = await api.request('POST', `${base}/changes`, { change: { kind: 'plan', to: 'starter' } });
    expect(changed.body.outcome).toBe('scheduled');
    const { subscription, upcoming } = changed.body.billing;
    expect(subscription.plan).toBe('growth');
    expect(subscription.scheduledChanges).toEqual([{ kind: 'plan', to: 'starter', description: 'Plan changes to Starter', effectiveOn: subscription.periodEnd }]);
    expect(upcoming.total).toEqual({ amount: 3451, currency: 'EUR' });
  });

  it('refuses with a message a person can act on, and changes nothing', async () => {
    const { api, companyId } = await signUpCompany('billing-refusals');
    const base = `/api/companies/${companyId}/billing`;
    const before = await billingRows(companyId);

    const noCard = await api.request('POST', `${base}/changes`, { change: { kind: 'plan', to: 'scale' } });
    expect([noCard.status, noCard.body.error]).toEqual([402, 'payment_method_required']);
    const tooMany = await api.request('POST', `${base}/changes`, { change: { kind: 'seats', to: 6 } });
    expect([tooMany.status, tooMany.body.error]).toEqual([409, 'seat_limit_reached']);
    expect(tooMany.body.message).toContain('Starter allows up to 5 seats');
    const nonsense = await api.request('POST', `${base}/changes`, { change: { kind: 'plan', to: 'platinum' } });
    expect([nonsense.status, nonsense.body.error]).toEqual([400, 'invalid_request']);
    const badPause = await api.request('POST', `${base}/pause`, { until: '2020-01-01' });
    expect([badPause.status, badPause.body.error]).toEqual([400, 'invalid_date']);

    await api.request('POST', `${base}/payment-methods`, card('4242424242424242'));
    const [only] = (await api.request('GET', `${base}/payment-methods`)).body.paymentMethods;
    const removeLast = await api.request('DELETE', `${base}/payment-methods/${only.id}`);
    expect([removeLast.status, removeLast.body.error]).toEqual([409, 'last_payment_method']);

    const after = await billingRows(companyId);
    expect(after).toEqual({ ...before, payment_method: before.payment_method! + 1 });
    expect((await api.request('GET', base)).body.subscription).toMatchObject({ plan: 'starter', seats: 3, status: 'active' });
  });

  it('a card that fails its charges leaves the subscription as it was and the invoice void', async () => {
    const { api, companyId } = await signUpCompany('billing-declined');
    const base = `/api/companies/${companyId}/billing`;
    await api.request('POST', `${base}/payment-methods`, card('4000000000009995'));
    const changed = await api.request('POST', `${base}/changes`, { change: { kind: 'add_module', module: 'crm' } });
    expect([changed.status, changed.body.error]).toEqual([402, 'payment_declined']);
    expect(changed.body.message).toContain('insufficient funds');
    const billing = await api.request('GET', base);
    expect(billing.body.subscription.modules).toEqual([]);
    const invoices = (await api.request('GET', `${base}/invoices`)).body.invoices;
    expect(invoices.map((invoice: { status: string }) => invoice.status)).toEqual(['void']);
  });

  it('cancels at the period end and reactivates', async () => {
    const { api, companyId } = await signUpCompany('billing-cancel');
    const base = `/api/companies/${companyId}/billing`;
    const canceled = await api.request('POST', `${base}/cancel`);
    expect(canceled.body.subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
    expect(canceled.body.upcoming).toBeNull();
    const again = await api.request('POST', `${base}/cancel`);
    expect(again.status).toBe(409);
    const reactivated = await api.request('POST', `${base}/reactivate`);
    expect(reactivated.body.subscription).toMatchObject({ status: 'active', cancelAtPeriodEnd: false });
  });

  it('billing managers manage billing; members cannot see it', async () => {
    const { api, companyId } = await signUpCompany('billing-roles');
    const manager = await addMember(api, companyId, uniqueEmail('billing-manager'), 'billing');
    const member = await addMember(api, companyId, uniqueEmail('billing-member'), 'member');
    expect((await manager.request('POST', `/api/companies/${companyId}/billing/payment-methods`, card('4242424242424242'))).status).toBe(201);
    expect((await member.request('GET', `/api/companies/${companyId}/billing`)).status).toBe(403);
    expect((await member.request('POST', `/api/companies/${companyId}/billing/cancel`)).status).toBe(403);
  });

  it('the Stripe webhook endpoint is closed when no signing secret is configured', async () => {
    const { api } = await signUpCompany('billing-webhook');
    const response = await fetch(`${api.baseUrl}/api/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
  });
});

describe('a company whose subscription is paused', () => {
  it('reads its modules but cannot change them (the ability the dashboard receives says so)', async () => {
    const { api, companyId } = await signUpCompany('billing-paused');
    const base = `/api/companies/${companyId}/billing`;
    await api.request('POST', `${base}/payment-methods`, card('4242424242424242'));
    await api.request('POST', `${base}/changes`, { change: { kind: 'add_module', module: 'crm' } });
    const before = await api.request('GET', `/api/companies/${companyId}`);
    const paused = await api.request('POST', `${base}/pause`, { until: null });
    expect(paused.body.subscription.status).toBe('paused');
    const after = await api.request('GET', `/api/companies/${companyId}`);
    // Packed CASL rules: [action, subject, …].
    const crmActions = (body: { rules: string[][] }) => body.rules.filter((rule) => rule[1] === 'crm').map((rule) => rule[0]);
    expect(crmActions(before.body)).toEqual(['manage']);
    expect(crmActions(after.body)).toEqual(['read']);
  });
});
