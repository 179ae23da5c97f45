import { z } from 'zod';
import { planKeys } from './plans';
import { billingCycles } from './cycles';
import { currencies } from './money';
import { subscriptionStatuses } from './subscription-status';
import { moduleKeys } from '../modules/catalog';

/**
 * What the billing API answers, as the dashboard's generated client reads it. Money is
 * always integer minor units with its currency.
 */

export const currency = z.enum(currencies).meta({ id: 'Currency' });
export const moneyView = z.object({ amount: z.int(), currency }).meta({ id: 'Money', description: 'Integer minor units' });
const calendarDay = z.string().meta({ description: 'YYYY-MM-DD' });
const moduleKey = z.enum(moduleKeys).meta({ id: 'ModuleKey' });

const priceByCurrency = z.object({ EUR: z.int(), USD: z.int(), GBP: z.int() });
const cyclePrices = z.object({ monthly: priceByCurrency, annual: priceByCurrency });
export const catalogView = z
  .object({
    currencies: z.array(z.object({ code: currency, minorUnitDigits: z.int() })),
    cycles: z.array(z.enum(billingCycles)),
    annualMonthsCharged: z.int(),
    plans: z.array(z.object({ key: z.enum(planKeys), name: z.string(), seatsIncluded: z.int(), seatLimit: z.int() }).loose()),
    modules: z.array(z.object({ key: moduleKey, name: z.string(), prices: cyclePrices })),
  })
  .meta({ id: 'Catalog', description: 'Every price in integer minor units' });

export const invoiceLineView = z
  .object({ description: z.string(), quantity: z.int(), unitAmount: moneyView, amount: moneyView })
  .meta({ id: 'InvoiceLine' });

/** Lines, subtotal, tax (`rate` in basis points, `note` for a reverse charge) and total. */
export const invoiceTotalsView = z
  .object({
    lines: z.array(invoiceLineView),
    subtotal: moneyView,
    tax: z.object({ rate: z.int().meta({ description: 'Basis points: 1900 = 19 %' }), note: z.string(), amount: moneyView }),
    total: moneyView,
  })
  .meta({ id: 'InvoiceTotals' });

export const dunningView = z
  .object({
    invoiceId: z.uuid(),
    invoiceNumber: z.string(),
    total: moneyView,
    attempts: z.int(),
    nextRetryAt: z.string().nullable(),
    /** After the last retry: paid modules are read-only until the invoice is paid. */
    suspended: z.boolean(),
    writeOffAt: z.string(),
  })
  .meta({ id: 'Dunning' });

export const subscriptionStatus = z.enum(subscriptionStatuses).meta({ id: 'SubscriptionStatus' });

export const scheduledChangeView = z
  .object({
    kind: z.enum(['plan', 'seats', 'cycle', 'remove_module']),
    to: z.union([z.string(), z.int()]).optional(),
    module: moduleKey.optional(),
    effectiveOn: calendarDay,
    description: z.string(),
  })
  .meta({ id: 'ScheduledChange' });

export const billingOverviewView = z
  .object({
    gateway: z.enum(['sandbox', 'stripe']),
    subscription: z.object({
      plan: z.enum(planKeys),
      planName: z.string(),
      cycle: z.enum(billingCycles),
      seats: z.int(),
      seatsIncluded: z.int(),
      seatLimit: z.int(),
      /** Seats are people: members plus pending invitations. */
      people: z.object({ members: z.int(), pendingInvitations: z.int() }),
      modules: z.array(moduleKey),
      currency,
      status: subscriptionStatus,
      periodStart: calendarDay,
      periodEnd: calendarDay,
      cancelAtPeriodEnd: z.boolean(),
      pausedUntil: z.string().nullable(),
      scheduledChanges: z.array(scheduledChangeView),
    }),
    items: z.array(z.object({ key: z.string(), description: z.string(), quantity: z.int(), unitAmount: moneyView, amount: moneyView })),
    /** What the next renewal charges; null when nothing will be (canceled, paused, ending). */
    upcoming: invoiceTotalsView.extend({ periodStart: calendarDay, periodEnd: calendarDay }).nullable(),
    dunning: dunningView.nullable(),
  })
  .meta({ id: 'BillingOverview' });

export const appliedPreviewView = invoiceTotalsView
  .extend({ outcome: z.literal('applied'), chargeNow: moneyView })
  .meta({ id: 'AppliedChangePreview' });

export const changePreviewView = z
  .discriminatedUnion('outcome', [
    appliedPreviewView,
    z.object({ outcome: z.literal('scheduled'), effectiveOn: calendarDay, message: z.string() }),
  ])
  .meta({ id: 'ChangePreview' });

export const chargedInvoiceView = z.object({ id: z.uuid(), number: z.string(), total: moneyView }).meta({ id: 'ChargedInvoice' });

export const changeResultView = z
  .object({
    outcome: z.enum(['applied', 'scheduled']),
    invoice: chargedInvoiceView.nullable(),
    billing: billingOverviewView,
  })
  .meta({ id: 'ChangeResult' });

export const paymentMethodView = z
  .object({ id: z.uuid(), brand: z.string(), last4: z.string(), expMonth: z.int(), expYear: z.int(), isDefault: z.boolean() })
  .meta({ id: 'PaymentMethod' });

export const cardSetupView = z
  .object({ gateway: z.enum(['sandbox', 'stripe']), clientSecret: z.string().nullable(), publishableKey: z.string().nullable() })
  .meta({ id: 'CardSetup' });

export const invoiceSummaryView = z
  .object({
    id: z.uuid(),
    number: z.string(),
    kind: z.enum(['renewal', 'change']),
    status: z.enum(['open', 'paid', 'void', 'uncollectible']),
    total: moneyView,
    issuedAt: z.string().nullable(),
    paidAt: z.string().nullable(),
    periodStart: calendarDay,
    periodEnd: calendarDay,
    hasReceipt: z.boolean(),
  })
  .meta({ id: 'InvoiceSummary' });

export const stripeWebhookReceipt = z.object({ received: z.boolean(), type: z.string() }).meta({ id: 'StripeWebhookReceipt' });

export type BillingOverviewView = z.infer<typeof billingOverviewView>;
export type ChangePreviewView = z.infer<typeof changePreviewView>;
export type ChangeResultView = z.infer<typeof changeResultView>;
