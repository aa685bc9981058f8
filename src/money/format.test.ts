import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DomainProblem } from '../platform/domain-problem.ts';
import { formatDecimal, formatEuro, parseEuro } from './format.ts';

describe('formatEuro', () => {
  it('writes Dutch amounts as "€ 1.234,50"', () => {
    assert.equal(formatEuro(14750, 'nl'), '€ 147,50');
    assert.equal(formatEuro(123456, 'nl'), '€ 1.234,56');
    assert.equal(formatEuro(123456789, 'nl'), '€ 1.234.567,89');
    assert.equal(formatEuro(5, 'nl'), '€ 0,05');
    assert.equal(formatEuro(0, 'nl'), '€ 0,00');
    assert.equal(formatEuro(-14750, 'nl'), '€ -147,50');
  });

  it('writes English amounts as "€1,234.50"', () => {
    assert.equal(formatEuro(14750, 'en'), '€147.50');
    assert.equal(formatEuro(123456789, 'en'), '€1,234,567.89');
    assert.equal(formatEuro(-14750, 'en'), '-€147.50');
  });

  it('writes plain decimals for exports', () => {
    assert.equal(formatDecimal(123456), '1234.56');
    assert.equal(formatDecimal(-5), '-0.05');
  });
});

describe('parseEuro', () => {
  it('reads a long run of spaces in linear time (issue 12, item 1)', () => {
    const started = performance.now();
    assert.throws(() => parseEuro(`-${' '.repeat(1_500)}x`), DomainProblem);
    assert.equal(parseEuro(`EUR${' '.repeat(20_000)}12,50`), 1250);
    // The pattern it replaces took seconds for the first and hours for the second; a second here
    // leaves room for a busy machine.
    assert.ok(performance.now() - started < 1000);
  });

  it('reads the ways people write amounts', () => {
    assert.equal(parseEuro('EUR 12,50'), 1250);
    assert.equal(parseEuro('€ 1.234,56'), 123456);
    assert.equal(parseEuro('€1,234.56'), 123456);
    assert.equal(parseEuro('1.234.567,8'), 123456780);
    assert.equal(parseEuro('1.234.567'), 123456700);
    assert.equal(parseEuro('12.5'), 1250);
    assert.equal(parseEuro('1250'), 125000);
    assert.equal(parseEuro('-7,00'), -700);
    assert.equal(parseEuro('EUR -5'), -500);
    assert.equal(parseEuro('  eur 0,05 '), 5);
  });

  it('refuses what it cannot read without guessing, naming the input', () => {
    const cases: [string, RegExp][] = [
      ['1.250', /'1.250' is not an amount in euros: '.' could mean thousands or decimals/],
      ['12,345', /could mean thousands or decimals/],
      ['12,3456', /more than two decimals/],
      ['1,2,3', /misplaced separator/],
      ['12.', /ends in a separator/],
      ['', /empty/],
      ['abc', /write it like 12,50/],
      ['12.34.56', /misplaced separator|grouped by three/],
      ['1.23,45', /grouped by three/],
      ['--5', /write it like|two signs/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseEuro(text, 'lines.0.price'),
        (error: unknown) =>
          error instanceof DomainProblem &&
          error.errors[0]?.path === 'lines.0.price' &&
          message.test(error.errors[0].message),
        text,
      );
    }
  });

  it('reads back what formatEuro writes, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (cents) => {
        assert.equal(parseEuro(formatEuro(cents, 'nl')), cents);
        assert.equal(parseEuro(formatEuro(cents, 'en')), cents);
      }),
      { numRuns: 2000 },
    );
  });
});
