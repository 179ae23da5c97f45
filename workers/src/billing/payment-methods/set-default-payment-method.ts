import { ApplicationFailure } from '@temporalio/activity';
import { PaymentMethod, withTenant, type MikroORM } from '@atrium/db';
import type { BillingActivities } from '@atrium/workflows';
import { paymentMethodView } from './payment-method-view';

export function setDefaultPaymentMethod(orm: MikroORM): BillingActivities['setDefaultPaymentMethod'] {
  return ({ companyId, paymentMethodId }) =>
    withTenant(orm, { companyId }, async (em) => {
      const card = await em.findOne(PaymentMethod, { id: paymentMethodId });
      if (!card) throw ApplicationFailure.create({ type: 'not_found', message: 'That card is not on file.', nonRetryable: true });
      await em.nativeUpdate(PaymentMethod, { isDefault: true, id: { $ne: paymentMethodId } }, { isDefault: false });
      card.isDefault = true;
      await em.flush();
      return paymentMethodView(card);
    });
}
