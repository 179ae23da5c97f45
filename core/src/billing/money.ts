/**
 * Money is a whole number of minor units (cents, pence) in one currency. Never a float:
 * a price of €29.00 is `{ amount: 2900, currency: 'EUR' }`.
 */
export const currencies = ['EUR', 'USD', 'GBP'] as const;
export type Currency = (typeof currencies)[number];

/** How many minor units make one major unit, as a power of ten. */
export const minorUnitDigits: Record<Currency, number> = { EUR: 2, USD: 2, GBP: 2 };

export interface Money {
  amount: number;
  currency: Currency;
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (currencies as readonly string[]).includes(value);
}

/** Builds an amount, refusing anything that is not a whole number of minor units. */
export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Money is a whole number of minor units; got ${amount} ${currency}`);
  }
  if (!isCurrency(currency)) throw new RangeError(`Unknown currency ${String(currency)}`);
  // -0 and 0 would compare equal but serialise differently in places; keep one zero.
  return { amount: amount === 0 ? 0 : amount, currency };
}

export function zeroMoney(currency: Currency): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): Currency {
  if (a.currency !== b.currency) {
    throw new RangeError(`Cannot combine ${a.currency} and ${b.currency}: convert first`);
  }
  return a.currency;
}

export function addMoney(a: Money, b: Money): Money {
  return money(a.amount + b.amount, sameCurrency(a, b));
}

export function subtractMoney(a: Money, b: Money): Money {
  return money(a.amount - b.amount, sameCurrency(a, b));
}

/** Sum of amounts that must all be in `currency`; the empty sum is zero. */
export function sumMoney(currency: Currency, amounts: readonly Money[]): Money {
  return amounts.reduce(addMoney, zeroMoney(currency));
}

/** A price times a whole quantity (seats, months). */
export function multiplyMoney(price: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) {
    throw new RangeError(`A price is multiplied by a whole quantity; got ${quantity}`);
  }
  return money(price.amount * quantity, price.currency);
}

export function negateMoney(value: Money): Money {
  return money(-value.amount, value.currency);
}

/** −1, 0 or 1, for sorting and for "is this more than that". */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

/** The amount as an exact decimal string in major units: 2900 EUR → "29.00". */
export function toDecimalString(value: Money): `${number}` {
  const digits = minorUnitDigits[value.currency];
  const sign = value.amount < 0 ? '-' : '';
  const units = String(Math.abs(value.amount)).padStart(digits + 1, '0');
  const major = units.slice(0, units.length - digits);
  const minor = units.slice(units.length - digits);
  return `${sign}${major}${digits > 0 ? `.${minor}` : ''}` as `${number}`;
}

/**
 * For people: "€1,234.50", "1.234,50 €" in German. Intl formats the exact decimal
 * string, so no amount ever passes through a float on its way to the screen.
 */
export function formatMoney(value: Money, locale = 'en'): string {
  return moneyFormatOf(locale, value.currency).format(toDecimalString(value));
}

// Making an Intl.NumberFormat costs far more than formatting with one (it was 2 % of the
// API's time under `npm run bench -- api`), and there are a few locales and currencies.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormatOf(locale: string, currency: Money['currency']): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const digits = minorUnitDigits[currency];
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  return format;
}

/** Why a company's currency cannot change once it has an invoice, and what it can do instead. */
export const currencyLockedMessage =
  'Your currency is fixed once you have an invoice, so that every invoice and credit is in one currency. To bill in another currency, cancel and start a new company in it, or ask Atrium support.';
