import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  formatMoney,
  maxMoney,
  money,
  multiplyMoney,
  negateMoney,
  subtractMoney,
  sumMoney,
  toDecimalString,
  zeroMoney,
} from './money';

const eur = (amount: number) => money(amount, 'EUR');

describe('money in minor units', () => {
  it('a Growth price of €99.00 plus an HR module at €15.00 is €114.00', () => {
    // 9900 + 1500 = 11400 cents
    expect(addMoney(eur(9900), eur(1500))).toEqual({ amount: 11400, currency: 'EUR' });
  });

  it('seven extra seats at $8.00 each cost $56.00', () => {
    // 800 × 7 = 5600 cents
    expect(multiplyMoney(money(800, 'USD'), 7)).toEqual({ amount: 5600, currency: 'USD' });
  });

  it('summing an invoice in pounds, and the empty sum is zero', () => {
    // 8500 + 1600 + 1300 = 11400 pence
    expect(sumMoney('GBP', [money(8500, 'GBP'), money(1600, 'GBP'), money(1300, 'GBP')])).toEqual(money(11400, 'GBP'));
    expect(sumMoney('GBP', [])).toEqual({ amount: 0, currency: 'GBP' });
  });

  it('subtracting a credit can go below zero, and zero has one sign', () => {
    // 1000 − 1450 = −450
    expect(subtractMoney(eur(1000), eur(1450))).toEqual(eur(-450));
    expect(Object.is(subtractMoney(eur(5), eur(5)).amount, 0)).toBe(true);
    expect(Object.is(negateMoney(zeroMoney('EUR')).amount, 0)).toBe(true);
    expect(negateMoney(eur(463))).toEqual(eur(-463));
  });

  it('compares amounts of one currency', () => {
    expect(compareMoney(eur(100), eur(200))).toBe(-1);
    expect(compareMoney(eur(200), eur(200))).toBe(0);
    expect(compareMoney(eur(300), eur(200))).toBe(1);
    expect(maxMoney(eur(-5), zeroMoney('EUR'))).toEqual(eur(0));
  });

  it('refuses fractions of a cent', () => {
    expect(() => eur(10.5)).toThrow(/whole number of minor units/);
    expect(() => eur(Number.NaN)).toThrow(RangeError);
    expect(() => eur(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => multiplyMoney(eur(800), 1.5)).toThrow(/whole quantity/);
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(eur(100), money(100, 'USD'))).toThrow(/EUR and USD/);
    expect(() => subtractMoney(money(100, 'GBP'), eur(100))).toThrow(/GBP and EUR/);
    expect(() => sumMoney('EUR', [money(100, 'GBP')])).toThrow(/EUR and GBP/);
    expect(() => compareMoney(eur(1), money(1, 'USD'))).toThrow(RangeError);
  });

  it('refuses an unknown currency', () => {
    expect(() => money(100, 'JPY' as never)).toThrow(/Unknown currency JPY/);
  });

  it('writes amounts as exact decimals', () => {
    expect(toDecimalString(eur(2900))).toBe('29.00');
    expect(toDecimalString(eur(5))).toBe('0.05');
    expect(toDecimalString(eur(-463))).toBe('-4.63');
    expect(toDecimalString(eur(0))).toBe('0.00');
    // 2^53 − 1 cents = 90071992547409.91, which no float can hold exactly
    expect(toDecimalString(eur(Number.MAX_SAFE_INTEGER))).toBe('90071992547409.91');
  });

  it('formats each currency for people', () => {
    expect(formatMoney(eur(123450))).toBe('€1,234.50');
    expect(formatMoney(money(10900, 'USD'))).toBe('$109.00');
    expect(formatMoney(money(5, 'GBP'), 'en-GB')).toBe('£0.05');
    expect(formatMoney(money(-463, 'GBP'), 'en-GB')).toBe('-£4.63');
    // German puts a no-break space before the euro sign
    expect(formatMoney(eur(123450), 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney(eur(Number.MAX_SAFE_INTEGER))).toBe('€90,071,992,547,409.91');
  });
});
