import { z } from 'zod';
import { invalidInput } from '../platform/domain-problem.ts';
import { isoDateSchema } from './date-schemas.ts';
import { type EpochDay, epochDayOf, formatIsoDate, parseIsoDate } from './epoch-day.ts';

/** Years a calendar can answer for; outside them every call throws a RangeError. */
export const FIRST_CALENDAR_YEAR = 1990;
export const LAST_CALENDAR_YEAR = 2100;
export const FIRST_CALENDAR_DAY: EpochDay = epochDayOf(FIRST_CALENDAR_YEAR, 1, 1);
/** The day after the last supported day; valid as the exclusive end of a count. */
export const CALENDAR_END_DAY: EpochDay = epochDayOf(LAST_CALENDAR_YEAR + 1, 1, 1);

export const CALENDAR_COUNTRIES = ['NL', 'BE'] as const;
export type CalendarCountry = (typeof CALENDAR_COUNTRIES)[number];

export const PROVIDER_TIME_ZONES = ['Europe/Amsterdam', 'Europe/Brussels'] as const;
export type ProviderTimeZone = (typeof PROVIDER_TIME_ZONES)[number];

/**
 * Liberation Day (5 May): a day off never, every year (as the Algemene termijnenwet lists it), or
 * only in lustrum years, the years divisible by 5 (2025, 2030), as many collective agreements do
 * (nl-be-rules.md, "Working days").
 */
export const LIBERATION_DAY_RULES = ['never', 'every-year', 'lustrum'] as const;
export type LiberationDayRule = (typeof LIBERATION_DAY_RULES)[number];

// The one date schema of every boundary (issue 12, item 10), narrowed to the years the calendar holds.
const isoDate = isoDateSchema.refine(
  (text) => isSupportedIsoDate(text),
  `outside ${FIRST_CALENDAR_YEAR}-${LAST_CALENDAR_YEAR}`,
);

/** A provider's own closing period, first and last day inclusive, with the name an explanation shows. */
export const closingPeriodSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    name: z
      .object({ nl: z.string().min(1).max(100), en: z.string().min(1).max(100) })
      .optional()
      .describe('Shown in explanations; default "Sluitingsdag" / "Closing day".'),
  })
  .refine(
    (period) => !isValidIsoDate(period.from) || !isValidIsoDate(period.to) || period.from <= period.to,
    {
      message: 'from must be on or before to',
      path: ['to'],
    },
  );

export const calendarSettingsSchema = z.object({
  country: z.enum(CALENDAR_COUNTRIES).describe('NL: date-holidays NL; BE: date-holidays BE region VLG'),
  goodFridayOff: z.boolean().describe('Good Friday is not a working day'),
  liberationDayOff: z.enum(LIBERATION_DAY_RULES).describe('When 5 May is not a working day'),
  newYearsEveOff: z.boolean().describe('31 December is not a working day'),
  closingDays: z
    .array(z.union([isoDate, closingPeriodSchema]))
    .max(1000)
    .describe('Days or inclusive periods on which the provider is closed'),
  timeZone: z.enum(PROVIDER_TIME_ZONES),
  officeHoursEnd: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (24 hours)')
    .describe('A request at or after this local time counts as received on the next working day'),
});

export type ClosingPeriod = z.infer<typeof closingPeriodSchema>;
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

/** Validates settings and returns them in a canonical form, or throws a DomainProblem naming each bad field. */
export function parseCalendarSettings(input: unknown, path = 'calendar'): CalendarSettings {
  const result = calendarSettingsSchema.safeParse(input);
  if (!result.success) {
    throw invalidInput(
      'calendar-settings-invalid',
      result.error.issues.map((issue) => ({
        path: [path, ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
      {
        nl: 'De instellingen van de werkdagenkalender zijn ongeldig.',
        en: 'The working-day calendar settings are invalid.',
      },
    );
  }
  return result.data;
}

/** Minutes after local midnight at which office hours end. */
export function officeHoursEndMinutes(settings: CalendarSettings): number {
  const [hours, minutes] = settings.officeHoursEnd.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The closing days as inclusive epoch-day ranges. */
export function closingRanges(
  settings: CalendarSettings,
): { from: EpochDay; to: EpochDay; name: ClosingName }[] {
  return settings.closingDays.map((entry) => {
    if (typeof entry === 'string') {
      const day = parseIsoDate(entry);
      return { from: day, to: day, name: DEFAULT_CLOSING_NAME };
    }
    return {
      from: parseIsoDate(entry.from),
      to: parseIsoDate(entry.to),
      name: entry.name ?? DEFAULT_CLOSING_NAME,
    };
  });
}

export interface ClosingName {
  nl: string;
  en: string;
}

export const DEFAULT_CLOSING_NAME: ClosingName = { nl: 'Sluitingsdag', en: 'Closing day' };

/** A stable key for settings that mean the same calendar (closing days in given order). */
export function settingsKey(settings: CalendarSettings): string {
  const closing = closingRanges(settings).map((range) => [
    formatIsoDate(range.from),
    formatIsoDate(range.to),
    range.name.nl,
    range.name.en,
  ]);
  return JSON.stringify([
    settings.country,
    settings.goodFridayOff,
    settings.liberationDayOff,
    settings.newYearsEveOff,
    settings.timeZone,
    settings.officeHoursEnd,
    closing,
  ]);
}

function isValidIsoDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

function isSupportedIsoDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
}
