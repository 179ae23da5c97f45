import { describe, expect, it } from 'vitest';
import { mulDivRoundHalfUp } from './rounding';

describe('rounding a × b / c half up, without floating point', () => {
  it('an exact division is returned as is', () => {
    // 2900 × 15 / 30 = 43500 / 30 = 1450 exactly
    expect(mulDivRoundHalfUp(2900, 15, 30)).toBe(1450);
  });

  it('a fraction below one half rounds down, above one half rounds up', () => {
    // 9900 × 17 / 31 = 168300 / 31 = 5429.03… → 5429
    expect(mulDivRoundHalfUp(9900, 17, 31)).toBe(5429);
    // 2900 × 20 / 31 = 58000 / 31 = 1870.96… → 1871
    expect(mulDivRoundHalfUp(2900, 20, 31)).toBe(1871);
  });

  it('an exact half cent rounds up', () => {
    // 1850 × 7 / 28 = 12950 / 28 = 462.5 → 463
    expect(mulDivRoundHalfUp(1850, 7, 28)).toBe(463);
    // 1 × 1 / 2 = 0.5 → 1
    expect(mulDivRoundHalfUp(1, 1, 2)).toBe(1);
    // 15 × 1900 / 10000 = 2.85 → 3 ; 50 × 1900 / 10000 = 9.5 → 10
    expect(mulDivRoundHalfUp(15, 1900, 10000)).toBe(3);
    expect(mulDivRoundHalfUp(50, 1900, 10000)).toBe(10);
  });

  it('a half that binary floating point would get wrong still rounds up', () => {
    // 1.005 × 100 is 100.49999… in floats; here 1005 × 1 / 10 = 100.5 → 101
    expect(mulDivRoundHalfUp(1005, 1, 10)).toBe(101);
    // 0.285 × 100 = 28.499… in floats; 285 / 10 = 28.5 → 29
    expect(mulDivRoundHalfUp(285, 1, 10)).toBe(29);
  });

  it('negative amounts round half away from zero, mirroring positive ones', () => {
    // −1850 × 7 / 28 = −462.5 → −463 ; −9900 × 17 / 31 = −5429.03… → −5429
    expect(mulDivRoundHalfUp(-1850, 7, 28)).toBe(-463);
    expect(mulDivRoundHalfUp(-9900, 17, 31)).toBe(-5429);
    expect(mulDivRoundHalfUp(1850, 7, -28)).toBe(-463);
  });

  it('zero stays zero, and less than half a cent is zero', () => {
    expect(mulDivRoundHalfUp(0, 17, 31)).toBe(0);
    expect(Object.is(mulDivRoundHalfUp(-1, 1, 3), 0)).toBe(true);
  });

  it('large products do not lose precision', () => {
    // (2^53 − 1) × 3 / 3 = 2^53 − 1, although the product itself exceeds 2^53
    expect(mulDivRoundHalfUp(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses fractions and division by zero', () => {
    expect(() => mulDivRoundHalfUp(10.5, 1, 2)).toThrow(RangeError);
    expect(() => mulDivRoundHalfUp(10, 1, 0)).toThrow(/division by zero/);
    expect(() => mulDivRoundHalfUp(Number.MAX_SAFE_INTEGER, 4, 2)).toThrow(/safe integer/);
  });
});
