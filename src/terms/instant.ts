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
/**
 * Parses '2026-05-12T09:00:00+02:00', '...Z', with or without seconds and a fraction, to epoch
 * milliseconds; throws a RangeError naming the input. Written out over character codes, with no
 * helper calls in the common path: it runs twice per decision on the engine's hot path.
 */
export function parseInstant(text: string): number {
  const length = text.length;
  if (
    length < 17 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    (text.charCodeAt(10) | 32) !== 116 ||
    text.charCodeAt(13) !== 58
  ) {
    return badInstant(text);
  }
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  const h0 = text.charCodeAt(11) - 48;
  const h1 = text.charCodeAt(12) - 48;
  const i0 = text.charCodeAt(14) - 48;
  const i1 = text.charCodeAt(15) - 48;
  // A code below '0' wraps to a large unsigned number, so one comparison rejects anything not a digit.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    i0 >>> 0 > 9 ||
    i1 >>> 0 > 9
  ) {
    return badInstant(text);
  }
  let position = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(16) === 58) {
    const s0 = text.charCodeAt(17) - 48;
    const s1 = text.charCodeAt(18) - 48;
    if (s0 >>> 0 > 5 || s1 >>> 0 > 9) return badInstant(text);
    second = s0 * 10 + s1;
    position = 19;
    if (text.charCodeAt(19) === 46) {
      // A fraction of 1 to 9 digits; the first three are the milliseconds.
      position = 20;
      let weight = 100;
      while (position < length) {
        const digit = text.charCodeAt(position) - 48;
        if (digit >>> 0 > 9) break;
        millis += digit * weight;
        weight = weight === 100 ? 10 : weight === 10 ? 1 : 0;
        position++;
      }
      if (position === 20 || position > 29) return badInstant(text);
    }
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(position);
  if (zone === 90 || zone === 122) {
    position++;
  } else if (zone === 43 || zone === 45) {
    const colon = text.charCodeAt(position + 3) === 58 ? 1 : 0;
    const o0 = text.charCodeAt(position + 1) - 48;
    const o1 = text.charCodeAt(position + 2) - 48;
    const o2 = text.charCodeAt(position + 3 + colon) - 48;
    const o3 = text.charCodeAt(position + 4 + colon) - 48;
    if (o0 >>> 0 > 1 || o1 >>> 0 > 9 || o2 >>> 0 > 5 || o3 >>> 0 > 9 || o0 * 10 + o1 > 18)
      return badInstant(text);
    offsetMinutes = ((o0 * 10 + o1) * 60 + o2 * 10 + o3) * (zone === 45 ? -1 : 1);
    position += 5 + colon;
  } else {
    return badInstant(text);
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const dayOfMonth = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = i0 * 10 + i1;
  if (position !== length || hour > 23 || minute > 59) return badInstant(text);
  const day = civilToEpochDay(year, month, dayOfMonth);
  if (day === undefined) return badInstant(text);
  return day * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const UNKNOWN = -2_147_483_648;
/** Epoch day of the first of each month from January 1900, filled on first use. */
const monthStarts = new Int32Array(TABLE_YEARS * 12).fill(UNKNOWN);

/** Days since 1970-01-01 of a civil date, or undefined for an impossible date. */
function civilToEpochDay(year: number, month: number, day: number): EpochDay | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > MONTH_DAYS[month]!) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (!(month === 2 && leap && day === 29)) return undefined;
  }
  const index = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (index < 0 || index >= monthStarts.length) return daysFromCivil(year, month, day);
  let first = monthStarts[index]!;
  if (first === UNKNOWN) {
    first = daysFromCivil(year, month, 1);
    monthStarts[index] = first;
  }
  return first + day - 1;
}

/** The days-from-civil algorithm on 400-year eras. */
function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return (
    era * 146097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear -
    719468
  );
}

function badInstant(text: string): never {
  throw new RangeError(`'${text}' is not an instant with a UTC offset (e.g. 2026-05-12T09:00:00+02:00)`);
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

/** Per UTC year from 1996: [first ms of the year, summer time start, summer time end], filled on first use. */
const yearSpans = new Float64Array(TABLE_YEARS * 3);

/** Minutes to add to UTC for local time in the provider zone at `ms` (both zones: CET/CEST). */
function offsetMinutesAt(ms: number): number {
  // Years since 1996 from the UTC day: an estimate corrected by at most one.
  const utcDay = Math.floor(ms / MS_PER_DAY);
  let index = Math.floor((utcDay - 9496) / 365.2425);
  if (index < 0 || index >= TABLE_YEARS - 1) return offsetMinutesSlow(ms);
  if (yearSpans[index * 3 + 1] === 0) fillYear(index);
  if (ms < yearSpans[index * 3]!) {
    index -= 1;
    if (yearSpans[index * 3 + 1] === 0) fillYear(index);
  } else {
    if (yearSpans[index * 3 + 4] === 0) fillYear(index + 1);
    if (ms >= yearSpans[index * 3 + 3]!) index += 1;
  }
  return ms >= yearSpans[index * 3 + 1]! && ms < yearSpans[index * 3 + 2]! ? 120 : 60;
}

function fillYear(index: number): void {
  const year = 1996 + index;
  const [start, end] = summerTimeOf(year);
  yearSpans[index * 3] = daysFromCivil(year, 1, 1) * MS_PER_DAY;
  yearSpans[index * 3 + 1] = start;
  yearSpans[index * 3 + 2] = end;
}

/** The same for any year, without the table. */
function offsetMinutesSlow(ms: number): number {
  const utcDay = Math.floor(ms / MS_PER_DAY);
  let year = 1970 + Math.floor(utcDay / 365.2425);
  if (daysFromCivil(year, 1, 1) > utcDay) year -= 1;
  else if (daysFromCivil(year + 1, 1, 1) <= utcDay) year += 1;
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
  if (ms < FAST_FROM_MS) return localMoment(ms, timeZone).day;
  return Math.floor((ms + offsetMinutesAt(ms) * MS_PER_MINUTE) / MS_PER_DAY);
}

/** Parses 'YYYY-MM-DD' to an epoch day with integer arithmetic (the hot path's date parser). */
export function parseDay(text: string): EpochDay {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    throw new RangeError(`'${text}' is not a date in the form YYYY-MM-DD`);
  }
  let year = 0;
  for (let i = 0; i < 4; i++) year = year * 10 + digit(text, i);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = civilToEpochDay(year, month, digit(text, 8) * 10 + digit(text, 9));
  if (day === undefined) throw new RangeError(`'${text}' is not an existing date`);
  return day;
}

function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  if (value < 0 || value > 9) throw new RangeError(`'${text}' is not a date in the form YYYY-MM-DD`);
  return value;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/** A local wall-clock time without an offset, e.g. '2026-05-12T09:30'. */
export function isLocalDateTime(text: string): boolean {
  return LOCAL_DATE_TIME.test(text);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A local wall-clock time in the provider's zone ('2026-05-12T09:30') as an instant with its offset
 * ('2026-05-12T09:30+02:00'). The offset is the zone's at that local time, summer time included. A
 * time in the spring gap (the clocks jump from 02:00 to 03:00) does not exist and is a RangeError; a
 * time in the autumn overlap (02:00-03:00 happens twice) is read as the first, summer-time one, as
 * Temporal's 'compatible' disambiguation and most calendars do.
 */
export function localToInstant(text: string, timeZone: ProviderTimeZone): string {
  if (!isLocalDateTime(text)) {
    throw new RangeError(`'${text}' is not a local date and time (e.g. 2026-05-12T09:30)`);
  }
  // The wall-clock reading as if it were UTC; validates the date and the time.
  const wall = parseInstant(`${text}Z`);
  if (wall < FAST_FROM_MS) {
    const zoned = Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone, {
      disambiguation: 'compatible',
    });
    if (Temporal.PlainDateTime.compare(zoned.toPlainDateTime(), Temporal.PlainDateTime.from(text)) !== 0) {
      throw nonexistent(text, timeZone);
    }
    return `${text}${zoned.offset}`;
  }
  // Summer time first: in the autumn overlap both readings are valid and the earlier instant wins.
  for (const offset of [120, 60]) {
    if (offsetMinutesAt(wall - offset * MS_PER_MINUTE) === offset) return `${text}${offsetText(offset)}`;
  }
  throw nonexistent(text, timeZone);
}

function nonexistent(text: string, timeZone: ProviderTimeZone): RangeError {
  return new RangeError(
    `'${text}' does not exist in ${timeZone}: the clocks move forward from 02:00 to 03:00 that night; give a time outside that hour or an instant with its UTC offset`,
  );
}

/**
 * The question with every local wall-clock time (a string such as '2026-05-12T09:30', no offset) in
 * it, at any depth, turned into an instant in the provider's zone; anything else is kept as it is.
 * Every instant field therefore accepts a local time, including those of question types added later.
 * A nonexistent local time is reported with the path of its field.
 */
export function localizeTimes(value: unknown, timeZone: ProviderTimeZone, path: string[] = []): unknown {
  if (typeof value === 'string') {
    if (!isLocalDateTime(value)) return value;
    try {
      return localToInstant(value, timeZone);
    } catch (error) {
      if (error instanceof RangeError) throw new LocalTimeError(path.join('.'), error.message);
      throw error;
    }
  }
  if (Array.isArray(value))
    return value.map((item, i) => localizeTimes(item, timeZone, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = localizeTimes(item, timeZone, [...path, key]);
    return out;
  }
  return value;
}

/** A local time that does not exist (or cannot be read), with the path of its field. */
export class LocalTimeError extends RangeError {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'LocalTimeError';
    this.path = path;
  }
}
