import { civilDate, daysInYear, type EpochDay, epochDayOf, formatIsoDate } from './epoch-day.ts';
import { type Holiday, optionalDaysOff, publicHolidays } from './holidays.ts';
import {
  CALENDAR_END_DAY,
  type CalendarSettings,
  closingRanges,
  FIRST_CALENDAR_DAY,
  FIRST_CALENDAR_YEAR,
  LAST_CALENDAR_YEAR,
  officeHoursEndMinutes,
  parseCalendarSettings,
  settingsKey,
} from './settings.ts';

const SPAN = CALENDAR_END_DAY - FIRST_CALENDAR_DAY;

/**
 * The working days of one provider. Saturday, Sunday and public holidays are never working days;
 * Good Friday, 5 May, 31 December and the provider's closing days are off as its settings say.
 *
 * Every method takes epoch days and is O(1) once the years it touches are prepared (addWorkingDays
 * is O(log days)). Years are prepared lazily and kept contiguous, so a count over any span is one
 * subtraction of two prefix counts. Days outside 1990-01-01 .. 2100-12-31 throw a RangeError.
 */
export class WorkingDayCalendar {
  readonly settings: CalendarSettings;
  /** Minutes after local midnight at which office hours end. */
  readonly officeHoursEndMinutes: number;

  /** 1 where (day - FIRST_CALENDAR_DAY) is a working day; valid for prepared years only. */
  readonly #working = new Uint8Array(SPAN);
  /**
   * #prefix[i] - #prefix[j] = working days in [FIRST_CALENDAR_DAY + j, FIRST_CALENDAR_DAY + i).
   * The absolute values depend on which year was prepared first; only differences mean anything.
   */
  readonly #prefix = new Int32Array(SPAN + 1);
  /** Holidays and closing days that fall on a weekday, per prepared year, sorted by day. */
  readonly #reasons = new Map<number, Holiday[]>();
  readonly #closing: ReturnType<typeof closingRanges>;
  /** Prepared days are [#lo, #hi); #prefix is valid on [#lo, #hi]. Empty until the first call. */
  #lo = 0;
  #hi = 0;
  #loYear = 0;
  #hiYear = -1;

  /** Prefer createCalendar, which shares one instance per settings; this validates the settings too. */
  constructor(settings: CalendarSettings) {
    this.settings = parseCalendarSettings(settings);
    this.officeHoursEndMinutes = officeHoursEndMinutes(this.settings);
    this.#closing = closingRanges(this.settings);
  }

  get timeZone(): CalendarSettings['timeZone'] {
    return this.settings.timeZone;
  }

  /** Not Saturday, not Sunday, not a public holiday, not a chosen day off or closing day. */
  isWorkingDay(d: EpochDay): boolean {
    if (d >= this.#lo && d < this.#hi && (d | 0) === d) return this.#working[d - FIRST_CALENDAR_DAY] === 1;
    this.#prepareDay(d, 'day');
    return this.#working[d - FIRST_CALENDAR_DAY] === 1;
  }

  /**
   * The number of working days d with from <= d < to (half-open: `from` counts, `to` does not).
   * When to <= from the result is minus the count of [to, from): countWorkingDays(a, b) =
   * -countWorkingDays(b, a), and 0 when to = from. `to` may be 2101-01-01 (the end of the range).
   */
  countWorkingDays(from: EpochDay, to: EpochDay): number {
    const lo = this.#lo;
    const hi = this.#hi;
    if (from >= lo && from <= hi && to >= lo && to <= hi && (from | 0) === from && (to | 0) === to) {
      return this.#prefix[to - FIRST_CALENDAR_DAY]! - this.#prefix[from - FIRST_CALENDAR_DAY]!;
    }
    this.#prepareBoundary(from, 'from');
    this.#prepareBoundary(to, 'to');
    return this.#prefix[to - FIRST_CALENDAR_DAY]! - this.#prefix[from - FIRST_CALENDAR_DAY]!;
  }

  /**
   * The n-th working day after d (n > 0) or before d (n < 0); d itself is never counted, whether or
   * not it is a working day. n = 0 returns d unchanged. Inverse of countWorkingDays:
   *   n > 0: countWorkingDays(d + 1, result + 1) = n and result is a working day;
   *   n < 0: countWorkingDays(result, d) = -n and result is a working day.
   * Throws a RangeError when the answer would leave 1990..2100.
   */
  addWorkingDays(d: EpochDay, n: number): EpochDay {
    if (!Number.isSafeInteger(n)) throw new RangeError(`working-day count must be an integer, got ${n}`);
    this.#prepareDay(d, 'day');
    if (n === 0) return d;
    const base = FIRST_CALENDAR_DAY;
    let target: number;
    let low: number;
    let high: number;
    if (n > 0) {
      // The working day e with prefix(e) = prefix(d + 1) + n - 1.
      target = this.#prefix[d + 1 - base]! + n - 1;
      while (this.#prefix[this.#hi - base]! <= target) {
        if (this.#hiYear >= LAST_CALENDAR_YEAR) throw this.#outOfRange(d, n);
        this.#prepareYear(this.#hiYear + 1);
      }
      // The answer is at least n days on; a window a little wider than n x 7/5 almost always holds
      // it, so the search below is short. Widen until it does (long closures), within the prepared days.
      low = d + n;
      let slack = (n >> 1) + 16;
      high = Math.min(d + n + slack, this.#hi - 1);
      while (this.#prefix[high + 1 - base]! <= target) {
        slack *= 2;
        high = Math.min(d + n + slack, this.#hi - 1);
      }
    } else {
      target = this.#prefix[d - base]! + n;
      while (this.#prefix[this.#lo - base]! > target) {
        if (this.#loYear <= FIRST_CALENDAR_YEAR) throw this.#outOfRange(d, n);
        this.#prepareYear(this.#loYear - 1);
      }
      high = d + n;
      let slack = (-n >> 1) + 16;
      low = Math.max(d + n - slack, this.#lo);
      while (this.#prefix[low - base]! > target) {
        slack *= 2;
        low = Math.max(d + n - slack, this.#lo);
      }
    }
    // Smallest e in [low, high] with prefix(e + 1) > target: the working day whose ordinal is target.
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#prefix[mid + 1 - base]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** d when it is a working day, otherwise the first working day after it. */
  nextWorkingDayOnOrAfter(d: EpochDay): EpochDay {
    return this.isWorkingDay(d) ? d : this.addWorkingDays(d, 1);
  }

  /** d when it is a working day, otherwise the last working day before it. */
  previousWorkingDayOnOrBefore(d: EpochDay): EpochDay {
    return this.isWorkingDay(d) ? d : this.addWorkingDays(d, -1);
  }

  /**
   * The weekdays in [from, to) that are not working days, with the reason and its name in Dutch and
   * English, sorted by day: what an explanation cites ("Hemelvaartsdag (14 mei) telt niet als
   * werkdag"). Holidays on a Saturday or Sunday are left out, since they change no count. A day with
   * two reasons (a closing day on a holiday) appears once per reason.
   */
  holidaysBetween(from: EpochDay, to: EpochDay): Holiday[] {
    this.#prepareBoundary(from, 'from');
    this.#prepareBoundary(to, 'to');
    const result: Holiday[] = [];
    if (to <= from) return result;
    const firstYear = civilDate(from).year;
    const lastYear = civilDate(to - 1).year;
    for (let year = firstYear; year <= lastYear; year++) {
      for (const holiday of this.#reasons.get(year) ?? []) {
        if (holiday.day >= from && holiday.day < to) result.push(holiday);
      }
    }
    return result;
  }

  #outOfRange(d: EpochDay, n: number): RangeError {
    return new RangeError(
      `${n} working days from ${formatIsoDate(d)} falls outside the supported years ${FIRST_CALENDAR_YEAR}-${LAST_CALENDAR_YEAR}`,
    );
  }

  /** Makes sure day d (a day that must lie inside the supported years) is prepared. */
  #prepareDay(d: EpochDay, name: string): void {
    if (!Number.isSafeInteger(d)) throw new RangeError(`${name} must be an integer epoch day, got ${d}`);
    if (d < FIRST_CALENDAR_DAY || d >= CALENDAR_END_DAY) {
      throw new RangeError(
        `${name} ${formatIsoDate(d)} is outside the supported years ${FIRST_CALENDAR_YEAR}-${LAST_CALENDAR_YEAR}`,
      );
    }
    if (d >= this.#lo && d < this.#hi) return;
    this.#prepareThrough(civilDate(d).year);
  }

  /** Like #prepareDay, but also accepts the exclusive end 2101-01-01 as a count boundary. */
  #prepareBoundary(d: EpochDay, name: string): void {
    if (d === CALENDAR_END_DAY) {
      this.#prepareThrough(LAST_CALENDAR_YEAR);
      return;
    }
    this.#prepareDay(d, name);
  }

  #prepareThrough(year: number): void {
    if (this.#hiYear < this.#loYear) {
      this.#prepareYear(year);
      return;
    }
    while (this.#hiYear < year) this.#prepareYear(this.#hiYear + 1);
    while (this.#loYear > year) this.#prepareYear(this.#loYear - 1);
  }

  /** Fills the bitmap and prefix counts of one year adjacent to (or as the first of) the prepared years. */
  #prepareYear(year: number): void {
    const start = epochDayOf(year, 1, 1);
    const length = daysInYear(year);
    const offset = start - FIRST_CALENDAR_DAY;
    const working = this.#working;
    // 1970-01-01 was a Thursday; (day + 3) mod 7 is 5 on Saturday and 6 on Sunday.
    for (let i = 0; i < length; i++) {
      const weekday = (((start + i + 3) % 7) + 7) % 7;
      working[offset + i] = weekday >= 5 ? 0 : 1;
    }
    const reasons: Holiday[] = [];
    const end = start + length;
    const offDays = [
      ...publicHolidays(this.settings.country, year),
      ...optionalDaysOff(year, this.settings),
      ...this.#closingDaysIn(start, end),
    ];
    for (const holiday of offDays) {
      const index = holiday.day - FIRST_CALENDAR_DAY;
      const weekday = (((holiday.day + 3) % 7) + 7) % 7;
      if (weekday >= 5) continue;
      working[index] = 0;
      reasons.push(holiday);
    }
    reasons.sort((a, b) => a.day - b.day);
    this.#reasons.set(year, reasons);

    const prefix = this.#prefix;
    if (this.#hiYear < this.#loYear) {
      prefix[offset] = 0;
      this.#lo = start;
      this.#hi = end;
      this.#loYear = year;
      this.#hiYear = year;
    } else if (year === this.#hiYear + 1) {
      this.#hi = end;
      this.#hiYear = year;
    } else if (year === this.#loYear - 1) {
      let total = 0;
      for (let i = 0; i < length; i++) total += working[offset + i]!;
      prefix[offset] = prefix[offset + length]! - total;
      this.#lo = start;
      this.#loYear = year;
    } else {
      throw new Error(`year ${year} is not adjacent to the prepared years ${this.#loYear}-${this.#hiYear}`);
    }
    for (let i = 0; i < length; i++) prefix[offset + i + 1] = prefix[offset + i]! + working[offset + i]!;
  }

  #closingDaysIn(start: EpochDay, end: EpochDay): Holiday[] {
    const days: Holiday[] = [];
    for (const range of this.#closing) {
      const first = Math.max(range.from, start);
      const last = Math.min(range.to, end - 1);
      for (let day = first; day <= last; day++) days.push({ day, name: range.name, kind: 'closing-day' });
    }
    return days;
  }
}

const calendars = new Map<string, WorkingDayCalendar>();
const MAX_CACHED_CALENDARS = 256;

/**
 * The working-day calendar for these settings. Settings are validated (a DomainProblem names each
 * bad field). Calendars are pure values with lazily filled tables, so equal settings share one
 * instance: creating a calendar per request costs a map lookup, not a year of holiday computation.
 */
export function createCalendar(settings: CalendarSettings): WorkingDayCalendar {
  const parsed = parseCalendarSettings(settings);
  const key = settingsKey(parsed);
  const cached = calendars.get(key);
  if (cached) return cached;
  const calendar = new WorkingDayCalendar(parsed);
  if (calendars.size >= MAX_CACHED_CALENDARS) {
    const oldest = calendars.keys().next().value;
    if (oldest !== undefined) calendars.delete(oldest);
  }
  calendars.set(key, calendar);
  return calendar;
}
