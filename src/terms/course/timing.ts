import type { EpochDay } from '../../calendar/index.ts';
import type { CompiledTerms } from '../compile.ts';
import { localMoment, parseInstant } from '../instant.ts';
import type { Measure } from './sections.ts';

/**
 * When a request counts as received, and how far it lies before a start or after a purchase: the
 * counting readings in one place (docs/terms-readings.md: request-day-counted, non-working-request-day,
 * after-office-hours, weeks-as-days, zero-working-days, elearning-window).
 */
export interface RequestTiming {
  /** The instant, epoch milliseconds. */
  ms: number;
  /** The local date of receipt in the provider's zone. */
  localDay: EpochDay;
  /** Received at or after office hours end (only meaningful with the officeHoursCutOff reading). */
  afterHours: boolean;
  /**
   * The working day the request counts as received: the local date when it is a working day (and,
   * with the cut-off, within office hours), otherwise the next working day.
   */
  effectiveDay: EpochDay;
  /** The calendar day the request counts as received: the local date, or the next day after office hours. */
  receiptDay: EpochDay;
}

export function requestTiming(compiled: CompiledTerms, instant: string): RequestTiming {
  return timingAt(compiled, parseInstant(instant));
}

export function timingAt(compiled: CompiledTerms, ms: number): RequestTiming {
  const calendar = compiled.calendar;
  const local = localMoment(ms, calendar.settings.timeZone);
  const afterHours = compiled.readings.officeHoursCutOff && local.minutes >= calendar.officeHoursEndMinutes;
  const effectiveDay = afterHours
    ? calendar.addWorkingDays(local.day, 1)
    : calendar.isWorkingDay(local.day)
      ? local.day
      : calendar.addWorkingDays(local.day, 1);
  return {
    ms,
    localDay: local.day,
    afterHours,
    effectiveDay,
    receiptDay: afterHours ? local.day + 1 : local.day,
  };
}

/**
 * Working days before the start: the working days from the effective request day up to the start
 * day, the start day not counted (reading request-day-counted; when the provider sets it false the
 * count starts the day after). Never below 0: a request on the start day, or on the non-working days
 * just before it, is 0 working days before (reading zero-working-days).
 */
export function workingDaysBefore(
  compiled: CompiledTerms,
  timing: RequestTiming,
  startDay: EpochDay,
): number {
  const from = compiled.readings.requestDayCounted ? timing.effectiveDay : timing.effectiveDay + 1;
  if (from >= startDay) return 0;
  return compiled.calendar.countWorkingDays(from, startDay);
}

/** Calendar days from the day the request counts as received to the start date (reading weeks-as-days). */
export function calendarDaysBefore(timing: RequestTiming, startDay: EpochDay): number {
  const days = startDay - timing.receiptDay;
  return Math.max(days, 0);
}

/**
 * Working days after a purchase up to and including the effective request day (reading
 * elearning-window): the first working day after the purchase day is day 1, unless the provider
 * counts the purchase day itself.
 */
export function workingDaysAfterPurchase(
  compiled: CompiledTerms,
  timing: RequestTiming,
  purchaseDay: EpochDay,
): number {
  const from = compiled.readings.purchaseDayCounted ? purchaseDay : purchaseDay + 1;
  const to = timing.effectiveDay + 1;
  if (to <= from) return 0;
  return compiled.calendar.countWorkingDays(from, to);
}

/** The measure a schedule's tiers are written in, for a request and a start (or purchase) day. */
export function measureValue(
  compiled: CompiledTerms,
  measure: Measure,
  timing: RequestTiming,
  day: EpochDay,
): number {
  if (measure === 'working_days_before_start') return workingDaysBefore(compiled, timing, day);
  if (measure === 'calendar_days_before_start') return calendarDaysBefore(timing, day);
  return workingDaysAfterPurchase(compiled, timing, day);
}
