/**
 * Dates, times and amounts as an e-mail shows them, in the recipient's language (nl or en) and the
 * provider's time zone. Each formatter is made once per style, language and time zone: making an
 * Intl formatter costs far more than formatting with it (it was a seventh of a confirmed enrollment's
 * CPU in bench/enroll-spread.ts, where every enrollment sends its confirmation).
 */
import type { Locale } from '../actor.ts';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const STYLES = { date: DATE, time: TIME, dateTime: { ...DATE, ...TIME } } as const;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const euroFormats = new Map<Locale, Intl.NumberFormat>();

function dateFormat(style: keyof typeof STYLES, locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${locale} ${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...STYLES[style], timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** "maandag 12 januari 2026" / "Monday 12 January 2026". */
export const formatDate = (date: Date, locale: Locale, timeZone: string): string =>
  dateFormat('date', locale, timeZone).format(date);

/** "09:00", on a 24-hour clock in both languages. */
export const formatTime = (date: Date, locale: Locale, timeZone: string): string =>
  dateFormat('time', locale, timeZone).format(date);

/** The date and the time together. */
export const formatDateTime = (date: Date, locale: Locale, timeZone: string): string =>
  dateFormat('dateTime', locale, timeZone).format(date);

/** "€ 147,50" / "€147.50". */
export function formatEuros(cents: number, locale: Locale): string {
  let format = euroFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: 'EUR' });
    euroFormats.set(locale, format);
  }
  return format.format(cents / 100);
}
