/** Display formats. Amounts arrive as integer euro cents and dates as 'YYYY-MM-DD' (DESIGN: conventions). */

export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A calendar date, shown without any time zone shift: '2026-05-12' stays 12 May everywhere. */
export function formatDate(
  isoDate: string,
  locale: string,
  style: 'long' | 'short' | 'dayMonth' = 'long',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    ...(style === 'dayMonth' ? {} : { year: 'numeric' }),
  }).format(date);
}

/** An instant (ISO 8601 with zone), shown in the browser's own time zone. */
export function formatDateTime(isoInstant: string, locale: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A share as a percentage, in whole percents: 0.5 -> '50%'. */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
