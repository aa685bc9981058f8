import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { DomainProblem } from '../platform/domain-problem.ts';
import { formatIsoDate, parseIsoDate } from './epoch-day.ts';
import { easterSunday } from './holidays.ts';
import type { CalendarSettings } from './settings.ts';
import { createCalendar, WorkingDayCalendar } from './working-day-calendar.ts';

const d = parseIsoDate;

const NL: CalendarSettings = {
  country: 'NL',
  goodFridayOff: false,
  liberationDayOff: 'lustrum',
  newYearsEveOff: false,
  closingDays: [],
  timeZone: 'Europe/Amsterdam',
  officeHoursEnd: '17:00',
};
const BE: CalendarSettings = { ...NL, country: 'BE', liberationDayOff: 'never', timeZone: 'Europe/Brussels' };

function names(calendar: WorkingDayCalendar, from: string, to: string): string[] {
  return calendar
    .holidaysBetween(d(from), d(to))
    .map((h) => `${formatIsoDate(h.day)} ${h.name.nl} / ${h.name.en}`);
}

describe('NL public holidays', () => {
  const nl = createCalendar(NL);

  it('moves Koningsdag to 26 April when 27 April is a Sunday (2025), a Saturday either way', () => {
    assert.deepEqual(names(nl, '2025-04-20', '2025-05-01'), ['2025-04-21 Tweede paasdag / Easter Monday']);
    assert.equal(nl.isWorkingDay(d('2025-04-25')), true);
    assert.equal(nl.isWorkingDay(d('2025-04-28')), true);
    // Friday 25 April to Monday 28 April 2025: only Friday counts.
    assert.equal(nl.countWorkingDays(d('2025-04-25'), d('2025-04-28')), 1);
  });

  it('makes Koningsdag on a weekday a day off (Monday 27 April 2026) and Koninginnedag before 2014', () => {
    assert.equal(nl.isWorkingDay(d('2026-04-27')), false);
    assert.deepEqual(names(nl, '2026-04-27', '2026-04-28'), ["2026-04-27 Koningsdag / King's Day"]);
    assert.equal(nl.isWorkingDay(d('2013-04-30')), false);
    assert.equal(nl.isWorkingDay(d('2014-04-30')), true);
  });

  it('treats Hemelvaartsdag (Thursday 14 May 2026) as a day off', () => {
    assert.equal(nl.isWorkingDay(d('2026-05-14')), false);
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2026-05-13'), 1)), '2026-05-15');
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2026-05-15'), -1)), '2026-05-13');
    assert.equal(nl.countWorkingDays(d('2026-05-11'), d('2026-05-18')), 4);
    assert.deepEqual(names(nl, '2026-05-11', '2026-05-18'), ['2026-05-14 Hemelvaartsdag / Ascension Day']);
  });

  it('treats Whit Monday as a day off and Whit Sunday as a Sunday', () => {
    assert.equal(nl.isWorkingDay(d('2026-05-25')), false);
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2026-05-22'), 1)), '2026-05-26');
    assert.deepEqual(names(nl, '2026-05-23', '2026-05-26'), ['2026-05-25 Tweede pinksterdag / Whit Monday']);
  });

  it('treats both Christmas days as days off', () => {
    assert.equal(nl.isWorkingDay(d('2025-12-25')), false);
    assert.equal(nl.isWorkingDay(d('2025-12-26')), false);
    assert.equal(nl.isWorkingDay(d('2025-12-24')), true);
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2025-12-24'), 1)), '2025-12-29');
  });

  it('has 254 working days in 2025 with 5 May off in lustrum years, 255 without', () => {
    assert.equal(nl.countWorkingDays(d('2025-01-01'), d('2026-01-01')), 254);
    assert.equal(
      createCalendar({ ...NL, liberationDayOff: 'never' }).countWorkingDays(d('2025-01-01'), d('2026-01-01')),
      255,
    );
  });
});

describe('optional days off are explicit choices', () => {
  it('Good Friday (3 April 2026): working unless the provider closes', () => {
    assert.equal(createCalendar(NL).isWorkingDay(d('2026-04-03')), true);
    const closed = createCalendar({ ...NL, goodFridayOff: true });
    assert.equal(closed.isWorkingDay(d('2026-04-03')), false);
    assert.deepEqual(names(closed, '2026-04-01', '2026-04-07'), [
      '2026-04-03 Goede Vrijdag / Good Friday',
      '2026-04-06 Tweede paasdag / Easter Monday',
    ]);
  });

  it('Liberation Day: never, every year, or in lustrum years only', () => {
    const never = createCalendar({ ...NL, liberationDayOff: 'never' });
    const every = createCalendar({ ...NL, liberationDayOff: 'every-year' });
    const lustrum = createCalendar({ ...NL, liberationDayOff: 'lustrum' });
    // Monday 5 May 2025 (a lustrum year), Tuesday 5 May 2026 (not one).
    assert.deepEqual(
      [never, every, lustrum].map((c) => [c.isWorkingDay(d('2025-05-05')), c.isWorkingDay(d('2026-05-05'))]),
      [
        [true, true],
        [false, false],
        [false, true],
      ],
    );
    assert.deepEqual(names(lustrum, '2025-05-05', '2025-05-06'), [
      '2025-05-05 Bevrijdingsdag / Liberation Day',
    ]);
  });

  it('31 December: working unless chosen off', () => {
    assert.equal(createCalendar(NL).isWorkingDay(d('2025-12-31')), true);
    assert.equal(createCalendar({ ...NL, newYearsEveOff: true }).isWorkingDay(d('2025-12-31')), false);
  });

  it('computes Easter as date-holidays does, for every supported year', () => {
    const source = new Holidays('NL', { types: ['public'] });
    for (let year = 1990; year <= 2100; year++) {
      const easter = source.getHolidays(year).find((h) => h.rule === 'easter');
      assert.equal(formatIsoDate(easterSunday(year)), easter?.date.slice(0, 10), `Easter ${year}`);
    }
  });
});

describe('BE (Flanders) public holidays', () => {
  const be = createCalendar(BE);
  const nl = createCalendar(NL);

  it('makes 21 July and 11 November days off in Belgium, not in the Netherlands', () => {
    for (const day of ['2025-07-21', '2025-11-11', '2025-08-15', '2025-05-01']) {
      assert.equal(nl.isWorkingDay(d(day)), true, `NL ${day}`);
    }
    assert.equal(be.isWorkingDay(d('2025-07-21')), false);
    assert.equal(be.isWorkingDay(d('2025-11-11')), false);
    assert.equal(be.isWorkingDay(d('2025-08-15')), false);
    assert.equal(be.isWorkingDay(d('2025-05-01')), false);
    assert.deepEqual(names(be, '2025-07-01', '2025-12-01'), [
      '2025-07-21 Nationale feestdag / National Holiday',
      '2025-08-15 Tenhemelopneming / Assumption',
      '2025-11-11 Wapenstilstand / Armistice Day',
    ]);
  });

  it('agrees with date-holidays BE (VLG, public) on every weekday of 1990-2100', () => {
    const source = new Holidays('BE', 'VLG', { types: ['public'] });
    for (let year = 1990; year <= 2100; year++) {
      const holidays = new Set(source.getHolidays(year).map((h) => h.date.slice(0, 10)));
      for (let day = d(`${year}-01-01`); day <= d(`${year}-12-31`); day++) {
        const weekday = (((day + 3) % 7) + 7) % 7 < 5;
        assert.equal(be.isWorkingDay(day), weekday && !holidays.has(formatIsoDate(day)), formatIsoDate(day));
      }
    }
  });

  it("keeps King's Day and Boxing Day as working days in Belgium", () => {
    assert.equal(be.isWorkingDay(d('2026-04-27')), true);
    assert.equal(be.isWorkingDay(d('2025-12-26')), true);
    assert.equal(be.isWorkingDay(d('2025-12-25')), false);
  });
});

describe('closing days', () => {
  const calendar = createCalendar({
    ...NL,
    closingDays: [
      { from: '2025-12-22', to: '2026-01-02', name: { nl: 'Kerstsluiting', en: 'Christmas closure' } },
      '2025-06-13',
    ],
  });

  it('closes every day of a range and a single day', () => {
    assert.equal(calendar.isWorkingDay(d('2025-12-19')), true);
    for (let day = d('2025-12-22'); day <= d('2026-01-02'); day++)
      assert.equal(calendar.isWorkingDay(day), false);
    assert.equal(calendar.isWorkingDay(d('2026-01-05')), true);
    assert.equal(calendar.isWorkingDay(d('2025-06-13')), false);
    assert.equal(formatIsoDate(calendar.addWorkingDays(d('2025-12-19'), 1)), '2026-01-05');
    assert.equal(calendar.countWorkingDays(d('2025-12-15'), d('2026-01-12')), 10);
  });

  it('names each closing day, and a holiday inside the range once per reason', () => {
    const christmas = names(calendar, '2025-12-25', '2025-12-26');
    assert.deepEqual(christmas, [
      '2025-12-25 Kerstmis / Christmas Day',
      '2025-12-25 Kerstsluiting / Christmas closure',
    ]);
    assert.deepEqual(names(calendar, '2025-06-13', '2025-06-14'), ['2025-06-13 Sluitingsdag / Closing day']);
  });
});

describe('counting and stepping', () => {
  const nl = createCalendar(NL);

  it('counts half-open: from counts, to does not', () => {
    // Monday 2 to Monday 9 June 2025 (9 June is Whit Monday).
    assert.equal(nl.countWorkingDays(d('2025-06-02'), d('2025-06-09')), 5);
    assert.equal(nl.countWorkingDays(d('2025-06-02'), d('2025-06-03')), 1);
    assert.equal(nl.countWorkingDays(d('2025-06-02'), d('2025-06-02')), 0);
  });

  it('is antisymmetric: to before from gives minus the count', () => {
    assert.equal(nl.countWorkingDays(d('2025-06-09'), d('2025-06-02')), -5);
    assert.equal(nl.countWorkingDays(d('2025-06-03'), d('2025-06-02')), -1);
  });

  it('never returns the start day itself, working day or not', () => {
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2025-06-02'), 1)), '2025-06-03');
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2025-06-02'), -1)), '2025-05-30');
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2025-06-07'), 1)), '2025-06-10');
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2025-06-07'), -1)), '2025-06-06');
    assert.equal(formatIsoDate(nl.addWorkingDays(d('2025-06-07'), 0)), '2025-06-07');
  });

  it('finds the next and previous working day', () => {
    assert.equal(formatIsoDate(nl.nextWorkingDayOnOrAfter(d('2025-06-07'))), '2025-06-10');
    assert.equal(formatIsoDate(nl.nextWorkingDayOnOrAfter(d('2025-06-10'))), '2025-06-10');
    assert.equal(formatIsoDate(nl.previousWorkingDayOnOrBefore(d('2025-06-09'))), '2025-06-06');
    assert.equal(formatIsoDate(nl.previousWorkingDayOnOrBefore(d('2025-06-06'))), '2025-06-06');
  });

  it('steps across year ends in both directions, preparing years lazily', () => {
    const fresh = new WorkingDayCalendar(NL);
    assert.equal(
      formatIsoDate(fresh.addWorkingDays(d('2050-06-01'), -5000)),
      formatIsoDate(stepNaive(d('2050-06-01'), -5000)),
    );
    assert.equal(
      formatIsoDate(fresh.addWorkingDays(d('1995-06-01'), 3000)),
      formatIsoDate(stepNaive(d('1995-06-01'), 3000)),
    );
    assert.equal(
      fresh.countWorkingDays(d('1990-01-01'), d('2101-01-01')),
      countNaive(d('1990-01-01'), d('2101-01-01')),
    );
  });

  it('refuses days outside 1990-2100 with a RangeError naming the day', () => {
    assert.throws(
      () => nl.isWorkingDay(d('1989-12-31')),
      /day 1989-12-31 is outside the supported years 1990-2100/,
    );
    assert.throws(() => nl.isWorkingDay(d('2101-01-01')), RangeError);
    assert.throws(() => nl.countWorkingDays(d('2025-01-01'), d('2101-01-02')), /to 2101-01-02 is outside/);
    assert.equal(nl.countWorkingDays(d('2100-12-31'), d('2101-01-01')), 1);
    assert.throws(
      () => nl.addWorkingDays(d('2100-12-30'), 5),
      /5 working days from 2100-12-30 falls outside/,
    );
    assert.throws(() => nl.addWorkingDays(d('1990-01-03'), -5), /falls outside/);
    assert.throws(() => nl.isWorkingDay(d('2025-01-01') + 0.5), /integer/);
    assert.throws(() => nl.addWorkingDays(d('2025-01-01'), 1.5), /integer/);
  });
});

describe('settings', () => {
  it('shares one calendar between equal settings', () => {
    assert.equal(createCalendar({ ...NL }), createCalendar({ ...NL }));
    assert.notEqual(createCalendar(NL), createCalendar({ ...NL, goodFridayOff: true }));
  });

  it('rejects bad settings with a DomainProblem naming every field', () => {
    const bad = {
      ...NL,
      officeHoursEnd: '25:00',
      closingDays: [{ from: '2025-12-31', to: '2025-12-01' }, '2025-02-30', '1980-01-01'],
    };
    try {
      createCalendar(bad);
      assert.fail('expected a DomainProblem');
    } catch (error) {
      assert.ok(error instanceof DomainProblem);
      const paths = error.errors.map((e) => e.path);
      assert.deepEqual(paths.sort(), [
        'calendar.closingDays.0.to',
        'calendar.closingDays.1',
        'calendar.closingDays.2',
        'calendar.officeHoursEnd',
      ]);
    }
    assert.throws(() => createCalendar({ ...NL, country: 'DE' as 'NL' }), DomainProblem);
  });
});

// An oracle that shares no code with the calendar: Temporal weekdays, date-holidays public days by
// ISO string, and the optional days written out. Memoised per day, since Temporal is slow.
const oracleSource = new Holidays('NL', { types: ['public'] });
const oracleYears = new Map<number, Set<string>>();
const oracleDays = new Map<number, boolean>();
function oracleIsWorking(day: number): boolean {
  const known = oracleDays.get(day);
  if (known !== undefined) return known;
  const date = Temporal.PlainDate.from('1970-01-01').add({ days: day });
  let holidays = oracleYears.get(date.year);
  if (!holidays) {
    holidays = new Set(oracleSource.getHolidays(date.year).map((h) => h.date.slice(0, 10)));
    oracleYears.set(date.year, holidays);
  }
  const working =
    date.dayOfWeek < 6 &&
    !holidays.has(date.toString()) &&
    !(date.month === 5 && date.day === 5 && date.year % 5 === 0);
  oracleDays.set(day, working);
  return working;
}
function countNaive(from: number, to: number): number {
  let count = 0;
  for (let day = from; day < to; day++) if (oracleIsWorking(day)) count++;
  for (let day = to; day < from; day++) if (oracleIsWorking(day)) count--;
  return count;
}
function stepNaive(start: number, n: number): number {
  let day = start;
  let left = Math.abs(n);
  while (left > 0) {
    day += Math.sign(n);
    if (oracleIsWorking(day)) left--;
  }
  return day;
}

describe('properties', () => {
  const nl = createCalendar(NL);
  const anyDay = fc.integer({ min: d('1993-01-01'), max: d('2097-12-31') });

  it('countWorkingDays equals a day-by-day loop over random ranges', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -800, max: 800 }), (from, span) => {
        assert.equal(nl.countWorkingDays(from, from + span), countNaive(from, from + span));
      }),
      { numRuns: 1000 },
    );
  });

  it('isWorkingDay equals the oracle on every day of random years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        for (let day = d(`${year}-01-01`); day <= d(`${year}-12-31`); day++) {
          assert.equal(nl.isWorkingDay(day), oracleIsWorking(day), formatIsoDate(day));
        }
      }),
      { numRuns: 20 },
    );
  });

  it('addWorkingDays and countWorkingDays are inverse', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -600, max: 600 }), (day, n) => {
        const result = nl.addWorkingDays(day, n);
        if (n > 0) {
          assert.ok(result > day);
          assert.ok(nl.isWorkingDay(result));
          assert.equal(nl.countWorkingDays(day + 1, result + 1), n);
        } else if (n < 0) {
          assert.ok(result < day);
          assert.ok(nl.isWorkingDay(result));
          assert.equal(nl.countWorkingDays(result, day), -n);
        } else {
          assert.equal(result, day);
        }
        assert.equal(result, stepNaive(day, n));
      }),
      { numRuns: 1000 },
    );
  });

  it('steps over long closures (two months closed) in both directions', () => {
    const closed = createCalendar({
      ...NL,
      closingDays: [
        { from: '2030-06-01', to: '2030-07-31' },
        { from: '2031-01-01', to: '2031-03-15' },
      ],
    });
    const around = fc.integer({ min: d('2030-04-01'), max: d('2031-05-31') });
    fc.assert(
      fc.property(around, fc.integer({ min: -120, max: 120 }), (day, n) => {
        let expected = day;
        for (let left = Math.abs(n); left > 0; ) {
          expected += Math.sign(n);
          if (closed.isWorkingDay(expected)) left--;
        }
        assert.equal(closed.addWorkingDays(day, n), expected);
      }),
      { numRuns: 500 },
    );
    assert.equal(formatIsoDate(closed.addWorkingDays(d('2030-05-31'), 1)), '2030-08-01');
    assert.equal(formatIsoDate(closed.addWorkingDays(d('2030-08-01'), -1)), '2030-05-31');
  });

  it('the next working day on or after a day is the first day the count moves', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const next = nl.nextWorkingDayOnOrAfter(day);
        assert.equal(nl.countWorkingDays(day, next), 0);
        assert.ok(nl.isWorkingDay(next));
        const previous = nl.previousWorkingDayOnOrBefore(day);
        assert.equal(nl.countWorkingDays(previous + 1, day + 1), 0);
        assert.ok(nl.isWorkingDay(previous));
      }),
      { numRuns: 500 },
    );
  });
});
