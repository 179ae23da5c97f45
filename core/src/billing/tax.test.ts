import { describe, expect, it } from 'vitest';
import { money } from './money';
import { euVatRates, formatTaxRate, isEuCountry, sellerCountry, taxOn, taxTreatment } from './tax';

describe('tax on an invoice', () => {
  it('sells from Germany', () => {
    expect(sellerCountry).toBe('DE');
  });

  it('knows the standard VAT rate of all 27 EU countries', () => {
    expect(Object.keys(euVatRates)).toHaveLength(27);
    expect(euVatRates.FR).toBe(2000);
    expect(euVatRates.HU).toBe(2700);
    expect(euVatRates.LU).toBe(1700);
    expect(euVatRates.FI).toBe(2550);
  });

  it('a German company pays 19 % German VAT, with or without a VAT id', () => {
    const consumer = taxTreatment({ country: 'DE', taxId: null });
    expect(consumer).toEqual({ country: 'DE', rate: 1900, reverseCharge: false, note: 'VAT 19% (DE)' });
    const business = taxTreatment({ country: 'DE', taxId: 'DE123456789' });
    expect(business.rate).toBe(1900);
    expect(business.reverseCharge).toBe(false);
  });

  it('a French company with a VAT id is invoiced under the reverse charge, without VAT', () => {
    const treatment = taxTreatment({ country: 'FR', taxId: 'FR40303265045' });
    expect(treatment.rate).toBe(0);
    expect(treatment.reverseCharge).toBe(true);
    expect(treatment.note).toMatch(/^Reverse charge/);
  });

  it('a French customer without a VAT id pays French VAT at 20 %', () => {
    expect(taxTreatment({ country: 'FR' })).toEqual({ country: 'FR', rate: 2000, reverseCharge: false, note: 'VAT 20% (FR)' });
    // a blank tax id is no tax id
    expect(taxTreatment({ country: 'FR', taxId: '  ' }).reverseCharge).toBe(false);
  });

  it('a Finnish consumer pays 25.5 %', () => {
    expect(taxTreatment({ country: 'fi' })).toMatchObject({ country: 'FI', rate: 2550, note: 'VAT 25.5% (FI)' });
  });

  it('a British company pays UK VAT at 20 %, an American one no tax, others none', () => {
    expect(taxTreatment({ country: 'GB', taxId: 'GB123456789' })).toMatchObject({ rate: 2000, reverseCharge: false, note: 'UK VAT 20%' });
    expect(taxTreatment({ country: 'US' })).toMatchObject({ rate: 0, reverseCharge: false });
    expect(taxTreatment({ country: 'US' }).note).toMatch(/simplified/);
    expect(taxTreatment({ country: 'CH', taxId: 'CHE-123.456.789' })).toMatchObject({ rate: 0, reverseCharge: false });
  });

  it('tells EU countries from others', () => {
    expect(isEuCountry('nl')).toBe(true);
    expect(isEuCountry('GB')).toBe(false);
    expect(isEuCountry('CH')).toBe(false);
  });

  it('writes rates for people', () => {
    expect(formatTaxRate(1900)).toBe('19%');
    expect(formatTaxRate(2550)).toBe('25.5%');
    expect(formatTaxRate(0)).toBe('0%');
    expect(formatTaxRate(1025)).toBe('10.25%');
  });

  it('computes tax on a subtotal, rounding half up once', () => {
    const de = taxTreatment({ country: 'DE' });
    // 11400 × 19% = 2166 exactly
    expect(taxOn(money(11400, 'EUR'), de)).toEqual(money(2166, 'EUR'));
    // 4350 × 19% = 826.5 → 827 (half up)
    expect(taxOn(money(4350, 'EUR'), de)).toEqual(money(827, 'EUR'));
    // 9900 × 25.5% = 2524.5 → 2525
    expect(taxOn(money(9900, 'EUR'), taxTreatment({ country: 'FI' }))).toEqual(money(2525, 'EUR'));
    // 1234 × 20% = 246.8 → 247
    expect(taxOn(money(1234, 'GBP'), taxTreatment({ country: 'GB' }))).toEqual(money(247, 'GBP'));
    // reverse charge: 0
    expect(taxOn(money(9900, 'EUR'), taxTreatment({ country: 'FR', taxId: 'FR1' }))).toEqual(money(0, 'EUR'));
  });
});
