import { removePaymentMethodUpdate } from '@atrium/workflows';
import { recordAuditAfter } from '../../audit/record-audit';
import type { ApiDependencies } from '../../deps';
import type { Person } from '../../http/guards';
import { updateSubscription } from '../subscription-workflow';
import { requireCard } from './list-payment-methods';

/** Refused (409 `last_payment_method`) for the only card of a subscription still to be paid. */
export async function removePaymentMethod(deps: ApiDependencies, companyId: string, actor: Person, paymentMethodId: string) {
  const card = await requireCard(deps, companyId, paymentMethodId);
  await updateSubscription(deps, companyId, removePaymentMethodUpdate, { paymentMethodId });
  await recordAuditAfter(deps, { companyId, actor, category: 'billing', action: 'payment_method.removed', target: paymentMethodId, details: { brand: card.brand, last4: card.last4 } });
}
