import { removePaymentMethodUpdate } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { updateSubscription } from '../subscription-workflow';
import { requireCard } from './list-payment-methods';

/** Refused (409 `last_payment_method`) for the only card of a subscription still to be paid. */
export async function removePaymentMethod(deps: ApiDependencies, companyId: string, paymentMethodId: string) {
  await requireCard(deps, companyId, paymentMethodId);
  await updateSubscription(deps, companyId, removePaymentMethodUpdate, { paymentMethodId });
}
