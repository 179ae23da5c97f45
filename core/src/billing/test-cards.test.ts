import { describe, expect, it } from 'vitest';
import { cardExpiresAfter, readSandboxCard } from './test-cards';

const today = new Date('2026-11-24T10:00:00Z');

describe('sandbox test cards', () => {
  it('keeps brand, last four and expiry of a documented test card, spaces allowed', () => {
    expect(readSandboxCard({ number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030 }, today)).toEqual({
      ok: true,
      card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030 },
    });
  });

  it('refuses a number that is not a test card, saying which to use', () => {
    const result = readSandboxCard({ number: '4111 1111 1111 1112', expMonth: 12, expYear: 2030 }, today);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('4242 4242 4242 4242') });
  });

  it('refuses an expired card, but takes one expiring this month', () => {
    expect(readSandboxCard({ number: '4242424242424242', expMonth: 10, expYear: 2026 }, today)).toEqual({
      ok: false,
      message: 'This card expired in 10/2026.',
    });
    expect(readSandboxCard({ number: '4242424242424242', expMonth: 11, expYear: 2026 }, today).ok).toBe(true);
  });

  it('refuses a month outside 1 to 12 and letters', () => {
    expect(readSandboxCard({ number: '4242424242424242', expMonth: 13, expYear: 2030 }, today).ok).toBe(false);
    expect(readSandboxCard({ number: '4242abcd', expMonth: 1, expYear: 2030 }, today).ok).toBe(false);
  });

  it('a card expiring 02/2028 can be charged until 29 February 2028', () => {
    expect(cardExpiresAfter(2, 2028)).toBe('2028-02-29');
    expect(cardExpiresAfter(12, 2026)).toBe('2026-12-31');
  });
});
