/**
 * The working-day calendar (issue 3, item 1): dates as epoch days on the hot path, converters for
 * the boundaries, calendar and month arithmetic, per-provider working days with O(1) counts, and
 * office-hour cut-offs in the provider's time zone. Pure: no I/O, no clock.
 */
export {
  addDays,
  addMonths,
  addYears,
  completedMonthsBetween,
  daysBetween,
  endOfMonth,
  startedMonthsBetween,
  startOfMonth,
} from './date-arithmetic.ts';
export {
  assertEpochDay,
  type CivilDate,
  civilDate,
  dayOfWeek,
  daysInMonth,
  daysInYear,
  type EpochDay,
  epochDayOf,
  formatIsoDate,
  fromPlainDate,
  type IsoWeekday,
  isLeapYear,
  isWeekend,
  parseIsoDate,
  toEpochDay,
  toPlainDate,
  yearOf,
} from './epoch-day.ts';
export {
  easterSunday,
  type Holiday,
  type HolidayName,
  type NonWorkingKind,
  publicHolidays,
} from './holidays.ts';
export {
  effectiveRequestDay,
  type InstantInput,
  localDate,
  officeHoursEndInstant,
  type RequestDay,
  requestDay,
} from './office-hours.ts';
export {
  CALENDAR_COUNTRIES,
  CALENDAR_END_DAY,
  type CalendarCountry,
  type CalendarSettings,
  type ClosingPeriod,
  calendarSettingsSchema,
  FIRST_CALENDAR_DAY,
  FIRST_CALENDAR_YEAR,
  LAST_CALENDAR_YEAR,
  LIBERATION_DAY_RULES,
  type LiberationDayRule,
  PROVIDER_TIME_ZONES,
  type ProviderTimeZone,
  parseCalendarSettings,
} from './settings.ts';
export { createCalendar, WorkingDayCalendar } from './working-day-calendar.ts';
