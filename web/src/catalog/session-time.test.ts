import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayIn, formatInstantIn, formatSessionTime } from './session-time.ts';

test("a one-day session shows one date and the provider's local hours", () => {
  // 08:00 UTC is 09:00 in Amsterdam in December (UTC+1).
  assert.equal(
    formatSessionTime('2026-12-10T08:00:00Z', '2026-12-10T16:00:00Z', 'nl-NL', 'Europe/Amsterdam'),
    'do 10 dec 2026, 09:00–17:00',
  );
  assert.equal(
    formatSessionTime('2026-12-10T08:00:00Z', '2026-12-10T16:00:00Z', 'en-GB', 'Europe/Amsterdam'),
    'Thu, 10 Dec 2026, 09:00–17:00',
  );
});

test('a session over two days shows both dates', () => {
  assert.equal(
    formatSessionTime('2026-12-10T08:00:00Z', '2026-12-11T15:30:00Z', 'nl-NL', 'Europe/Brussels'),
    'do 10 dec 2026 09:00 – vr 11 dec 2026 16:30',
  );
});

test('the date is the provider’s, not UTC’s', () => {
  // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
  assert.equal(dayIn('2026-12-31T23:30:00Z', 'Europe/Amsterdam'), '2027-01-01');
  assert.equal(formatInstantIn('2026-05-12T07:00:00Z', 'nl-NL', 'Europe/Amsterdam'), 'di 12 mei 2026, 09:00');
});
