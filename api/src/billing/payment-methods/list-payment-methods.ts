import { PaymentMethod, withTenant } from '@atrium/db';
import type { ApiDependencies } from '../../deps';
import { HttpError } from '../../http/http-error';

export async function listPaymentMethods(deps: ApiDependencies, companyId: string) {
  const cards = await withTenant(deps.orm, { companyId }, (em) => em.find(PaymentMethod, {}, { orderBy: { createdAt: 'asc' } }));
  return cards.map(({ id, brand, last4, expMonth, expYear, isDefault }) => ({ id, brand, last4, expMonth, expYear, isDefault }));
}

/** Another company's card id, or a made-up one, is simply not here. */
export async function requireCard(deps: ApiDependencies, companyId: string, paymentMethodId: string) {
  const card = await withTenant(deps.orm, { companyId }, (em) => em.findOne(PaymentMethod, { id: paymentMethodId }));
  if (!card) throw new HttpError(404, 'not_found', 'That card is not on file.');
  return card;
}
