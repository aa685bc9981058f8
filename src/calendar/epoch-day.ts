import { Temporal } from 'temporal-polyfill';

/**
 * A calendar date as the number of days since 1970-01-01 (1970-01-01 is 0, 1969-12-31 is -1).
 * The terms engine works on these integers on its hot path; `Temporal.PlainDate` and
 * 'YYYY-MM-DD' strings are for the boundaries (database, JSON, explanations).
 */
export type EpochDay = number;

/** ISO day of the week: 1 = Monday ... 7 = Sunday (as Temporal's `dayOfWeek`). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for proleptic Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const length = MONTH_LENGTHS[month - 1];
  if (length === undefined) throw new RangeError(`month ${month} is not 1..12`);
  return length;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/**
 * Epoch day of a civil date, by the days-from-civil algorithm on 400-year eras (integer math only,
 * so no Temporal object is created on the hot path). Throws on an impossible date.
 */
export function epochDayOf(year: number, month: number, day: number): EpochDay {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw new RangeError(`date parts must be integers, got ${year}-${month}-${day}`);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${year}-${pad2(month)}-${pad2(day)} is not a valid date`);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of an epoch day (inverse of `epochDayOf`). */
export function civilDate(epochDay: EpochDay): CivilDate {
  assertEpochDay(epochDay);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** The calendar year an epoch day falls in. */
export function yearOf(epochDay: EpochDay): number {
  return civilDate(epochDay).year;
}

/** ISO weekday (1 = Monday ... 7 = Sunday); 1970-01-01 was a Thursday. */
export function dayOfWeek(epochDay: EpochDay): IsoWeekday {
  assertEpochDay(epochDay);
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Saturday or Sunday. */
export function isWeekend(epochDay: EpochDay): boolean {
  return dayOfWeek(epochDay) >= 6;
}

/** Parses a strict 'YYYY-MM-DD' date; throws a RangeError naming the input otherwise. */
export function parseIsoDate(text: string): EpochDay {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`'${text}' is not a date in the form YYYY-MM-DD`);
  return epochDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Formats an epoch day as 'YYYY-MM-DD'. */
export function formatIsoDate(epochDay: EpochDay): string {
  const { year, month, day } = civilDate(epochDay);
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written as YYYY-MM-DD`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function fromPlainDate(date: Temporal.PlainDate): EpochDay {
  return epochDayOf(date.year, date.month, date.day);
}

export function toPlainDate(epochDay: EpochDay): Temporal.PlainDate {
  const { year, month, day } = civilDate(epochDay);
  return new Temporal.PlainDate(year, month, day);
}

/** Accepts an epoch day, a `Temporal.PlainDate` or a 'YYYY-MM-DD' string: for boundaries only. */
export function toEpochDay(date: EpochDay | Temporal.PlainDate | string): EpochDay {
  if (typeof date === 'number') {
    assertEpochDay(date);
    return date;
  }
  if (typeof date === 'string') return parseIsoDate(date);
  return fromPlainDate(date);
}

export function assertEpochDay(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`epoch day must be an integer, got ${value}`);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
