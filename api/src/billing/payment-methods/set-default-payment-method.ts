import { setDefaultPaymentMethodUpdate } from '@atrium/workflows';
import type { ApiDependencies } from '../../deps';
import { updateSubscription } from '../subscription-workflow';
import { requireCard } from './list-payment-methods';

/** A new default card also retries an invoice that dunning is chasing. */
export async function setDefaultPaymentMethod(deps: ApiDependencies, companyId: string, paymentMethodId: string) {
  await requireCard(deps, companyId, paymentMethodId);
  return updateSubscription(deps, companyId, setDefaultPaymentMethodUpdate, { paymentMethodId });
}
