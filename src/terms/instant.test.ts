import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { epochDayOf } from '../calendar/index.ts';
import { DomainProblem } from '../platform/domain-problem.ts';
import { evaluateJson } from './evaluate.ts';
import {
  LocalTimeError,
  localizeTimes,
  localMoment,
  localToInstant,
  parseDay,
  parseInstant,
} from './instant.ts';
import { findTerms } from './registry.ts';

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

test('a local wall-clock time gets the offset of the provider zone, summer time included', () => {
  for (const zone of ['Europe/Amsterdam', 'Europe/Brussels'] as const) {
    assert.equal(localToInstant('2026-05-12T09:30', zone), '2026-05-12T09:30+02:00');
    assert.equal(localToInstant('2026-01-12T09:30:15', zone), '2026-01-12T09:30:15+01:00');
    // The last minute before and the first after the spring gap (29 March 2026).
    assert.equal(localToInstant('2026-03-29T01:59', zone), '2026-03-29T01:59+01:00');
    assert.equal(localToInstant('2026-03-29T03:00', zone), '2026-03-29T03:00+02:00');
    // The autumn overlap (25 October 2026): 02:30 happens twice; the first (summer time) is taken.
    assert.equal(localToInstant('2026-10-25T02:30', zone), '2026-10-25T02:30+02:00');
    assert.equal(localToInstant('2026-10-25T03:00', zone), '2026-10-25T03:00+01:00');
    // Before 1996 Temporal's zone database answers.
    assert.equal(localToInstant('1992-07-01T12:00', zone), '1992-07-01T12:00+02:00');
  }
});

test('a local time in the spring gap does not exist: a RangeError, and a field error naming its path', () => {
  assert.throws(
    () => localToInstant('2026-03-29T02:30', 'Europe/Amsterdam'),
    /does not exist in Europe\/Amsterdam/,
  );
  assert.throws(
    () => localizeTimes({ parts: [{ start: '2026-03-29T02:00' }] }, 'Europe/Brussels'),
    (error: unknown) => error instanceof LocalTimeError && error.path === 'parts.0.start',
  );
  const terms = findTerms('plusport-courses', '2026-03-01');
  assert.throws(
    () =>
      evaluateJson(terms, {
        type: 'cancellation',
        requestedAt: '2026-03-20T10:00',
        parts: [{ kind: 'exam', price: 10_000, start: '2026-03-29T02:15' }],
      }),
    (error: unknown) =>
      error instanceof DomainProblem &&
      error.errors[0]?.path === 'parts.0.start' &&
      /does not exist/.test(error.errors[0].message),
  );
});

test('a question with local times is answered as the same question with offsets', () => {
  const terms = findTerms('plusport-courses', '2026-05-01');
  const local = evaluateJson(terms, {
    type: 'cancellation',
    requestedAt: '2026-05-04T16:59',
    parts: [{ kind: 'classroom', price: 39_500, start: '2026-05-12T09:30' }],
  });
  const offset = evaluateJson(terms, {
    type: 'cancellation',
    requestedAt: '2026-05-04T16:59+02:00',
    parts: [{ kind: 'classroom', price: 39_500, start: '2026-05-12T09:30+02:00' }],
  });
  assert.deepEqual(local.amounts, offset.amounts);
  assert.equal(local.outcome, offset.outcome);
  assert.equal(local.explanation.en, offset.explanation.en);
});
