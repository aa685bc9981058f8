import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { epochDayOf } from '../calendar/index.ts';
import { localMoment, parseDay, parseInstant } from './instant.ts';

test('parseInstant reads offsets, Z, seconds and fractions like Date.parse', () => {
  for (const text of [
    '2026-05-12T09:00:00+02:00',
    '2026-05-12T07:00Z',
    '2026-05-12T07:00:00.123Z',
    '2026-12-31T23:59:59-05:30',
    '2026-01-01T00:00:00.5+01:00',
    '2024-02-29t12:00:00.123456789z',
    '2026-05-12T09:00:00+0200',
  ]) {
    assert.equal(parseInstant(text), Date.parse(text), text);
  }
});

test('parseInstant names a bad instant and changes nothing', () => {
  for (const text of [
    '2026-05-12',
    '2026-05-12T09:00',
    '2026-13-01T09:00Z',
    '2026-02-30T09:00Z',
    '2026-05-12T24:00Z',
    '2026-05-12T09:00+2',
    'x2026-05-12T09:00Z',
    '2026-05-12T09:00:00+02:00 ',
    '2026-05-12T09:00:60Z',
    '2026-05-12T09:00:00+19:00',
    '2026-05-12T09:00:00.1234567890Z',
    '2026-05-12T09:00:00.Z',
    '2025-02-29T09:00Z',
  ]) {
    assert.throws(() => parseInstant(text), RangeError, text);
  }
});

test('parseDay reads YYYY-MM-DD and rejects impossible dates', () => {
  assert.equal(parseDay('2026-02-28'), epochDayOf(2026, 2, 28));
  assert.equal(parseDay('2024-02-29'), epochDayOf(2024, 2, 29));
  for (const text of ['2026-02-29', '2026-1-01', '2026/01/01', '2026-00-10'])
    assert.throws(() => parseDay(text), RangeError, text);
});

test('localMoment agrees with Temporal in both provider zones, across daylight-saving changes, 1990-2060', () => {
  const from = Date.UTC(1990, 0, 1);
  const to = Date.UTC(2060, 0, 1);
  fc.assert(
    fc.property(
      fc.integer({ min: from / 60_000, max: to / 60_000 }),
      fc.constantFrom('Europe/Amsterdam' as const, 'Europe/Brussels' as const),
      (minute, zone) => {
        const ms = minute * 60_000;
        const expected = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        const actual = localMoment(ms, zone);
        assert.equal(actual.day, epochDayOf(expected.year, expected.month, expected.day));
        assert.equal(actual.minutes, expected.hour * 60 + expected.minute);
      },
    ),
    { numRuns: 2000 },
  );
  // The changes themselves: 29 March 2026 01:00 UTC and 25 October 2026 01:00 UTC.
  assert.equal(localMoment(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Amsterdam').minutes, 119);
  assert.equal(localMoment(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Amsterdam').minutes, 180);
  assert.equal(localMoment(Date.UTC(2026, 9, 25, 0, 59), 'Europe/Amsterdam').minutes, 179);
  assert.equal(localMoment(Date.UTC(2026, 9, 25, 1, 0), 'Europe/Amsterdam').minutes, 120);
});
