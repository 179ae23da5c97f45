import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { buildInvoice, formatInvoiceNumber, invoiceLine, money } from '@atrium/core';
import { Invoice, InvoiceLine, MikroORM, ormConfig, SandboxCharge, withTenant } from '@atrium/db';
import { createCompanyWithOwner } from '@atrium/db/testing';
import { createActivities } from '../../activities';
import { testActivityDependencies } from '../../../test/activity-dependencies';

describe('issuing and charging invoices, run twice as a retried activity would', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  });
  afterAll(() => orm?.close(true));

  const content = buildInvoice('EUR', [invoiceLine('plan', 'Starter plan, monthly', 1, money(2900, 'EUR'))], { country: 'DE', taxId: '' });

  it('one business key gives one invoice, with one number, however often it is issued', async () => {
    const { issueInvoice } = createActivities(testActivityDependencies(orm));
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Issued Twice', { billingRows: false });
    const input = { companyId, businessKey: 'renewal:2027-01-01', kind: 'renewal' as const, issuedOn: '2027-01-01', period: null, invoice: content };
    const [first, second] = await Promise.all([issueInvoice(input), issueInvoice(input)].map((p) => p.catch(() => null)));
    const again = await issueInvoice(input);
    const issued = [first, second].filter(Boolean);
    expect(issued.length).toBeGreaterThanOrEqual(1);
    for (const result of issued) expect(result).toEqual(again);
    expect(again.number).toMatch(/^ATR-2027-\d{6}$/);
    const stored = await withTenant(orm, { companyId }, async (em) => ({ invoices: await em.count(Invoice, {}), lines: await em.count(InvoiceLine, {}) }));
    expect(stored).toEqual({ invoices: 1, lines: 1 });
  });

  it('numbers have no gaps: a finalisation that rolls back gives its number back', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const take = async () => (await client.query<{ n: number }>('select next_invoice_number(2099) as n')).rows[0]!.n;
      const before = await take();
      await client.query('begin');
      expect(await take()).toBe(before + 1);
      await client.query('rollback');
      expect(await take()).toBe(before + 1);
      // The application role may use the counter, never read or reset it.
      await expect(client.query('select * from invoice_number_counter')).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });

  it('the number taken in SQL at the end of the issue reads as core formats it, past six digits too', async () => {
    const { issueInvoice } = createActivities(testActivityDependencies(orm));
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Numbered Co', { billingRows: false });
    // A year of its own whose counter stands at 999,999 (only the owner may set it).
    const owner = new pg.Client({ connectionString: inject('ownerUrl') });
    await owner.connect();
    try {
      await owner.query('insert into invoice_number_counter (year, last_number) values (2098, 999998) on conflict (year) do update set last_number = 999998');
    } finally {
      await owner.end();
    }
    const issue = (businessKey: string) => issueInvoice({ companyId, businessKey, kind: 'change', issuedOn: '2098-03-01', period: null, invoice: content });
    expect((await issue('change:1')).number).toBe(formatInvoiceNumber(2098, 999999));
    expect((await issue('change:2')).number).toBe(formatInvoiceNumber(2098, 1000000));
  });

  it('one (invoice, attempt) is charged once, even when the gateway is asked twice', async () => {
    const activities = createActivities(testActivityDependencies(orm));
    const { companyId } = await createCompanyWithOwner(inject('ownerUrl'), 'Charged Twice', { billingRows: false });
    await activities.addPaymentMethod({ companyId, card: { gateway: 'sandbox', brand: 'visa', last4: '4242', expMonth: 1, expYear: 2040 }, makeDefault: true, attachKey: 'card:1' });
    const { invoiceId } = await activities.issueInvoice({ companyId, businessKey: 'change:7', kind: 'change', issuedOn: '2027-01-01', period: null, invoice: content });

    const outcomes = await Promise.all([1, 2, 3].map(() => activities.chargeInvoice({ companyId, invoiceId, attempt: 1 })));
    expect(outcomes).toEqual([{ status: 'paid' }, { status: 'paid' }, { status: 'paid' }]);
    const charges = await withTenant(orm, { companyId }, (em) => em.find(SandboxCharge, {}));
    expect(charges.map((charge) => [charge.idempotencyKey, charge.amount])).toEqual([[`${invoiceId}:1`, 3451]]);
  });
});
