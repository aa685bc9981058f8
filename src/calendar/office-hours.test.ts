import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { formatIsoDate, parseIsoDate } from './epoch-day.ts';
import { effectiveRequestDay, localDate, officeHoursEndInstant, requestDay } from './office-hours.ts';
import type { CalendarSettings } from './settings.ts';
import { createCalendar } from './working-day-calendar.ts';

const NL: CalendarSettings = {
  country: 'NL',
  goodFridayOff: false,
  liberationDayOff: 'lustrum',
  newYearsEveOff: false,
  closingDays: [],
  timeZone: 'Europe/Amsterdam',
  officeHoursEnd: '17:00',
};
const nl = createCalendar(NL);
const effective = (instant: string) => formatIsoDate(effectiveRequestDay(instant, nl));

describe('local dates in the provider time zone', () => {
  it('puts an instant just after local midnight on the local date, in summer and in winter time', () => {
    assert.equal(formatIsoDate(localDate('2025-04-30T22:30:00Z', 'Europe/Amsterdam')), '2025-05-01');
    assert.equal(formatIsoDate(localDate('2025-04-30T21:59:59Z', 'Europe/Amsterdam')), '2025-04-30');
    assert.equal(formatIsoDate(localDate('2025-01-31T23:00:00Z', 'Europe/Brussels')), '2025-02-01');
    assert.equal(formatIsoDate(localDate('2025-01-31T22:59:59Z', 'Europe/Brussels')), '2025-01-31');
    assert.equal(
      formatIsoDate(localDate(Temporal.Instant.from('2025-01-31T23:00:00Z'), 'Europe/Amsterdam')),
      '2025-02-01',
    );
  });

  it('rejects an instant without an offset', () => {
    assert.throws(
      () => localDate('2025-04-30T22:30:00', 'Europe/Amsterdam'),
      /not an instant with a UTC offset/,
    );
  });
});

describe('the day a request counts as received (office hours end 17:00)', () => {
  it('counts a request before 17:00 local on a working day on that day', () => {
    // Wednesday 28 May 2025, 16:59 CEST.
    assert.equal(effective('2025-05-28T14:59:59Z'), '2025-05-28');
  });

  it('moves a request at or after 17:00 to the next working day, past Hemelvaartsdag', () => {
    // 17:00 CEST on Wednesday 28 May 2025; Thursday 29 May is Ascension Day.
    const day = requestDay('2025-05-28T15:00:00Z', nl);
    assert.equal(day.localTime, '17:00');
    assert.equal(day.afterOfficeHours, true);
    assert.equal(day.onNonWorkingDay, false);
    assert.equal(formatIsoDate(day.localDay), '2025-05-28');
    assert.equal(formatIsoDate(day.effectiveDay), '2025-05-30');
  });

  it('moves a request on a weekend or holiday to the next working day, whatever the hour', () => {
    assert.equal(effective('2025-05-31T08:00:00Z'), '2025-06-02'); // Saturday morning
    assert.equal(effective('2025-05-29T08:00:00Z'), '2025-05-30'); // Ascension Day morning
    assert.equal(effective('2025-06-06T16:00:00Z'), '2025-06-10'); // Friday 18:00, Whit Monday next
    const holiday = requestDay('2025-12-25T09:00:00Z', nl);
    assert.equal(holiday.onNonWorkingDay, true);
    assert.equal(holiday.afterOfficeHours, false);
    assert.equal(formatIsoDate(holiday.effectiveDay), '2025-12-29');
  });

  it('applies the summer-time change (30 March 2025): 15:00Z is 17:00 on Monday 31 March', () => {
    assert.equal(effective('2025-03-28T15:59:00Z'), '2025-03-28'); // Friday 16:59 CET
    assert.equal(effective('2025-03-28T16:00:00Z'), '2025-03-31'); // Friday 17:00 CET
    assert.equal(effective('2025-03-31T14:59:00Z'), '2025-03-31'); // Monday 16:59 CEST
    assert.equal(effective('2025-03-31T15:00:00Z'), '2025-04-01'); // Monday 17:00 CEST
  });

  it('applies the winter-time change (26 October 2025): 16:00Z is 17:00 on Monday 27 October', () => {
    assert.equal(effective('2025-10-24T14:59:00Z'), '2025-10-24'); // Friday 16:59 CEST
    assert.equal(effective('2025-10-24T15:00:00Z'), '2025-10-27'); // Friday 17:00 CEST
    assert.equal(effective('2025-10-27T15:59:00Z'), '2025-10-27'); // Monday 16:59 CET
    assert.equal(effective('2025-10-27T16:00:00Z'), '2025-10-28'); // Monday 17:00 CET
  });

  it('uses the office-hours end of the provider', () => {
    const early = createCalendar({ ...NL, officeHoursEnd: '12:30' });
    assert.equal(formatIsoDate(effectiveRequestDay('2025-05-28T10:29:00Z', early)), '2025-05-28');
    assert.equal(formatIsoDate(effectiveRequestDay('2025-05-28T10:30:00Z', early)), '2025-05-30');
  });

  it('gives the instant office hours end on a local date, across the DST change', () => {
    assert.equal(officeHoursEndInstant(parseIsoDate('2025-03-28'), nl).toString(), '2025-03-28T16:00:00Z');
    assert.equal(officeHoursEndInstant(parseIsoDate('2025-03-31'), nl).toString(), '2025-03-31T15:00:00Z');
  });
});
