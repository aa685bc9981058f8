import { assertEpochDay, civilDate, daysInMonth, type EpochDay, epochDayOf } from './epoch-day.ts';

/** `d` plus `n` calendar days (n may be negative). */
export function addDays(d: EpochDay, n: number): EpochDay {
  assertEpochDay(d);
  assertEpochDay(n);
  return d + n;
}

/** Calendar days from `from` to `to`: `to - from` (negative when `to` is earlier). */
export function daysBetween(from: EpochDay, to: EpochDay): number {
  assertEpochDay(from);
  assertEpochDay(to);
  return to - from;
}

/**
 * `d` plus `n` calendar months, keeping the day of the month and clamping to the last day of a
 * shorter month: 31 January + 1 month = 28 February (29 in a leap year); 29 February + 12 months =
 * 28 February. Each call starts again from `d`, so addMonths(31 Jan, 2) is 31 March, not 28 March.
 * (nl-be-rules.md: "month arithmetic clamps to the month's last day".)
 */
export function addMonths(d: EpochDay, n: number): EpochDay {
  assertEpochDay(n);
  const { year, month, day } = civilDate(d);
  const monthIndex = year * 12 + (month - 1) + n;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return epochDayOf(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** `d` plus `n` years, 29 February clamped to 28 February in a common year. */
export function addYears(d: EpochDay, n: number): EpochDay {
  return addMonths(d, n * 12);
}

/**
 * How many monthly periods have started in the span from `from` up to and including `to`
 * ("a part of a month counts as a whole month", vapro-leverings-en-betalingsvoorwaarden#22.8). Period k (k = 0, 1, ...) starts on
 * addMonths(from, k); it has started when that day is on or before `to`.
 *   from = to                 -> 1 (the first month has started on its first day)
 *   15 Jan .. 14 Feb          -> 1; 15 Jan .. 15 Feb -> 2
 *   31 Jan .. 27 Feb (common) -> 1; 31 Jan .. 28 Feb -> 2 (the second period starts on the clamped day)
 *   to before from            -> 0
 * `to` is inclusive, unlike countWorkingDays, because interest runs up to and including the day paid.
 */
export function startedMonthsBetween(from: EpochDay, to: EpochDay): number {
  assertEpochDay(from);
  assertEpochDay(to);
  if (to < from) return 0;
  const a = civilDate(from);
  const b = civilDate(to);
  // Whole months from `from` towards `to`, then correct by at most one for the day of the month.
  let k = (b.year - a.year) * 12 + (b.month - a.month);
  if (addMonths(from, k) > to) k -= 1;
  return k + 1;
}

/** How many whole monthly periods lie within `from` .. `to` inclusive (a started but unfinished month does not count). */
export function completedMonthsBetween(from: EpochDay, to: EpochDay): number {
  return Math.max(0, startedMonthsBetween(from, to + 1) - 1);
}

/** The first day of the month `d` falls in. */
export function startOfMonth(d: EpochDay): EpochDay {
  const { year, month } = civilDate(d);
  return epochDayOf(year, month, 1);
}

/** The last day of the month `d` falls in. */
export function endOfMonth(d: EpochDay): EpochDay {
  const { year, month } = civilDate(d);
  return epochDayOf(year, month, daysInMonth(year, month));
}
