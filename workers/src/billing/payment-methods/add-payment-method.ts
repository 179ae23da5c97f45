import { randomUUID } from 'node:crypto';
import { Company, PaymentMethod, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import type { PaymentGateway } from '../gateways/payment-gateway';
import { ensureGatewayCustomer } from './ensure-gateway-customer';
import { paymentMethodView } from './payment-method-view';

/**
 * Attaches a card at the gateway and keeps brand, last four and expiry. The first card
 * becomes the default. Idempotent on `attachKey`: the gateway answers the same payment
 * method for the same key, and its reference finds the row already filed. Answers the
 * number of cards on file, which the workflow takes as its count.
 */
export function addPaymentMethod(orm: MikroORM, gateway: PaymentGateway): BillingActivities['addPaymentMethod'] {
  return async ({ companyId, card, makeDefault, attachKey }) => {
    if (card.gateway !== gateway.name) {
      return { status: 'declined', code: 'wrong_gateway', message: `Cards are collected through ${gateway.name} here.` };
    }
    const company = await withTenant(orm, { companyId }, (em) => em.findOneOrFail(Company, { id: companyId }));
    const customer = await ensureGatewayCustomer(orm, gateway, company);
    const attached = await gateway.attachCard(companyId, customer, card, attachKey);
    if (attached.status === 'declined') return attached;

    const saved = await withTenant(orm, { companyId }, async (em) => {
      const existing = await em.findOne(PaymentMethod, { gatewayReference: attached.card.reference });
      if (existing) return existing;
      const first = (await em.count(PaymentMethod, {})) === 0;
      const isDefault = first || makeDefault;
      if (isDefault) await em.nativeUpdate(PaymentMethod, { isDefault: true }, { isDefault: false });
      const { reference, brand, last4, expMonth, expYear } = attached.card;
      const created = em.create(PaymentMethod, {
        id: randomUUID(),
        company: companyId,
        gateway: gateway.name,
        gatewayReference: reference,
        brand,
        last4,
        expMonth,
        expYear,
        isDefault,
      });
      await em.flush();
      return created;
    });
    const cardsOnFile = await withTenant(orm, { companyId }, (em) => em.count(PaymentMethod, {}));
    return { status: 'attached', paymentMethod: paymentMethodView(saved), cardsOnFile };
  };
}
