/**
 * Rounding of money arithmetic without floating point. Every fraction of a cent in
 * Atrium (a prorated price, tax on a subtotal) is the rational a × b / c, rounded once,
 * half up, to a whole minor unit.
 */

/**
 * round(a × b / c), half away from zero ("commercial" half up: 0.5 → 1, −0.5 → −1).
 * Works on BigInt internally so a × b never loses precision; the inputs and the result
 * must be safe integers.
 */
export function mulDivRoundHalfUp(a: number, b: number, c: number): number {
  for (const [name, value] of [['a', a], ['b', b], ['c', c]] as const) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`mulDivRoundHalfUp: ${name} must be a safe integer, got ${value}`);
  }
  if (c === 0) throw new RangeError('mulDivRoundHalfUp: division by zero');

  const numerator = BigInt(a) * BigInt(b);
  const denominator = BigInt(c);
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  if (2n * (n % d) >= d) quotient += 1n;

  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result)) throw new RangeError('mulDivRoundHalfUp: result is not a safe integer');
  return result === 0 ? 0 : result;
}
