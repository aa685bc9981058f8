import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  addDays,
  addMonths,
  addYears,
  completedMonthsBetween,
  daysBetween,
  endOfMonth,
  startedMonthsBetween,
  startOfMonth,
} from './date-arithmetic.ts';
import { formatIsoDate, parseIsoDate } from './epoch-day.ts';

const d = parseIsoDate;

describe('calendar-day arithmetic', () => {
  it('adds days and measures spans', () => {
    assert.equal(formatIsoDate(addDays(d('2025-02-27'), 2)), '2025-03-01');
    assert.equal(formatIsoDate(addDays(d('2024-02-27'), 2)), '2024-02-29');
    assert.equal(formatIsoDate(addDays(d('2025-01-01'), -1)), '2024-12-31');
    assert.equal(daysBetween(d('2025-01-01'), d('2025-12-31')), 364);
    assert.equal(daysBetween(d('2025-12-31'), d('2025-01-01')), -364);
    assert.throws(() => addDays(d('2025-01-01'), 0.5), /integer/);
  });
});

describe('month arithmetic', () => {
  it('clamps to the last day of a shorter month', () => {
    assert.equal(formatIsoDate(addMonths(d('2025-01-31'), 1)), '2025-02-28');
    assert.equal(formatIsoDate(addMonths(d('2024-01-31'), 1)), '2024-02-29');
    assert.equal(formatIsoDate(addMonths(d('2025-03-31'), 1)), '2025-04-30');
    assert.equal(formatIsoDate(addMonths(d('2025-03-31'), -1)), '2025-02-28');
    assert.equal(formatIsoDate(addMonths(d('2024-02-29'), 12)), '2025-02-28');
    assert.equal(formatIsoDate(addYears(d('2024-02-29'), 4)), '2028-02-29');
    assert.equal(formatIsoDate(addMonths(d('2025-11-15'), 3)), '2026-02-15');
    assert.equal(formatIsoDate(addMonths(d('2025-01-15'), -13)), '2023-12-15');
  });

  it('starts every step from the original date, so the day of the month comes back', () => {
    assert.equal(formatIsoDate(addMonths(d('2025-01-31'), 2)), '2025-03-31');
  });

  it('agrees with Temporal (overflow constrain) for any date and offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('1990-01-01'), max: d('2100-12-31') }),
        fc.integer({ min: -240, max: 240 }),
        (day, n) => {
          const expected = Temporal.PlainDate.from(formatIsoDate(day)).add({ months: n }).toString();
          assert.equal(formatIsoDate(addMonths(day, n)), expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds the first and last day of a month', () => {
    assert.equal(formatIsoDate(startOfMonth(d('2024-02-17'))), '2024-02-01');
    assert.equal(formatIsoDate(endOfMonth(d('2024-02-17'))), '2024-02-29');
    assert.equal(formatIsoDate(endOfMonth(d('2025-12-01'))), '2025-12-31');
  });
});

describe('startedMonthsBetween: "a part of a month counts as a whole month" (VAPRO 22.8)', () => {
  it('counts the first month as started on its first day', () => {
    assert.equal(startedMonthsBetween(d('2025-01-15'), d('2025-01-15')), 1);
    assert.equal(startedMonthsBetween(d('2025-01-15'), d('2025-02-14')), 1);
    assert.equal(startedMonthsBetween(d('2025-01-15'), d('2025-02-15')), 2);
    assert.equal(startedMonthsBetween(d('2025-01-15'), d('2026-01-14')), 12);
    assert.equal(startedMonthsBetween(d('2025-01-15'), d('2026-01-15')), 13);
  });

  it('starts a period on the clamped day after a month end', () => {
    assert.equal(startedMonthsBetween(d('2025-01-31'), d('2025-02-27')), 1);
    assert.equal(startedMonthsBetween(d('2025-01-31'), d('2025-02-28')), 2);
    assert.equal(startedMonthsBetween(d('2025-01-31'), d('2025-03-30')), 2);
    assert.equal(startedMonthsBetween(d('2025-01-31'), d('2025-03-31')), 3);
  });

  it('is 0 when the end is before the start', () => {
    assert.equal(startedMonthsBetween(d('2025-01-15'), d('2025-01-14')), 0);
    assert.equal(completedMonthsBetween(d('2025-01-15'), d('2025-01-14')), 0);
  });

  it('counts completed months only when the whole period has passed', () => {
    assert.equal(completedMonthsBetween(d('2025-01-15'), d('2025-02-13')), 0);
    assert.equal(completedMonthsBetween(d('2025-01-15'), d('2025-02-14')), 1);
    assert.equal(completedMonthsBetween(d('2025-01-15'), d('2025-02-15')), 1);
  });

  it('matches counting period starts one by one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('2000-01-01'), max: d('2090-12-31') }),
        fc.integer({ min: -40, max: 800 }),
        (from, span) => {
          const to = from + span;
          let started = 0;
          while (addMonths(from, started) <= to) started++;
          assert.equal(startedMonthsBetween(from, to), started);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
