import { error, fail } from '@sveltejs/kit';
import { formatMoney } from '@atrium/core';
import { cardName, day } from '#lib/components/billing/format';
import type { Schemas } from '#lib/api';
type AddPaymentMethodRequest = Schemas['AddPaymentMethodRequest'];
import type { BillingNotice, BillingOverview, ChangeResult, SubscriptionChange } from '#lib/components/billing/types';
import { answer, type Answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { abilityFor } from '#lib/permissions';
import { helpLinksFor } from '#lib/server/help-links';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * Owners and billing managers only; everyone else gets a 403 page, not an empty one. The
 * overview, the cards and the history are asked for alongside the layout's membership
 * check; for anyone else the 403 below wins and the API refuses them anyway.
 */
export const load: PageServerLoad = async (event) => {
  const { api } = event.locals;
  const params = { path: { companyId: event.params.company } };
  const answers = Promise.all([
    answer(api.GET('/api/companies/{companyId}/billing', { params })),
    answer(api.GET('/api/companies/{companyId}/billing/payment-methods', { params })),
    answer(api.GET('/api/companies/{companyId}/billing/invoices', { params })),
    helpLinksFor(event, 'billing'),
  ]);
  const { company } = await event.parent();
  if (!abilityFor(company.rules).can('read', 'Billing')) {
    error(403, 'Billing is for the owners and billing managers of this company.', { code: 'forbidden' });
  }
  const [overview, cards, invoices, helpArticles] = await answers;

  return {
    billing: overview.ok ? overview.data : null,
    billingProblem: overview.ok ? null : overview.problem,
    paymentMethods: cards.ok ? cards.data.paymentMethods : null,
    paymentMethodsProblem: cards.ok ? null : cards.problem,
    invoices: invoices.ok ? invoices.data.invoices : null,
    invoicesProblem: invoices.ok ? null : invoices.problem,
    helpArticles,
  };
};

export const actions: Actions = {
  /** Step one of a change: what it would cost now, or when it would take effect. Nothing changes. */
  preview: async (event) => {
    const change = changeFrom(await event.request.formData());
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/billing/preview', { params: companyParams(event), body: { change } }));
    if (!result.ok) return failed(event, result, { scope: 'change', kind: change.kind });
    return { preview: { change, result: result.data } };
  },

  /** Step two: the change the person saw previewed, applied (and charged) or scheduled. */
  change: async (event) => {
    const change = changeFrom(await event.request.formData());
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/billing/changes', { params: companyParams(event), body: { change } }));
    if (!result.ok) return failed(event, result, { scope: 'change', kind: change.kind });
    return { notice: { scope: 'change', kind: change.kind, tone: 'success', message: changeDone(change, result.data) } satisfies BillingNotice };
  },

  cancel: (event) => lifecycle(event, 'cancel', (billing) => `Your subscription ends on ${day(billing.subscription.periodEnd)}. Nothing more is charged.`),
  reactivate: (event) => lifecycle(event, 'reactivate', () => 'Your subscription continues.'),
  resume: (event) => lifecycle(event, 'resume', () => 'Your subscription is running again.'),
  pause: async (event) => {
    const until = textField(await event.request.formData(), 'until').trim();
    return lifecycle(event, 'pause', (billing) =>
      billing.subscription.pausedUntil ? `Paused until ${day(billing.subscription.pausedUntil)}.` : 'Paused until you resume.',
      { until: until || null },
    );
  },

  /** A test card typed into the form (test mode), or a SetupIntent Stripe's card form confirmed. */
  addCard: async (event) => {
    const form = await event.request.formData();
    const makeDefault = form.has('makeDefault');
    const setupIntentId = textField(form, 'setupIntentId');
    const values = { expMonth: textField(form, 'expMonth').trim(), expYear: textField(form, 'expYear').trim() };
    const body: AddPaymentMethodRequest = setupIntentId
      ? { setupIntentId, makeDefault }
      : {
          number: textField(form, 'number').trim(),
          expMonth: Number(values.expMonth),
          expYear: Number(values.expYear),
          cvc: textField(form, 'cvc').trim(),
          makeDefault,
        };
    const result = await answer(event.locals.api.POST('/api/companies/{companyId}/billing/payment-methods', { params: companyParams(event), body }));
    // The card number and security code are never sent back to the page.
    if (!result.ok) return failed(event, result, { scope: 'card-form' }, { values });
    const card = result.data.paymentMethod;
    const message = `${cardName(card)} added${card.isDefault ? ' as your default card' : ''}.`;
    return { notice: { scope: 'cards', id: card.id, tone: 'success', message } satisfies BillingNotice };
  },

  makeDefault: async (event) => {
    const paymentMethodId = textField(await event.request.formData(), 'paymentMethodId');
    const result = await answer(
      event.locals.api.POST('/api/companies/{companyId}/billing/payment-methods/{paymentMethodId}/default', {
        params: { path: { companyId: event.params.company, paymentMethodId } },
      }),
    );
    if (!result.ok) return failed(event, result, { scope: 'cards', id: paymentMethodId });
    const message = `${cardName(result.data.paymentMethod)} is now your default card.`;
    return { notice: { scope: 'cards', id: paymentMethodId, tone: 'success', message } satisfies BillingNotice };
  },

  removeCard: async (event) => {
    const form = await event.request.formData();
    const paymentMethodId = textField(form, 'paymentMethodId');
    const result = await answer(
      event.locals.api.DELETE('/api/companies/{companyId}/billing/payment-methods/{paymentMethodId}', {
        params: { path: { companyId: event.params.company, paymentMethodId } },
      }),
    );
    if (!result.ok) return failed(event, result, { scope: 'cards', id: paymentMethodId });
    const message = `${textField(form, 'name') || 'The card'} was removed.`;
    return { notice: { scope: 'cards', tone: 'success', message } satisfies BillingNotice };
  },
};

function companyParams(event: RequestEvent) {
  return { path: { companyId: event.params.company } };
}

/**
 * The change a form asks for, from its `kind` and `to` fields. Whatever was typed goes to
 * the API as it is, and the API says what is wrong with it.
 */
function changeFrom(form: FormData): SubscriptionChange {
  const to = textField(form, 'to').trim();
  switch (textField(form, 'kind')) {
    case 'seats':
      return { kind: 'seats', to: to === '' ? Number.NaN : Number(to) };
    case 'cycle':
      return { kind: 'cycle', to: to as 'monthly' | 'annual' };
    default:
      return { kind: 'plan', to: to as 'starter' | 'growth' | 'scale' };
  }
}

function changeDone(change: SubscriptionChange, { outcome, invoice, billing }: ChangeResult): string {
  const { subscription } = billing;
  if (outcome === 'scheduled') {
    const scheduled = subscription.scheduledChanges.at(-1);
    return `Scheduled: ${scheduled ? `${scheduled.description} on ${day(scheduled.effectiveOn)}` : 'this takes effect at the end of the period'}. Nothing is charged now.`;
  }
  const now =
    change.kind === 'plan'
      ? `You are now on ${subscription.planName}.`
      : change.kind === 'seats'
        ? `You now have ${subscription.seats} ${subscription.seats === 1 ? 'seat' : 'seats'}.`
        : `You are now billed ${subscription.cycle === 'annual' ? 'annually' : 'monthly'}.`;
  return invoice ? `${now} ${formatMoney(invoice.total)} was charged (invoice ${invoice.number}).` : now;
}

async function lifecycle(
  event: RequestEvent,
  verb: 'cancel' | 'reactivate' | 'resume' | 'pause',
  done: (billing: BillingOverview) => string,
  pause?: { until: string | null },
) {
  const { api } = event.locals;
  const params = companyParams(event);
  const result = await answer(
    verb === 'pause'
      ? api.POST('/api/companies/{companyId}/billing/pause', { params, body: pause ?? { until: null } })
      : api.POST(`/api/companies/{companyId}/billing/${verb}`, { params }),
  );
  if (!result.ok) return failed(event, result, { scope: 'subscription' });
  return { notice: { scope: 'subscription', tone: 'success', message: done(result.data) } satisfies BillingNotice };
}

/** A refusal as a failed action: the API's sentence, where on the page it belongs, and what was typed. */
function failed(
  event: RequestEvent,
  result: Extract<Answer<unknown>, { ok: false }>,
  where: Omit<BillingNotice, 'tone' | 'message'>,
  extra: { values?: Record<string, string> } = {},
) {
  const notice: BillingNotice = { ...where, tone: 'error', message: result.problem.message };
  return fail(result.status >= 400 ? result.status : 500, { notice, fields: result.problem.fields ?? {}, ...extra });
}
