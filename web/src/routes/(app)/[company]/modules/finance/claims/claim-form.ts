import { currencies } from '@atrium/core';
import { z } from 'zod';
import { parseAmount } from '#lib/components/crm/format';

/**
 * A claim as a person types it: the amount like "89.99" (core's request takes minor units),
 * the rest as core's `expenseClaimInput` has it. `claimBody` turns it into the request.
 */
export const claimForm = z.object({
  amount: z
    .string()
    .trim()
    .min(1, { error: 'Give the amount, like 89.99.' })
    .refine((typed) => (parseAmount(typed, 'EUR') ?? 0) > 0, { error: 'Give the amount, like 89.99.' }),
  currency: z.enum(currencies, { error: 'Choose the currency.' }).default('EUR'),
  spentOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Give the date, like 2027-03-31.' }),
  categoryId: z.string().uuid({ error: 'Choose a category.' }),
  merchant: z.string().trim().min(1, { error: 'Name the shop or supplier.' }).max(120, { error: 'The merchant is at most 120 characters.' }),
  note: z.string().max(500, { error: 'The note is at most 500 characters.' }).default(''),
});
export type ClaimForm = z.infer<typeof claimForm>;

export const claimBody = (form: ClaimForm) => ({
  amountMinor: parseAmount(form.amount, form.currency) ?? 0,
  currency: form.currency,
  spentOn: form.spentOn,
  categoryId: form.categoryId,
  merchant: form.merchant,
  note: form.note,
});
/** The API's `amountMinor` is the form's `amount`. */
export const claimApiFields = { amountMinor: 'amount' };
