import { Temporal } from 'temporal-polyfill';
import { type EpochDay, epochDayOf, type ProviderTimeZone } from '../calendar/index.ts';

/**
 * Instants on the terms engine's hot path: an ISO 8601 instant with an offset parsed to epoch
 * milliseconds with integer arithmetic, and its local date and time in the provider's zone.
 *
 * Both provider zones (Europe/Amsterdam, Europe/Brussels) keep Central European Time with the EU
 * summer-time rule (Directive 2000/84/EC; the same rule since 1996): UTC+2 from 01:00 UTC on the last
 * Sunday of March to 01:00 UTC on the last Sunday of October, UTC+1 otherwise. For those years the
 * local date is computed from that rule; before 1996 Temporal's zone database answers instead. A
 * property test checks the fast path against Temporal.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;

/** Parses '2026-05-12T09:00:00+02:00' or '...Z' to epoch milliseconds; throws a RangeError naming the input. */
export function parseInstant(text: string): number {
  const match = INSTANT.exec(text);
  if (!match) {
    throw new RangeError(`'${text}' is not an instant with a UTC offset (e.g. 2026-05-12T09:00:00+02:00)`);
  }
  const day = epochDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (hour > 23 || minute > 59 || second > 59)
    throw new RangeError(`'${text}' has an impossible time of day`);
  const millis = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  let offsetMinutes = 0;
  const zone = match[8]!;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMins = Number(digits.slice(3, 5));
    if (offsetHours > 18 || offsetMins > 59) throw new RangeError(`'${text}' has an impossible UTC offset`);
    offsetMinutes = (offsetHours * 60 + offsetMins) * (digits[0] === '-' ? -1 : 1);
  }
  return day * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

/** Epoch ms of the summer-time start and end of each year, filled on first use. */
const summerTime = new Map<number, readonly [number, number]>();

function lastSundayAt1Utc(year: number, month: number): number {
  const last = epochDayOf(year, month, 31);
  const weekday = (((last + 3) % 7) + 7) % 7; // 0 = Monday ... 6 = Sunday
  return (last - ((weekday + 1) % 7)) * MS_PER_DAY + 3_600_000;
}

function summerTimeOf(year: number): readonly [number, number] {
  let span = summerTime.get(year);
  if (!span) {
    span = [lastSundayAt1Utc(year, 3), lastSundayAt1Utc(year, 10)] as const;
    summerTime.set(year, span);
  }
  return span;
}

/** Minutes to add to UTC for local time in the provider zone at `ms` (both zones: CET/CEST). */
function offsetMinutesAt(ms: number): number {
  // The UTC year is the local year except in the first hours of 1 January, when CET is in force either way.
  const utcDay = Math.floor(ms / MS_PER_DAY);
  const approxYear = 1970 + Math.floor(utcDay / 365.2425);
  let year = approxYear;
  if (epochDayOf(year, 1, 1) > utcDay) year -= 1;
  else if (epochDayOf(year + 1, 1, 1) <= utcDay) year += 1;
  const [start, end] = summerTimeOf(year);
  return ms >= start && ms < end ? 120 : 60;
}

const FAST_FROM_MS = epochDayOf(1996, 1, 1) * MS_PER_DAY;

export interface LocalMoment {
  /** The local calendar date, as an epoch day. */
  day: EpochDay;
  /** Minutes after local midnight. */
  minutes: number;
}

/** The local date and time of an instant (epoch ms) in a provider's zone. */
export function localMoment(ms: number, timeZone: ProviderTimeZone): LocalMoment {
  if (ms < FAST_FROM_MS) {
    const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
    return { day: epochDayOf(local.year, local.month, local.day), minutes: local.hour * 60 + local.minute };
  }
  const local = ms + offsetMinutesAt(ms) * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, minutes: Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE) };
}

/** The local date of an instant (epoch ms) in the provider's zone. */
export function localDay(ms: number, timeZone: ProviderTimeZone): EpochDay {
  return localMoment(ms, timeZone).day;
}

/** Parses 'YYYY-MM-DD' to an epoch day with integer arithmetic (the hot path's date parser). */
export function parseDay(text: string): EpochDay {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    throw new RangeError(`'${text}' is not a date in the form YYYY-MM-DD`);
  }
  let year = 0;
  for (let i = 0; i < 4; i++) year = year * 10 + digit(text, i);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  return epochDayOf(year, month, day);
}

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  if (value < 0 || value > 9) throw new RangeError(`'${text}' is not a date in the form YYYY-MM-DD`);
  return value;
}
