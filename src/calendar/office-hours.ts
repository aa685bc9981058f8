import { Temporal } from 'temporal-polyfill';
import { civilDate, type EpochDay, epochDayOf } from './epoch-day.ts';
import type { ProviderTimeZone } from './settings.ts';
import type { WorkingDayCalendar } from './working-day-calendar.ts';

/** An instant as Temporal.Instant or an ISO string with offset ('2025-04-25T15:30:00Z'). */
export type InstantInput = Temporal.Instant | string;

function toInstant(instant: InstantInput): Temporal.Instant {
  if (typeof instant !== 'string') return instant;
  try {
    return Temporal.Instant.from(instant);
  } catch {
    throw new RangeError(`'${instant}' is not an instant with a UTC offset (e.g. 2025-04-25T15:30:00Z)`);
  }
}

/**
 * The local calendar date of an instant in a time zone, as an epoch day. Temporal applies the time
 * zone's rules, so an instant just before and after a daylight-saving change lands on the right day.
 * Callers convert once at the boundary and pass the epoch day to the hot path.
 */
export function localDate(instant: InstantInput, timeZone: ProviderTimeZone): EpochDay {
  const local = toInstant(instant).toZonedDateTimeISO(timeZone);
  return epochDayOf(local.year, local.month, local.day);
}

export interface RequestDay {
  /** The local date of the instant in the provider's time zone. */
  localDay: EpochDay;
  /** Local wall-clock time, 'HH:MM'. */
  localTime: string;
  /** Received at or after the end of office hours (17:00 means 17:00:00 and later are after hours). */
  afterOfficeHours: boolean;
  /** The local date is not a working day (weekend, holiday, closing day). */
  onNonWorkingDay: boolean;
  /**
   * The working day the request counts as received: the local date itself when it is a working day
   * and within office hours, otherwise the next working day.
   */
  effectiveDay: EpochDay;
}

/**
 * When a request (a cancellation, a complaint) counts as received. This is one reading of "received":
 * a message after office hours or on a non-working day is handled on the next working day. The terms
 * engine may instead use the raw local date (`localDay`); both are here so the choice is explicit.
 */
export function requestDay(instant: InstantInput, calendar: WorkingDayCalendar): RequestDay {
  const local = toInstant(instant).toZonedDateTimeISO(calendar.timeZone);
  const localDay = epochDayOf(local.year, local.month, local.day);
  const minutes = local.hour * 60 + local.minute;
  const afterOfficeHours = minutes >= calendar.officeHoursEndMinutes;
  const onNonWorkingDay = !calendar.isWorkingDay(localDay);
  const effectiveDay = afterOfficeHours
    ? calendar.addWorkingDays(localDay, 1)
    : calendar.nextWorkingDayOnOrAfter(localDay);
  return {
    localDay,
    localTime: `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`,
    afterOfficeHours,
    onNonWorkingDay,
    effectiveDay,
  };
}

/** The effective day of `requestDay`: the local date, moved to the next working day after office hours or on a day off. */
export function effectiveRequestDay(instant: InstantInput, calendar: WorkingDayCalendar): EpochDay {
  return requestDay(instant, calendar).effectiveDay;
}

/**
 * The instant office hours end on a local date, e.g. to tell a customer "before 17:00 on 25 April".
 */
export function officeHoursEndInstant(day: EpochDay, calendar: WorkingDayCalendar): Temporal.Instant {
  const minutes = calendar.officeHoursEndMinutes;
  const { year, month, day: dayOfMonth } = civilDate(day);
  return Temporal.ZonedDateTime.from({
    timeZone: calendar.timeZone,
    year,
    month,
    day: dayOfMonth,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  }).toInstant();
}
