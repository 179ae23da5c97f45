import type { PaymentMethod } from '@atrium/db';
import type { PaymentMethodView } from '@atrium/workflows';

export function paymentMethodView(card: InstanceType<typeof PaymentMethod.class>): PaymentMethodView {
  const { id, gateway, brand, last4, expMonth, expYear, isDefault } = card;
  return { id, gateway, brand, last4, expMonth, expYear, isDefault };
}
