import type { CalendarSettings } from '../../calendar/index.ts';
import type { ReadingsSettings } from '../readings-settings.ts';

/**
 * The working-day calendar of the Dutch built-in providers (reading optional-holidays): public
 * holidays off, Good Friday and 31 December working days, 5 May off in lustrum years, office hours
 * until 17:00 in Europe/Amsterdam.
 */
export const DUTCH_CALENDAR: CalendarSettings = {
  country: 'NL',
  goodFridayOff: false,
  liberationDayOff: 'lustrum',
  newYearsEveOff: false,
  closingDays: [],
  timeZone: 'Europe/Amsterdam',
  officeHoursEnd: '17:00',
};

/** The readings of providers that receive requests only in office hours (Ingenium, VAPRO, Sparse). */
export const OFFICE_HOURS_READINGS: ReadingsSettings = {
  requestDayCounted: true,
  officeHoursCutOff: true,
  purchaseDayCounted: false,
  proofDeadlineMovesToWorkingDay: false,
};
