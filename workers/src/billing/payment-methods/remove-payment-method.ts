import { ApplicationFailure } from '@temporalio/activity';
import { PaymentMethod, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import type { PaymentGateway } from '../gateways/payment-gateway';

/**
 * Removes a card, unless it is the last one and the subscription still has to be paid.
 * Removing the default makes the newest other card the default.
 */
export function removePaymentMethod(orm: MikroORM, gateway: PaymentGateway): BillingActivities['removePaymentMethod'] {
  return async ({ companyId, paymentMethodId, mayRemoveLast }) => {
    const card = await withTenant(orm, { companyId }, (em) => em.findOne(PaymentMethod, { id: paymentMethodId }));
    if (!card) throw ApplicationFailure.create({ type: 'not_found', message: 'That card is not on file.', nonRetryable: true });
    const others = await withTenant(orm, { companyId }, (em) => em.find(PaymentMethod, { id: { $ne: paymentMethodId } }, { orderBy: { createdAt: 'desc' } }));
    if (others.length === 0 && !mayRemoveLast) {
      return {
        status: 'refused',
        code: 'last_payment_method',
        message: 'This is your only card and your subscription is active. Add another card first, or cancel the subscription.',
      };
    }
    if (card.gateway === gateway.name) await gateway.detachCard(companyId, card.gatewayReference);
    const cardsOnFile = await withTenant(orm, { companyId }, async (em) => {
      await em.nativeDelete(PaymentMethod, { id: paymentMethodId });
      const successor = others[0];
      if (card.isDefault && successor) await em.nativeUpdate(PaymentMethod, { id: successor.id }, { isDefault: true });
      return em.count(PaymentMethod, {});
    });
    return { status: 'removed', cardsOnFile };
  };
}
