import {
  addPaymentMethodRequest,
  apiError,
  billingOverviewView,
  cardSetupView,
  catalog,
  catalogView,
  changePreviewView,
  changeResultView,
  invoiceSummaryView,
  paymentMethodView,
  stripeWebhookReceipt,
  companyIdParams,
  invoiceDocumentQuery,
  invoiceIdParams,
  pauseRequest,
  paymentMethodIdParams,
  subscriptionChangeRequest,
} from '@atrium/core';
import { z } from 'zod';
import type { ApiDependencies } from '../deps';
import type { RouteRegistry } from '../http/routes';
import { validate } from '../http/validate';
import { billingOverview } from './billing-overview';
import { changeSubscriptionNow } from './change-subscription';
import { invoicePdf, listInvoices } from './invoices';
import { addPaymentMethod } from './payment-methods/add-payment-method';
import { listPaymentMethods } from './payment-methods/list-payment-methods';
import { prepareCardSetup } from './payment-methods/prepare-card-setup';
import { removePaymentMethod } from './payment-methods/remove-payment-method';
import { setDefaultPaymentMethod } from './payment-methods/set-default-payment-method';
import { previewChange } from './preview-change';
import { receiveStripeWebhook } from './stripe-webhook/receive-stripe-webhook';
import { cancelSubscription, pauseSubscription, reactivateSubscription, resumeSubscription } from './subscription-lifecycle';

const refused = { description: 'Refused, with a message a person can act on', schema: apiError };
const paymentNeeded = { description: 'A card is needed, or it was declined', schema: apiError };

export function registerBillingRoutes(registry: RouteRegistry, deps: ApiDependencies): void {
  const billing = '/api/companies/:companyId/billing';
  const companyId = (ctx: { state: { membership: { companyId: string } } }) => ctx.state.membership.companyId;

  registry.add({
    method: 'get', path: '/api/catalog', summary: 'Plans and modules with their prices per cycle and currency', tags: ['billing'],
    access: 'public', responses: { 200: { description: 'The catalog', schema: catalogView } },
    handler: (ctx) => {
      ctx.set('cache-control', 'public, max-age=300');
      ctx.body = catalog;
    },
  });

  registry.add({
    method: 'get', path: billing, summary: 'Plan, items, the next charge and any payment problem', tags: ['billing'],
    access: 'company', can: ['read', 'Billing'], params: companyIdParams,
    responses: { 200: { description: 'The billing overview', schema: billingOverviewView } },
    handler: async (ctx) => {
      ctx.body = await billingOverview(deps, companyId(ctx));
    },
  });

  registry.add({
    method: 'post', path: `${billing}/preview`, summary: 'What a change would cost now, or when it takes effect', tags: ['billing'],
    access: 'company', can: ['update', 'Billing'], params: companyIdParams, body: subscriptionChangeRequest,
    responses: { 200: { description: 'The preview', schema: changePreviewView }, 409: refused },
    handler: async (ctx) => {
      ctx.body = await previewChange(deps, companyId(ctx), validate(subscriptionChangeRequest, ctx.request.body));
    },
  });

  registry.add({
    method: 'post', path: `${billing}/changes`, summary: 'Change plan, seats, cycle or modules (upgrades are charged now)', tags: ['billing'],
    access: 'company', can: ['update', 'Billing'], params: companyIdParams, body: subscriptionChangeRequest,
    responses: { 200: { description: 'Applied or scheduled', schema: changeResultView }, 402: paymentNeeded, 409: refused },
    handler: async (ctx) => {
      ctx.body = await changeSubscriptionNow(deps, companyId(ctx), ctx.state.person, validate(subscriptionChangeRequest, ctx.request.body));
    },
  });

  const lifecycle = [
    ['cancel', 'Cancel at the end of the period', cancelSubscription],
    ['reactivate', 'Undo a cancellation, or start again', reactivateSubscription],
    ['resume', 'Resume a paused subscription', resumeSubscription],
  ] as const;
  for (const [verb, summary, run] of lifecycle) {
    registry.add({
      method: 'post', path: `${billing}/${verb}`, summary, tags: ['billing'],
      access: 'company', can: ['update', 'Billing'], params: companyIdParams,
      responses: { 200: { description: 'The billing overview', schema: billingOverviewView }, 402: paymentNeeded, 409: refused },
      handler: async (ctx) => {
        ctx.body = await run(deps, companyId(ctx), ctx.state.person);
      },
    });
  }

  registry.add({
    method: 'post', path: `${billing}/pause`, summary: 'Pause now, until a date or until resumed', tags: ['billing'],
    access: 'company', can: ['update', 'Billing'], params: companyIdParams, body: pauseRequest,
    responses: { 200: { description: 'Paused', schema: billingOverviewView }, 400: refused, 409: refused },
    handler: async (ctx) => {
      const { until } = validate(pauseRequest, ctx.request.body ?? {});
      ctx.body = await pauseSubscription(deps, companyId(ctx), ctx.state.person, until);
    },
  });

  registry.add({
    method: 'get', path: `${billing}/payment-methods`, summary: 'Cards on file', tags: ['billing'],
    access: 'company', can: ['read', 'Billing'], params: companyIdParams,
    responses: { 200: { description: 'Cards', schema: z.object({ paymentMethods: z.array(paymentMethodView) }) } },
    handler: async (ctx) => {
      ctx.body = { paymentMethods: await listPaymentMethods(deps, companyId(ctx)) };
    },
  });

  registry.add({
    method: 'post', path: `${billing}/payment-methods/setup`, summary: 'What the card form needs (a Stripe SetupIntent secret)', tags: ['billing'],
    access: 'company', can: ['create', 'Billing'], params: companyIdParams,
    responses: { 200: { description: 'Card setup', schema: cardSetupView } },
    handler: async (ctx) => {
      ctx.body = await prepareCardSetup(deps, companyId(ctx));
    },
  });

  registry.add({
    method: 'post', path: `${billing}/payment-methods`, summary: 'Add a card (a test card in test mode, a confirmed SetupIntent with Stripe)', tags: ['billing'],
    access: 'company', can: ['create', 'Billing'], params: companyIdParams, body: addPaymentMethodRequest,
    responses: { 201: { description: 'Added', schema: z.object({ paymentMethod: paymentMethodView }) }, 400: refused, 402: paymentNeeded },
    handler: async (ctx) => {
      const paymentMethod = await addPaymentMethod(deps, companyId(ctx), ctx.state.person, validate(addPaymentMethodRequest, ctx.request.body));
      ctx.status = 201;
      ctx.body = { paymentMethod };
    },
  });

  registry.add({
    method: 'post', path: `${billing}/payment-methods/:paymentMethodId/default`, summary: 'Make a card the default', tags: ['billing'],
    access: 'company', can: ['update', 'Billing'], params: paymentMethodIdParams,
    responses: { 200: { description: 'The new default', schema: z.object({ paymentMethod: paymentMethodView }) }, 404: refused },
    handler: async (ctx) => {
      const { paymentMethodId } = validate(paymentMethodIdParams, ctx.params);
      ctx.body = { paymentMethod: await setDefaultPaymentMethod(deps, companyId(ctx), ctx.state.person, paymentMethodId) };
    },
  });

  registry.add({
    method: 'delete', path: `${billing}/payment-methods/:paymentMethodId`, summary: 'Remove a card (not the last one while subscribed)', tags: ['billing'],
    access: 'company', can: ['delete', 'Billing'], params: paymentMethodIdParams,
    responses: { 204: { description: 'Removed' }, 404: refused, 409: refused },
    handler: async (ctx) => {
      const { paymentMethodId } = validate(paymentMethodIdParams, ctx.params);
      await removePaymentMethod(deps, companyId(ctx), ctx.state.person, paymentMethodId);
      ctx.status = 204;
    },
  });

  registry.add({
    method: 'get', path: `${billing}/invoices`, summary: 'Billing history, newest first', tags: ['billing'],
    access: 'company', can: ['read', 'Billing'], params: companyIdParams,
    responses: { 200: { description: 'Invoices', schema: z.object({ invoices: z.array(invoiceSummaryView) }) } },
    handler: async (ctx) => {
      ctx.body = { invoices: await listInvoices(deps, companyId(ctx)) };
    },
  });

  registry.add({
    method: 'get', path: `${billing}/invoices/:invoiceId/pdf`, summary: 'The invoice, or its receipt once paid, as PDF', tags: ['billing'],
    access: 'company', can: ['read', 'Billing'], params: invoiceIdParams,
    responses: { 200: { description: 'The PDF', media: 'application/pdf' }, 404: refused },
    handler: async (ctx) => {
      const { invoiceId } = validate(invoiceIdParams, ctx.params);
      const { document } = validate(invoiceDocumentQuery, ctx.query);
      const pdf = await invoicePdf(deps, companyId(ctx), invoiceId, document);
      ctx.type = 'application/pdf';
      ctx.set('content-disposition', `attachment; filename="${pdf.filename}"`);
      ctx.set('cache-control', 'private, no-store');
      ctx.body = pdf.bytes;
    },
  });

  registry.add({
    method: 'post', path: '/api/webhooks/stripe', summary: "Stripe's events, signature-verified", tags: ['billing'],
    access: 'public',
    responses: { 200: { description: 'Received', schema: stripeWebhookReceipt }, 400: { description: 'Bad signature', schema: apiError } },
    handler: async (ctx) => {
      const raw = (ctx.request as unknown as { rawBody?: string }).rawBody ?? '';
      ctx.body = await receiveStripeWebhook(deps, raw, ctx.get('stripe-signature') || undefined);
    },
  });
}
