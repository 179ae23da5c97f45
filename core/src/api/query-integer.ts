import { z } from 'zod';

export interface QueryIntegerOptions {
  /** The parameter as a person reads it in a sentence: "page size", "year". */
  field: string;
  min: number;
  max: number;
  /** Sentences that say more than the defaults below ("Pick a year from 2000."). */
  messages?: { type?: string; min?: string; max?: string };
}

/** Digits only: no sign, no spaces, no exponent, no hex, no decimal point. */
const digitsOnly = /^\d+$/;

/**
 * A whole number in a query string, e.g. `?limit=50`. Query values arrive as text, and
 * zod's number coercion (`z.coerce` with `number`) reads far more than a person means by a number: '' and ' ' as 0,
 * ' 1' as 1, '1e3' as 1000, '0x10' as 16, '1.0' as 1. This takes digits and nothing else,
 * then the bounds, each with a sentence that names the parameter and its range.
 *
 * The OpenAPI document calls it an integer with its bounds (a client writes `limit: 50`,
 * which openapi-fetch sends as `limit=50`); what the server accepts is the digits.
 */
export function queryInteger({ field, min, max, messages = {} }: QueryIntegerOptions) {
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 0 || min > max) {
    throw new Error(`queryInteger(${field}): the bounds must be whole numbers with 0 ≤ min ≤ max.`);
  }
  const range = `from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  const typeMessage = messages.type ?? `The ${field} is a whole number ${range}, in digits only.`;
  return z
    .string({ error: typeMessage })
    .regex(digitsOnly, { error: typeMessage })
    // Digits are a whole number already; past 2^53 Number() rounds, but such a value is over
    // any bound we set, and says so (zod's .int() would answer in its own words instead).
    .transform((digits) => Number(digits))
    .pipe(
      z
        .number()
        .min(min, { error: messages.min ?? `The ${field} is at least ${min.toLocaleString('en')}.` })
        .max(max, { error: messages.max ?? `The ${field} is at most ${max.toLocaleString('en')}.` }),
    )
    // zod-openapi renders the input (a string with a pattern); the document says what a client sends.
    .meta({
      override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
        delete jsonSchema.pattern;
        Object.assign(jsonSchema, { type: 'integer', minimum: min, maximum: max });
      },
    });
}
