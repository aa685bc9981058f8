import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIsoDate, parseIsoDate } from '../calendar/epoch-day.ts';
import { contractualInterest, higherOfContractualAndStatutory } from './contractual-interest.ts';

const d = parseIsoDate;

describe('contractual interest per month (VAPRO 22.8: 1 % per month, part of a month counts whole)', () => {
  const vapro = {
    principal: 100_000,
    basisPointsPerMonth: 100,
    counting: 'started-months' as const,
    compoundYearly: false,
  };

  it('counts every started month whole', () => {
    const at = (from: string, to: string) =>
      contractualInterest({ ...vapro, firstDayOfDefault: d(from), paidOn: d(to) }).interest;
    assert.equal(at('2025-01-15', '2025-01-15'), 1_000);
    assert.equal(at('2025-01-15', '2025-02-14'), 1_000);
    assert.equal(at('2025-01-15', '2025-02-15'), 2_000);
    assert.equal(at('2025-01-31', '2025-02-28'), 2_000); // the second month starts on the clamped 28th
    assert.equal(at('2025-01-15', '2025-01-14'), 0);
  });

  it('compounds yearly when the setting says so', () => {
    const span = { firstDayOfDefault: d('2025-01-15'), paidOn: d('2026-01-15') };
    const simple = contractualInterest({ ...vapro, ...span });
    assert.equal(simple.months, 13);
    assert.equal(simple.interest, 13_000);
    const compound = contractualInterest({ ...vapro, ...span, compoundYearly: true });
    assert.deepEqual(
      compound.periods.map((p) => [
        formatIsoDate(p.from),
        formatIsoDate(p.to),
        p.months,
        p.principal,
        p.interest,
      ]),
      [
        ['2025-01-15', '2026-01-14', 12, 100_000, 12_000],
        ['2026-01-15', '2026-01-15', 1, 112_000, 1_120],
      ],
    );
    assert.equal(compound.interest, 13_120);
  });

  it('counts only completed months under that reading', () => {
    const result = contractualInterest({
      ...vapro,
      counting: 'completed-months',
      firstDayOfDefault: d('2025-01-15'),
      paidOn: d('2025-03-13'),
    });
    assert.equal(result.months, 1);
    assert.equal(result.interest, 1_000);
  });

  it('runs pro rata per day as monthly rate x 12 / 365', () => {
    const result = contractualInterest({
      principal: 100_000,
      basisPointsPerMonth: 250,
      counting: 'pro-rata-days',
      compoundYearly: false,
      firstDayOfDefault: d('2025-01-01'),
      paidOn: d('2025-03-31'),
    });
    // 1000 x 30 % x 90 / 365 = 73.97.
    assert.equal(result.interest, 7_397);
  });

  it('refuses a negative rate', () => {
    assert.throws(
      () => contractualInterest({ ...vapro, basisPointsPerMonth: -1, firstDayOfDefault: 0, paidOn: 10 }),
      /must not be negative/,
    );
  });
});

describe('"2.5 % per month unless the statutory rate is higher" (Ingenium 15.2)', () => {
  const span = {
    principal: 100_000,
    firstDayOfDefault: d('2025-01-01'),
    paidOn: d('2025-03-31'),
    counting: 'pro-rata-days' as const,
    compoundYearly: false,
    kind: 'commercial' as const,
  };

  it('applies the agreed 2.5 % when it gives more', () => {
    const result = higherOfContractualAndStatutory({ ...span, basisPointsPerMonth: 250 });
    assert.equal(result.applied, 'contractual');
    assert.equal(result.interest, 7_397);
    assert.equal(result.statutory.interest, 2_749); // 1000 x 11.15 % x 90 / 365
  });

  it('applies the statutory rate when it is higher', () => {
    const result = higherOfContractualAndStatutory({ ...span, basisPointsPerMonth: 50 });
    assert.equal(result.contractual.interest, 1_479);
    assert.equal(result.applied, 'statutory');
    assert.equal(result.interest, 2_749);
  });
});
