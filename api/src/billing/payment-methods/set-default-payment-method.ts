import { setDefaultPaymentMethodUpdate } from '@atrium/workflows';
import { recordAuditAfter } from '../../audit/record-audit';
import type { ApiDependencies } from '../../deps';
import type { Person } from '../../http/guards';
import { updateSubscription } from '../subscription-workflow';
import { requireCard } from './list-payment-methods';

/** A new default card also retries an invoice that dunning is chasing. */
export async function setDefaultPaymentMethod(deps: ApiDependencies, companyId: string, actor: Person, paymentMethodId: string) {
  await requireCard(deps, companyId, paymentMethodId);
  const card = await updateSubscription(deps, companyId, setDefaultPaymentMethodUpdate, { paymentMethodId });
  await recordAuditAfter(deps, { companyId, actor, category: 'billing', action: 'payment_method.default_changed', target: card.id, details: { brand: card.brand, last4: card.last4 } });
  return card;
}
