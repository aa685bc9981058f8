/**
 * A session's date and times as the learner reads them: in the provider's time zone (a session in
 * Utrecht starts at 09:00 in Utrecht, whatever zone the browser is in), one date when it starts and
 * ends on the same day.
 */

function parts(instant: Date, locale: string, timeZone: string) {
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(instant);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(instant);
  return { date, time, day };
}

/** '(wo) 10 dec 2026, 09:00–17:00' or, over several days, '10 dec 2026 09:00 – 11 dec 2026 17:00'. */
export function formatSessionTime(
  startsAt: string,
  endsAt: string,
  locale: string,
  timeZone: string,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startsAt} – ${endsAt}`;
  const s = parts(start, locale, timeZone);
  const e = parts(end, locale, timeZone);
  if (s.day === e.day) return `${s.date}, ${s.time}–${e.time}`;
  return `${s.date} ${s.time} – ${e.date} ${e.time}`;
}

/** An instant as a date and time in the provider's zone, e.g. a registration deadline. */
export function formatInstantIn(instant: string, locale: string, timeZone: string): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const p = parts(at, locale, timeZone);
  return `${p.date}, ${p.time}`;
}

/** The provider's calendar date of an instant, 'YYYY-MM-DD'. */
export function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(instant));
}
