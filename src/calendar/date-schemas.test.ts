import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoDateSchema, isoDateTimeSchema, isoInstantSchema } from './date-schemas.ts';

function messageOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return result.error?.issues[0]?.message ?? '';
}

describe('the one date schema (issue 12, item 10)', () => {
  it('accepts real calendar days from 1900 to 2200, leap days included', () => {
    for (const day of ['2026-02-28', '2024-02-29', '2000-02-29', '1900-01-01', '2200-12-31', '2026-04-30']) {
      assert.equal(isoDateSchema.safeParse(day).success, true, day);
    }
  });

  it('refuses impossible days, year 0000 and years no one means, naming the day', () => {
    for (const day of ['2026-02-30', '2026-04-31', '2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10']) {
      const result = isoDateSchema.safeParse(day);
      assert.equal(result.success, false, day);
      assert.match(messageOf(result), /is not a day of the calendar/, day);
    }
    for (const day of ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) {
      assert.match(messageOf(isoDateSchema.safeParse(day)), /from 1900 to 2200/, day);
    }
    for (const text of ['2026-2-3', '20260203', '2026-02-03T00:00', ' 2026-02-03', '２０２６-02-03', '']) {
      assert.match(messageOf(isoDateSchema.safeParse(text)), /YYYY-MM-DD/, JSON.stringify(text));
    }
  });

  it('checks the day, the time and the offset of a date and time', () => {
    for (const text of [
      '2026-05-12T09:00Z',
      '2026-05-12T09:00:00+02:00',
      '2026-05-12T23:59:59.123456789-05:30',
    ]) {
      assert.equal(isoInstantSchema.safeParse(text).success, true, text);
    }
    assert.equal(isoDateTimeSchema.safeParse('2026-05-12T09:00').success, true);
    assert.match(messageOf(isoInstantSchema.safeParse('2026-05-12T09:00')), /UTC offset/);
    assert.match(messageOf(isoInstantSchema.safeParse('2026-02-30T09:00Z')), /not a day of the calendar/);
    assert.match(messageOf(isoInstantSchema.safeParse('0000-01-01T09:00Z')), /from 1900 to 2200/);
    assert.match(messageOf(isoInstantSchema.safeParse('2026-05-12T24:00Z')), /not a time of day/);
    assert.match(messageOf(isoInstantSchema.safeParse('2026-05-12T09:60Z')), /not a time of day/);
    assert.match(messageOf(isoInstantSchema.safeParse('2026-05-12T09:00+15:00')), /not a UTC offset/);
    for (const text of [
      '2026-05-12 09:00Z',
      '2026-05-12T09:00:0Z',
      '2026-05-12T09:00.5Z',
      '2026-05-12T09:00+0200',
    ]) {
      assert.equal(isoInstantSchema.safeParse(text).success, false, text);
    }
  });

  it('takes linear time on a megabyte of digits (no backtracking pattern, issue 12 item 1)', () => {
    const started = performance.now();
    isoInstantSchema.safeParse(`2026-05-12T09:00:00.${'1'.repeat(1_000_000)}`);
    isoDateSchema.safeParse('2'.repeat(1_000_000));
    assert.ok(performance.now() - started < 100);
  });
});
