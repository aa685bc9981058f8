import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  civilDate,
  dayOfWeek,
  epochDayOf,
  formatIsoDate,
  fromPlainDate,
  isWeekend,
  parseIsoDate,
  toEpochDay,
  toPlainDate,
} from './epoch-day.ts';

describe('epoch days', () => {
  it('counts days from 1970-01-01', () => {
    assert.equal(parseIsoDate('1970-01-01'), 0);
    assert.equal(parseIsoDate('1969-12-31'), -1);
    assert.equal(parseIsoDate('2000-03-01'), 11017);
    assert.equal(formatIsoDate(0), '1970-01-01');
    assert.equal(formatIsoDate(-1), '1969-12-31');
  });

  it('agrees with Temporal on the date and the weekday of any day from 1900 to 2200', () => {
    const first = parseIsoDate('1900-01-01');
    const last = parseIsoDate('2200-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const plain = Temporal.PlainDate.from('1970-01-01').add({ days: day });
        assert.equal(formatIsoDate(day), plain.toString());
        assert.equal(dayOfWeek(day), plain.dayOfWeek);
        assert.equal(fromPlainDate(plain), day);
        assert.ok(toPlainDate(day).equals(plain));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows leap days, and rejects dates that do not exist', () => {
    assert.deepEqual(civilDate(parseIsoDate('2024-02-29')), { year: 2024, month: 2, day: 29 });
    assert.equal(parseIsoDate('2000-02-29') + 1, parseIsoDate('2000-03-01'));
    assert.throws(() => parseIsoDate('2100-02-29'), /2100-02-29 is not a valid date/);
    assert.throws(() => parseIsoDate('2025-13-01'), /not a valid date/);
    assert.throws(() => parseIsoDate('2025-4-1'), /'2025-4-1' is not a date in the form YYYY-MM-DD/);
    assert.throws(() => epochDayOf(2025, 1, 1.5), /integers/);
  });

  it('treats Saturday and Sunday as the weekend', () => {
    assert.equal(isWeekend(parseIsoDate('2025-04-26')), true);
    assert.equal(isWeekend(parseIsoDate('2025-04-27')), true);
    assert.equal(isWeekend(parseIsoDate('2025-04-28')), false);
    assert.equal(dayOfWeek(parseIsoDate('2025-04-28')), 1);
  });

  it('converts boundary inputs and refuses a fractional day', () => {
    assert.equal(toEpochDay('2025-05-29'), parseIsoDate('2025-05-29'));
    assert.equal(toEpochDay(Temporal.PlainDate.from('2025-05-29')), parseIsoDate('2025-05-29'));
    assert.equal(toEpochDay(20000), 20000);
    assert.throws(() => toEpochDay(1.5), /epoch day must be an integer/);
  });
});
