import { describe, expect, it } from 'vitest';
import { cardExpiryState } from './card-expiry';

describe('a card as Billing flags it', () => {
  it('is expiring within 30 days of its last valid day, expired after it, and fine before', () => {
    // Valid through 31 March 2031.
    expect(cardExpiryState(3, 2031, '2031-02-28')).toEqual({ kind: 'valid' });
    expect(cardExpiryState(3, 2031, '2031-03-01')).toEqual({ kind: 'expiring', lastDay: '2031-03-31', daysLeft: 30 });
    expect(cardExpiryState(3, 2031, '2031-03-31')).toEqual({ kind: 'expiring', lastDay: '2031-03-31', daysLeft: 0 });
    expect(cardExpiryState(3, 2031, '2031-04-01')).toEqual({ kind: 'expired', lastDay: '2031-03-31' });
  });
});
