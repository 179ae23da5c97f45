import { readSandboxCard, type ReadCardResult } from '@atrium/core';
import { PaymentMethod, withTenant } from '@atrium/db';
import {
  addPaymentMethodUpdate,
  prepareCardSetupUpdate,
  removePaymentMethodUpdate,
  setDefaultPaymentMethodUpdate,
  type CardToAttachInput,
} from '@atrium/workflows';
import type { z } from 'zod';
import type { addPaymentMethodRequest } from '@atrium/core';
import type { ApiDependencies } from '../deps';
import { HttpError } from '../http/http-error';
import { completeOnboardingStep } from '../onboarding/complete-onboarding-step';
import { updateSubscription } from './subscription-workflow';

export async function listPaymentMethods(deps: ApiDependencies, companyId: string) {
  const cards = await withTenant(deps.orm, { companyId }, (em) => em.find(PaymentMethod, {}, { orderBy: { createdAt: 'asc' } }));
  return cards.map(({ id, brand, last4, expMonth, expYear, isDefault }) => ({ id, brand, last4, expMonth, expYear, isDefault }));
}

export function prepareCardSetup(deps: ApiDependencies, companyId: string) {
  return updateSubscription(deps, companyId, prepareCardSetupUpdate);
}

/**
 * Adds a card through the subscription workflow (which attaches it at the gateway and,
 * when dunning is open, retries the unpaid invoice at once). In test mode the number is
 * read here and only brand, last four and expiry go further.
 */
export async function addPaymentMethod(deps: ApiDependencies, companyId: string, request: z.infer<typeof addPaymentMethodRequest>) {
  let card: CardToAttachInput;
  if ('setupIntentId' in request) {
    if (deps.config.paymentGateway !== 'stripe') throw new HttpError(400, 'wrong_gateway', 'Cards are collected in test mode here; enter a test card number.');
    card = { gateway: 'stripe', setupIntentId: request.setupIntentId };
  } else {
    if (deps.config.paymentGateway !== 'sandbox') {
      throw new HttpError(400, 'wrong_gateway', 'Card numbers are collected by Stripe; use the card form on the billing page.');
    }
    const read: ReadCardResult = readSandboxCard(request, new Date());
    if (!read.ok) throw new HttpError(400, 'invalid_card', read.message, { number: read.message });
    card = { gateway: 'sandbox', ...read.card };
  }
  const paymentMethod = await updateSubscription(deps, companyId, addPaymentMethodUpdate, { card, makeDefault: request.makeDefault });
  await completeOnboardingStep(deps, companyId, 'payment_method');
  return paymentMethod;
}

export async function setDefaultPaymentMethod(deps: ApiDependencies, companyId: string, paymentMethodId: string) {
  await requireCard(deps, companyId, paymentMethodId);
  return updateSubscription(deps, companyId, setDefaultPaymentMethodUpdate, { paymentMethodId });
}

export async function removePaymentMethod(deps: ApiDependencies, companyId: string, paymentMethodId: string) {
  await requireCard(deps, companyId, paymentMethodId);
  await updateSubscription(deps, companyId, removePaymentMethodUpdate, { paymentMethodId });
}

/** Another company's card id, or a made-up one, is simply not here. */
async function requireCard(deps: ApiDependencies, companyId: string, paymentMethodId: string) {
  const card = await withTenant(deps.orm, { companyId }, (em) => em.findOne(PaymentMethod, { id: paymentMethodId }));
  if (!card) throw new HttpError(404, 'not_found', 'That card is not on file.');
}
