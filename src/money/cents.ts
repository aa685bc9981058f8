/**
 * Money is an integer number of euro cents; a percentage is basis points (10000 = 100 %, 1 = 0.01 %).
 * DESIGN.md, conventions: "Never a float for an amount; round half up to the cent."
 *
 * Arithmetic here uses only integer operations (+, -, *, % and exact division) on safe integers, and
 * BigInt when a product could exceed 2^53, so no result ever depends on binary-fraction rounding.
 */
export type Cents = number;
export type BasisPoints = number;

export const BASIS_POINTS_PER_WHOLE = 10_000;

export function assertCents(value: number, name = 'amount'): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${name} must be a whole number of cents, got ${value}`);
}

export function assertBasisPoints(value: number, name = 'rate'): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${name} must be a whole number of basis points, got ${value}`);
}

/**
 * numerator / denominator rounded half up to an integer, for integers with a positive denominator.
 * "Half up" is half away from zero, so a credit (negative) mirrors its invoice: -0.5 cent -> -1 cent.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(
      `cannot divide ${numerator} by ${denominator}: integers with a positive divisor only`,
    );
  }
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  const twice = Math.abs(remainder) * 2;
  if (twice >= denominator) return numerator < 0 ? quotient - 1 : quotient + 1;
  return quotient;
}

/** The same as divideRoundHalfUp on BigInts. */
export function divideRoundHalfUpBig(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('divisor must be positive');
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  const absRemainder = remainder < 0n ? -remainder : remainder;
  if (absRemainder * 2n >= denominator) return numerator < 0n ? quotient - 1n : quotient + 1n;
  return quotient;
}

/** a x b / divisor, rounded half up, exact for any safe-integer inputs (BigInt when the product is large). */
export function mulDivRoundHalfUp(a: number, b: number, divisor: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divideRoundHalfUp(product, divisor);
  const result = divideRoundHalfUpBig(BigInt(a) * BigInt(b), BigInt(divisor));
  return toSafeNumber(result);
}

/**
 * `bp` basis points of `cents`, rounded half up to the cent: percentOf(14750, 2100) = 3098
 * (21 % of EUR 147.50 = EUR 30.975 -> EUR 30.98).
 */
export function percentOf(cents: Cents, bp: BasisPoints): Cents {
  assertCents(cents);
  assertBasisPoints(bp);
  return mulDivRoundHalfUp(cents, bp, BASIS_POINTS_PER_WHOLE);
}

/** Sum of amounts, checked to stay a safe integer. */
export function sumCents(amounts: readonly Cents[]): Cents {
  let total = 0;
  for (const amount of amounts) {
    assertCents(amount);
    total += amount;
  }
  assertCents(total, 'sum');
  return total;
}

export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`amount ${value} is too large to represent in cents`);
  }
  return Number(value);
}

/** Whole euros and cents to cents, for readable literals: euros(147, 50) = 14750; a fraction such as euros(147.5) throws. */
export function euros(whole: number, cents = 0): Cents {
  assertCents(whole, 'euros');
  assertCents(cents, 'cents');
  if (cents < 0 || cents > 99) throw new RangeError(`cents must be 0..99, got ${cents}`);
  return whole < 0 ? whole * 100 - cents : whole * 100 + cents;
}
