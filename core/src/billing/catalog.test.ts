import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { money } from './money';
import { extraSeatPrice, extraSeats, modulePrice, planPrice, planWithSeatsPrice } from './prices';

describe('the price catalog', () => {
  it('lists Starter, Growth and Scale with their seats, in that order', () => {
    expect(catalog.plans.map((p) => [p.key, p.name, p.seatsIncluded, p.seatLimit])).toEqual([
      ['starter', 'Starter', 3, 5],
      ['growth', 'Growth', 10, 50],
      ['scale', 'Scale', 25, 500],
    ]);
  });

  it('prices Growth at €99, $109 and £85 a month', () => {
    expect(planPrice('growth', 'monthly', 'EUR')).toEqual(money(9900, 'EUR'));
    expect(planPrice('growth', 'monthly', 'USD')).toEqual(money(10900, 'USD'));
    expect(planPrice('growth', 'monthly', 'GBP')).toEqual(money(8500, 'GBP'));
  });

  it('gives two months free on annual billing', () => {
    // Growth: 9900 × 10 = 99000 (not 9900 × 12 = 118800)
    expect(planPrice('growth', 'annual', 'EUR')).toEqual(money(99000, 'EUR'));
    // Scale in dollars: 32900 × 10 = 329000
    expect(planPrice('scale', 'annual', 'USD')).toEqual(money(329000, 'USD'));
    // A Starter extra seat in pounds: 700 × 10 = 7000
    expect(extraSeatPrice('starter', 'annual', 'GBP')).toEqual(money(7000, 'GBP'));
    // CMS in dollars: 990 × 10 = 9900
    expect(modulePrice('cms', 'annual', 'USD')).toEqual(money(9900, 'USD'));
  });

  it('makes every annual price cheaper than twelve monthly ones', () => {
    const all = [...catalog.plans.flatMap((p) => [p.prices.base, p.prices.extraSeat]), ...catalog.modules.map((m) => m.prices)];
    for (const prices of all) {
      for (const currency of ['EUR', 'USD', 'GBP'] as const) {
        expect(prices.annual[currency]).toBeLessThan(prices.monthly[currency] * 12);
        expect(Number.isSafeInteger(prices.monthly[currency])).toBe(true);
      }
    }
  });

  it('charges less per extra seat on larger plans', () => {
    expect(extraSeatPrice('starter', 'monthly', 'EUR')).toEqual(money(800, 'EUR'));
    expect(extraSeatPrice('growth', 'monthly', 'EUR')).toEqual(money(700, 'EUR'));
    expect(extraSeatPrice('scale', 'monthly', 'EUR')).toEqual(money(600, 'EUR'));
  });

  it('a Growth company with 17 seats pays for 7 extra seats on top of the 10 included', () => {
    expect(extraSeats('growth', 17)).toBe(7);
    expect(extraSeats('growth', 4)).toBe(0);
    // 9900 + 7 × 700 = 9900 + 4900 = 14800
    expect(planWithSeatsPrice('growth', 17, 'monthly', 'EUR')).toEqual(money(14800, 'EUR'));
    // annual: 99000 + 7 × 7000 = 148000
    expect(planWithSeatsPrice('growth', 17, 'annual', 'EUR')).toEqual(money(148000, 'EUR'));
  });

  it('prices every module of the marketplace in every currency', () => {
    expect(catalog.modules.map((m) => m.key)).toEqual(['crm', 'hr', 'finance', 'projects', 'support', 'cms', 'analytics']);
    expect(modulePrice('hr', 'monthly', 'EUR')).toEqual(money(1500, 'EUR'));
    expect(modulePrice('support', 'monthly', 'USD')).toEqual(money(1850, 'USD'));
    expect(modulePrice('crm', 'monthly', 'GBP')).toEqual(money(1600, 'GBP'));
  });

  it('survives a trip through JSON unchanged, as GET /api/catalog serves it', () => {
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
    expect(catalog.currencies).toEqual([
      { code: 'EUR', minorUnitDigits: 2 },
      { code: 'USD', minorUnitDigits: 2 },
      { code: 'GBP', minorUnitDigits: 2 },
    ]);
    expect(catalog.cycles).toEqual(['monthly', 'annual']);
    expect(catalog.annualMonthsCharged).toBe(10);
  });
});
