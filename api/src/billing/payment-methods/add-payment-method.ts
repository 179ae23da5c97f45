import { readSandboxCard, type addPaymentMethodRequest } from '@atrium/core';
import { addPaymentMethodUpdate, type CardToAttachInput } from '@atrium/workflows';
import type { z } from 'zod';
import { recordAuditAfter } from '../../audit/record-audit';
import type { ApiDependencies } from '../../deps';
import type { Person } from '../../http/guards';
import { HttpError } from '../../http/http-error';
import { completeOnboardingStep } from '../../onboarding/complete-onboarding-step';
import { updateSubscription } from '../subscription-workflow';

/**
 * Adds a card through the subscription workflow (which attaches it at the gateway and,
 * when dunning is open, retries the unpaid invoice at once). In test mode the number is
 * read here and only brand, last four and expiry go further.
 */
export async function addPaymentMethod(deps: ApiDependencies, companyId: string, actor: Person, request: z.infer<typeof addPaymentMethodRequest>) {
  const paymentMethod = await updateSubscription(deps, companyId, addPaymentMethodUpdate, {
    card: cardToAttach(deps, request),
    makeDefault: request.makeDefault,
  });
  const { brand, last4, isDefault } = paymentMethod;
  await recordAuditAfter(deps, { companyId, actor, category: 'billing', action: 'payment_method.added', target: paymentMethod.id, details: { brand, last4, isDefault } });
  await completeOnboardingStep(deps, companyId, 'payment_method');
  return paymentMethod;
}

function cardToAttach(deps: ApiDependencies, request: z.infer<typeof addPaymentMethodRequest>): CardToAttachInput {
  if ('setupIntentId' in request) {
    if (deps.config.paymentGateway !== 'stripe') throw new HttpError(400, 'wrong_gateway', 'Cards are collected in test mode here; enter a test card number.');
    return { gateway: 'stripe', setupIntentId: request.setupIntentId };
  }
  if (deps.config.paymentGateway !== 'sandbox') {
    throw new HttpError(400, 'wrong_gateway', 'Card numbers are collected by Stripe; use the card form on the billing page.');
  }
  const read = readSandboxCard(request, new Date());
  if (!read.ok) throw new HttpError(400, 'invalid_card', read.message, { number: read.message });
  return { gateway: 'sandbox', ...read.card };
}
