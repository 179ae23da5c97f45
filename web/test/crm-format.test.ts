import { describe, expect, it } from 'vitest';
import { amountInput, parseAmount, parseTags, utcFromInput, utcInputValue } from '../src/lib/components/crm/format';

describe('what a person types in a CRM form', () => {
  it('reads amounts digit by digit into minor units, and refuses what is not an amount', () => {
    expect(parseAmount('12,500', 'EUR')).toBe(1_250_000);
    expect(parseAmount('€ 12,500.5', 'EUR')).toBe(1_250_050);
    expect(parseAmount('0.07', 'EUR')).toBe(7);
    expect(parseAmount('19.99', 'USD')).toBe(1999);
    for (const junk of ['', 'twelve', '1.234', '-5', '1e6', '12.5.0']) expect(parseAmount(junk, 'EUR'), junk).toBeNull();
    expect(amountInput(1_250_050, 'EUR')).toBe('12500.50');
    expect(amountInput(7, 'EUR')).toBe('0.07');
    expect(parseAmount(amountInput(123_456_789, 'EUR'), 'EUR')).toBe(123_456_789);
  });

  it('splits tags on commas and semicolons, without blanks or repeats', () => {
    expect(parseTags(' vip, navy;vip ,, engines ')).toEqual(['vip', 'navy', 'engines']);
    expect(parseTags('')).toEqual([]);
  });

  it('reads a date and time as UTC, as the dashboard shows times', () => {
    expect(utcFromInput('2030-01-01T09:00')).toBe('2030-01-01T09:00:00.000Z');
    expect(utcFromInput('2030-02-30T09:00')).toBeNull();
    expect(utcFromInput('tomorrow')).toBeNull();
    expect(utcInputValue('2030-01-01T09:00:00.000Z')).toBe('2030-01-01T09:00');
  });
});
