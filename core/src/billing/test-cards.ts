/**
 * The sandbox gateway's cards: Stripe's documented test numbers, so that a company in
 * test mode (and a test) can walk every billing path offline. Only these are accepted:
 * test mode never takes a real card number.
 */
export const sandboxTestCards = {
  '4242424242424242': { brand: 'visa', behaviour: 'succeeds' },
  '4000000000000341': { brand: 'visa', behaviour: 'attaches, then charges fail' },
  '4000000000009995': { brand: 'visa', behaviour: 'charges fail: insufficient funds' },
  '4000000000000002': { brand: 'visa', behaviour: 'declined when added' },
  '5555555555554444': { brand: 'mastercard', behaviour: 'succeeds' },
} as const satisfies Record<string, { brand: string; behaviour: string }>;

export interface SandboxCardDetails {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export type ReadCardResult = { ok: true; card: SandboxCardDetails } | { ok: false; message: string };

/**
 * Checks a test card as typed (spaces allowed) and keeps only what we store: brand, last
 * four and expiry. `today` decides whether the expiry has passed.
 */
export function readSandboxCard(input: { number: string; expMonth: number; expYear: number }, today: Date): ReadCardResult {
  const digits = input.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return { ok: false, message: 'A card number is 12 to 19 digits.' };
  const known = (sandboxTestCards as Record<string, { brand: string }>)[digits];
  if (!known) {
    return { ok: false, message: 'Test mode takes only test cards, such as 4242 4242 4242 4242. Real card numbers are never accepted here.' };
  }
  const { expMonth, expYear } = input;
  if (!Number.isInteger(expMonth) || expMonth < 1 || expMonth > 12) return { ok: false, message: 'The expiry month is 1 to 12.' };
  if (!Number.isInteger(expYear) || expYear < 2000 || expYear > 2100) return { ok: false, message: 'The expiry year has four digits, e.g. 2030.' };
  const lastValidMonth = expYear * 12 + expMonth;
  const thisMonth = today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
  if (lastValidMonth < thisMonth) return { ok: false, message: `This card expired in ${String(expMonth).padStart(2, '0')}/${expYear}.` };
  return { ok: true, card: { brand: known.brand, last4: digits.slice(-4), expMonth, expYear } };
}

/** The last day a card with this expiry can be charged: the end of its expiry month. */
export function cardExpiresAfter(expMonth: number, expYear: number): string {
  const lastDay = new Date(Date.UTC(expYear, expMonth, 0));
  return lastDay.toISOString().slice(0, 10);
}
