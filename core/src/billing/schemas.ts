import { z } from 'zod';
import { text } from '../api/text';
import { moduleKeys } from '../modules/catalog';
import { billingCycles } from './cycles';
import { planKeys } from './plans';

const uuid = (what: string) => z.uuid({ error: `That is not ${what} id.` });
const module = z.enum(moduleKeys, { error: `Modules are ${moduleKeys.join(', ')}.` });

/** A change a company asks for; the same shape is previewed and then applied. */
export const subscriptionChangeRequest = z
  .object({
    change: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('plan'), to: z.enum(planKeys, { error: `Plans are ${planKeys.join(', ')}.` }) }),
        z.object({ kind: z.literal('seats'), to: z.int({ error: 'Seats are a whole number.' }).min(1, { error: 'At least 1 seat.' }).max(10_000) }),
        z.object({ kind: z.literal('cycle'), to: z.enum(billingCycles, { error: 'Billing is monthly or annual.' }) }),
        z.object({ kind: z.literal('add_module'), module }),
        z.object({ kind: z.literal('remove_module'), module }),
      ],
      { error: 'Say what to change: plan, seats, cycle, add_module or remove_module.' },
    ),
  })
  .meta({ id: 'SubscriptionChangeRequest' });
export type SubscriptionChangeRequest = z.infer<typeof subscriptionChangeRequest>;

export const pauseRequest = z
  .object({
    until: z.iso.date({ error: 'A resume date is YYYY-MM-DD, or null to pause until you resume.' }).nullable().default(null),
  })
  .meta({ id: 'PauseRequest' });

/**
 * Adding a card. In test mode (sandbox) the dashboard posts one of Stripe's test cards;
 * with Stripe, the browser confirms a SetupIntent with Stripe Elements and posts its id,
 * so real card numbers never reach Atrium.
 */
export const addPaymentMethodRequest = z
  .union([
    z.object({
      number: text({ field: 'card number', min: 1, max: 30, messages: { required: 'Enter the card number.', min: 'Enter the card number.' } }),
      // Numbers as JSON numbers only: `true` or "12" is a mistake to report, not a month to guess.
      expMonth: z.int({ error: 'Enter the expiry month as a number from 1 to 12.' }).min(1, { error: 'The expiry month is 1 to 12.' }).max(12, { error: 'The expiry month is 1 to 12.' }),
      expYear: z.int({ error: 'Enter the expiry year as a four-digit number, e.g. 2030.' }).min(2000, { error: 'The expiry year has four digits, e.g. 2030.' }).max(2100, { error: 'The expiry year has four digits, e.g. 2030.' }),
      cvc: text({ field: 'security code', max: 4, trim: false, messages: { required: 'Enter the 3 or 4 digit security code.' } }).regex(/^\d{3,4}$/, { error: 'The security code is 3 or 4 digits.' }),
      makeDefault: z.boolean().default(true),
    }),
    z.object({ setupIntentId: text({ field: 'SetupIntent id', max: 255, trim: false }).regex(/^seti_\w+$/, { error: 'That is not a SetupIntent id.' }), makeDefault: z.boolean().default(true) }),
  ])
  .meta({ id: 'AddPaymentMethodRequest' });

export const paymentMethodIdParams = z.object({ companyId: uuid('a company'), paymentMethodId: uuid('a payment method') });
export const invoiceIdParams = z.object({ companyId: uuid('a company'), invoiceId: uuid('an invoice') });
export const invoiceDocumentQuery = z.object({
  document: z.enum(['invoice', 'receipt'], { error: 'The document is invoice or receipt.' }).default('invoice'),
});
