import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, epochDay, isoDateOfEpochDay, todayIn, zonedInstant } from './zoned-time.ts';

test('a local time in Amsterdam gets the offset in force that day', () => {
  assert.equal(zonedInstant('2026-12-10', '09:00', 'Europe/Amsterdam'), '2026-12-10T09:00:00+01:00');
  assert.equal(zonedInstant('2026-05-12', '09:00', 'Europe/Amsterdam'), '2026-05-12T09:00:00+02:00');
  // Summer time ends at 03:00 local on the last Sunday of October 2026 (25 October).
  assert.equal(zonedInstant('2026-10-25', '12:00', 'Europe/Brussels'), '2026-10-25T12:00:00+01:00');
  assert.equal(zonedInstant('2026-03-29', '12:00', 'Europe/Amsterdam'), '2026-03-29T12:00:00+02:00');
});

test("today is the provider's date, not UTC's", () => {
  // 23:30 UTC on 31 December is already 1 January in Amsterdam.
  assert.equal(todayIn('Europe/Amsterdam', new Date('2026-12-31T23:30:00Z')), '2027-01-01');
  assert.equal(todayIn('Europe/Amsterdam', new Date('2026-12-31T22:30:00Z')), '2026-12-31');
});

test('day arithmetic crosses months and leap days', () => {
  assert.equal(addDays('2026-12-10', -60), '2026-10-11');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(isoDateOfEpochDay(epochDay('2026-11-30')), '2026-11-30');
  assert.equal(epochDay('1970-01-02'), 1);
});
