import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { divideRoundHalfUp, euros, mulDivRoundHalfUp, percentOf, sumCents } from './cents.ts';

/** Half away from zero on BigInts: the reference percentOf must equal. */
function referencePercentOf(cents: bigint, bp: bigint): bigint {
  const product = cents * bp;
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  return sign * ((magnitude * 2n + 10_000n) / 20_000n);
}

describe('percentOf', () => {
  it('rounds half up to the cent', () => {
    assert.equal(percentOf(14750, 2100), 3098); // 30.975 -> 30.98
    assert.equal(percentOf(10, 2500), 3); // 2.5 -> 3
    assert.equal(percentOf(10, 2400), 2); // 2.4 -> 2
    assert.equal(percentOf(100000, 1500), 15000);
    assert.equal(percentOf(1, 4999), 0);
    assert.equal(percentOf(1, 5000), 1);
    assert.equal(percentOf(0, 2100), 0);
  });

  it('mirrors a credit: half away from zero for negative amounts', () => {
    assert.equal(percentOf(-10, 2500), -3);
    assert.equal(percentOf(-14750, 2100), -3098);
  });

  it('stays exact for amounts whose product passes 2^53', () => {
    assert.equal(percentOf(Number.MAX_SAFE_INTEGER, 10_000), Number.MAX_SAFE_INTEGER);
    assert.equal(percentOf(900_719_925_474_099, 5_000), 450_359_962_737_050);
    assert.throws(() => percentOf(Number.MAX_SAFE_INTEGER, 20_000), /too large/);
  });

  it('equals BigInt arithmetic for any cents and basis points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (cents, bp) => {
          assert.equal(BigInt(percentOf(cents, bp)), referencePercentOf(BigInt(cents), BigInt(bp)));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rejects a fraction of a cent or of a basis point', () => {
    assert.throws(() => percentOf(10.5, 2100), /whole number of cents/);
    assert.throws(() => percentOf(1050, 21.5), /whole number of basis points/);
  });
});

describe('integer division and sums', () => {
  it('divides rounding half away from zero', () => {
    assert.equal(divideRoundHalfUp(5, 2), 3);
    assert.equal(divideRoundHalfUp(-5, 2), -3);
    assert.equal(divideRoundHalfUp(7, 3), 2);
    assert.equal(divideRoundHalfUp(-7, 3), -2);
    assert.throws(() => divideRoundHalfUp(1, 0), /positive divisor/);
    assert.equal(mulDivRoundHalfUp(100_000, 1250 * 30, 3_650_000), 1027);
  });

  it('sums cents and builds literals', () => {
    assert.equal(sumCents([100, 250, -50]), 300);
    assert.equal(euros(147, 50), 14750);
    assert.equal(euros(-2, 5), -205);
    assert.throws(() => euros(147.5), /whole number/);
    assert.throws(() => sumCents([Number.MAX_SAFE_INTEGER, 1]), /sum must be a whole number/);
  });
});
