import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SandboxCharge, withTenant, type MikroORM } from '@atrium/db';
import type { AttachResult, ChargeRequest, ChargeResult, PaymentGateway } from '../payment-gateway';

/** How each documented test card behaves, by its last four digits. */
const declinedAtAttach = new Set(['0002']);
const chargeFailures: Record<string, { code: string; message: string }> = {
  '0341': { code: 'card_declined', message: 'Your card was declined.' },
  '9995': { code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
};

export interface SandboxOptions {
  orm: MikroORM;
  /** Simulated network time of a charge; lets a test stop the worker mid-charge. */
  chargeLatencyMs?: number;
}

/**
 * The offline gateway (test mode). It behaves like Stripe's test mode on Stripe's test
 * card numbers, keeps brand, last four and expiry only (the reference encodes the last
 * four, which is all the behaviour depends on), and writes every charge attempt to its
 * ledger, keyed by the caller's idempotency key exactly like Stripe's: a repeated key
 * gets the first answer back and moves no money.
 */
export function createSandboxGateway({ orm, chargeLatencyMs = 0 }: SandboxOptions): PaymentGateway {
  return {
    name: 'sandbox',

    async ensureCustomer(company) {
      return `cus_sandbox_${company.id.replaceAll('-', '')}`;
    },

    async prepareCardSetup() {
      return { gateway: 'sandbox', clientSecret: null, publishableKey: null };
    },

    async attachCard(companyId, _customer, card, attachKey): Promise<AttachResult> {
      if (card.gateway !== 'sandbox') throw new Error('The sandbox gateway takes sandbox cards only.');
      if (declinedAtAttach.has(card.last4)) {
        return { status: 'declined', code: 'card_declined', message: 'Your card was declined. Try another card.' };
      }
      const { brand, last4, expMonth, expYear } = card;
      // Like a SetupIntent confirmed once: the same (company, key) is the same payment method.
      const suffix = attachKey
        ? createHash('sha256').update(`${companyId}:${attachKey}`).digest('hex').slice(0, 16)
        : randomUUID().replaceAll('-', '').slice(0, 16);
      const reference = `pm_sandbox_${last4}_${suffix}`;
      return { status: 'attached', card: { reference, brand, last4, expMonth, expYear } };
    },

    async detachCard() {},

    async charge(request: ChargeRequest): Promise<ChargeResult> {
      // With a simulated bank delay, a repeated key answers at once, as Stripe's would.
      if (chargeLatencyMs > 0) {
        const earlier = await findCharge(orm, request);
        if (earlier) return earlier;
        await sleep(chargeLatencyMs);
      }
      const last4 = /^pm_sandbox_(\d{4})_/.exec(request.paymentMethodReference)?.[1];
      if (!last4) throw new Error(`Not a sandbox payment method: ${request.paymentMethodReference}`);
      const failure = chargeFailures[last4];
      const id = `ch_sandbox_${randomUUID().replaceAll('-', '').slice(0, 24)}`;
      // One statement: the charge is written unless its key was seen before, and whichever
      // charge holds the key is answered. A concurrent duplicate waits for the other's
      // commit, inserts nothing and, not seeing it in this statement's snapshot, reads it after.
      const [charged] = await withTenant(orm, { companyId: request.companyId }, (em) =>
        em.execute<ChargeRow[]>(
          `with inserted as (
             insert into sandbox_charge (id, company_id, idempotency_key, payment_method_reference, amount, currency, status, failure_code, created_at)
             values (?, ?, ?, ?, ?, ?, ?, ?, now())
             on conflict (idempotency_key) do nothing
             returning id, status, failure_code, payment_method_reference)
           select * from inserted
           union all
           select id, status, failure_code, payment_method_reference from sandbox_charge where idempotency_key = ? and not exists (select 1 from inserted)`,
          [id, request.companyId, request.idempotencyKey, request.paymentMethodReference, request.amount.amount, request.amount.currency,
            failure ? 'failed' : 'succeeded', failure?.code ?? null, request.idempotencyKey],
          'all',
        ),
      );
      if (charged) return resultOf(charged);
      return (await findCharge(orm, request))!;
    },
  };
}

interface ChargeRow {
  id: string;
  status: string;
  failure_code: string | null;
  payment_method_reference: string;
}

function resultOf(charge: ChargeRow): ChargeResult {
  if (charge.status === 'succeeded') return { status: 'succeeded', reference: charge.id };
  const failure = chargeFailures[charge.payment_method_reference.split('_')[2] ?? ''];
  return { status: 'failed', reference: charge.id, code: charge.failure_code ?? 'card_declined', message: failure?.message ?? 'Your card was declined.' };
}

async function findCharge(orm: MikroORM, request: ChargeRequest): Promise<ChargeResult | null> {
  const charge = await withTenant(orm, { companyId: request.companyId }, (em) =>
    em.findOne(SandboxCharge, { idempotencyKey: request.idempotencyKey }),
  );
  if (!charge) return null;
  return resultOf({ id: charge.id, status: charge.status, failure_code: charge.failureCode ?? null, payment_method_reference: charge.paymentMethodReference });
}
