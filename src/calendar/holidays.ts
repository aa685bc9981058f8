import Holidays from 'date-holidays';
import { type EpochDay, epochDayOf } from './epoch-day.ts';
import type { CalendarCountry, LiberationDayRule } from './settings.ts';

/**
 * Why a weekday is not a working day:
 * - `public`: a public holiday of the country (date-holidays type `public` only, never its default
 *   set, which also returns school, bank and observance days: nl-be-rules.md, "Working days");
 * - `good-friday`, `liberation-day`, `new-years-eve`: optional days the provider chose as days off;
 * - `closing-day`: the provider's own closing day.
 */
export type NonWorkingKind = 'public' | 'good-friday' | 'liberation-day' | 'new-years-eve' | 'closing-day';

export interface HolidayName {
  nl: string;
  en: string;
}

export interface Holiday {
  day: EpochDay;
  name: HolidayName;
  kind: NonWorkingKind;
}

const sources = new Map<CalendarCountry, Holidays>();

function source(country: CalendarCountry): Holidays {
  let holidays = sources.get(country);
  if (!holidays) {
    // Belgium: the Flemish region, so that the names come in Dutch (nl-be-rules.md, "Working days").
    holidays =
      country === 'BE'
        ? new Holidays('BE', 'VLG', { languages: ['nl'], types: ['public'] })
        : new Holidays('NL', { languages: ['nl'], types: ['public'] });
    sources.set(country, holidays);
  }
  return holidays;
}

const publicCache = new Map<string, readonly Holiday[]>();

/**
 * The public holidays of a country in a year, with Dutch and English names, sorted by day. Sundays
 * such as Easter and Whit Sunday are included (they are public holidays, and off anyway).
 * Belgium replaces a holiday on a Sunday by a day its joint committee or the company sets; that
 * day is not in this list: a provider adds it as a closing day.
 */
export function publicHolidays(country: CalendarCountry, year: number): readonly Holiday[] {
  const key = `${country}:${year}`;
  const cached = publicCache.get(key);
  if (cached) return cached;
  const holidays = source(country);
  const english = new Map<string, string>();
  for (const holiday of holidays.getHolidays(year, 'en')) {
    if (holiday.type === 'public') english.set(`${holiday.date}|${holiday.rule}`, holiday.name);
  }
  const list: Holiday[] = [];
  for (const holiday of holidays.getHolidays(year, 'nl')) {
    if (holiday.type !== 'public') continue;
    const [y, m, d] = holiday.date.slice(0, 10).split('-').map(Number);
    list.push({
      day: epochDayOf(y ?? 0, m ?? 0, d ?? 0),
      name: { nl: holiday.name, en: english.get(`${holiday.date}|${holiday.rule}`) ?? holiday.name },
      kind: 'public',
    });
  }
  list.sort((a, b) => a.day - b.day);
  const frozen = Object.freeze(list);
  publicCache.set(key, frozen);
  return frozen;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): EpochDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayOf(year, month, day);
}

export interface OptionalDaysOff {
  goodFridayOff: boolean;
  liberationDayOff: LiberationDayRule;
  newYearsEveOff: boolean;
}

/**
 * The optional days this provider chose as days off in a year. They are computed from their date
 * rule, not taken from date-holidays, where they sit under types (`school`, `bank`) that also hold
 * days no provider closes on.
 */
export function optionalDaysOff(year: number, choice: OptionalDaysOff): Holiday[] {
  const days: Holiday[] = [];
  if (choice.goodFridayOff) {
    days.push({
      day: easterSunday(year) - 2,
      name: { nl: 'Goede Vrijdag', en: 'Good Friday' },
      kind: 'good-friday',
    });
  }
  if (choice.liberationDayOff === 'every-year' || (choice.liberationDayOff === 'lustrum' && year % 5 === 0)) {
    days.push({
      day: epochDayOf(year, 5, 5),
      name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
      kind: 'liberation-day',
    });
  }
  if (choice.newYearsEveOff) {
    days.push({
      day: epochDayOf(year, 12, 31),
      name: { nl: 'Oudejaarsdag', en: "New Year's Eve" },
      kind: 'new-years-eve',
    });
  }
  return days;
}
