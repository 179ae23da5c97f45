import { describe, expect, it } from 'vitest';
import { addPaymentMethodRequest, subscriptionChangeRequest } from './schemas';

const card = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2040, cvc: '123' };

describe('billing requests take numbers as numbers', () => {
  it('accept a card whose expiry is JSON numbers', () => {
    expect(addPaymentMethodRequest.parse(card)).toMatchObject({ expMonth: 12, expYear: 2040, makeDefault: true });
  });

  it.each([
    ['a boolean month', { expMonth: true }],
    ['a string month', { expMonth: '12' }],
    ['an empty string month', { expMonth: '' }],
    ['null month', { expMonth: null }],
    ['an array year', { expYear: [2040] }],
    ['a string year', { expYear: '2040' }],
    ['a fractional month', { expMonth: 1.5 }],
    ['month 13', { expMonth: 13 }],
  ])('refuse %s instead of coercing it', (_, patch) => {
    expect(addPaymentMethodRequest.safeParse({ ...card, ...patch }).success).toBe(false);
  });

  it('refuse seats given as a string or a boolean', () => {
    for (const to of ['5', true, 5.5, null]) {
      expect(subscriptionChangeRequest.safeParse({ change: { kind: 'seats', to } }).success).toBe(false);
    }
    expect(subscriptionChangeRequest.parse({ change: { kind: 'seats', to: 5 } })).toEqual({ change: { kind: 'seats', to: 5 } });
  });

  it('refuse makeDefault as a string', () => {
    expect(addPaymentMethodRequest.safeParse({ ...card, makeDefault: 'false' }).success).toBe(false);
  });
});
