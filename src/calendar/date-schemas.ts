/**
 * The one schema for a calendar date and the one for a date and time at every boundary (issue 12,
 * item 10): every route, the CLI and the terms API read dates through these, so an impossible day
 * (2026-02-30, 2026-04-31), year 0000 or a year no one means (9999) is a 400 naming the field
 * instead of reaching PostgreSQL or the rules. Checked by hand, in linear time: no pattern here can
 * backtrack (issue 12, item 1). Pure: zod only.
 */
import { z } from 'zod';
import { daysInMonth } from './epoch-day.ts';

/** The sane range of any date Klasse is given: birth dates, course dates, terms dates. */
export const FIRST_INPUT_YEAR = 1900;
export const LAST_INPUT_YEAR = 2200;

const DATE_FORMAT = 'must be a date as YYYY-MM-DD';
const DATE_TIME_FORMAT =
  'must be a date and time such as 2026-05-12T09:00 or 2026-05-12T09:00:00+02:00 (ISO 8601)';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number written by the digits text[from, to), or -1 when any of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

/** What is wrong with 'YYYY-MM-DD' at text[0, 10), or null when it is a real day in the range. */
function datePartProblem(text: string): string | null {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return DATE_FORMAT;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return DATE_FORMAT;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `${text.slice(0, 10)} is not a day of the calendar`;
  }
  if (year < FIRST_INPUT_YEAR || year > LAST_INPUT_YEAR) {
    return `must be a date from ${FIRST_INPUT_YEAR} to ${LAST_INPUT_YEAR}`;
  }
  return null;
}

/** Why text is not a real calendar date 'YYYY-MM-DD' in the sane range; null when it is one. */
export function isoDateProblem(text: string): string | null {
  return text.length === 10 ? datePartProblem(text) : DATE_FORMAT;
}

/**
 * Why text is not a date and time 'YYYY-MM-DDTHH:MM[:SS[.fraction]]' followed by an offset ('Z',
 * '+HH:MM') as `offset` asks; null when it is a real moment in the sane range.
 */
export function isoDateTimeProblem(text: string, offset: 'required' | 'optional'): string | null {
  if (text.length < 16 || text.length > 64 || text.charCodeAt(10) !== 84 /* T */) return DATE_TIME_FORMAT;
  const date = datePartProblem(text);
  if (date !== null) return date === DATE_FORMAT ? DATE_TIME_FORMAT : date;
  if (text.charCodeAt(13) !== 58) return DATE_TIME_FORMAT;
  const hour = digitsAt(text, 11, 13);
  const minute = digitsAt(text, 14, 16);
  if (hour < 0 || minute < 0) return DATE_TIME_FORMAT;
  let i = 16;
  let second = 0;
  if (text.charCodeAt(i) === 58 /* : */) {
    second = digitsAt(text, i + 1, i + 3);
    if (second < 0 || text.length < i + 3) return DATE_TIME_FORMAT;
    i += 3;
    if (text.charCodeAt(i) === 46 /* . */) {
      const start = i + 1;
      i = start;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (i === start || i - start > 9) return DATE_TIME_FORMAT;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return `${text.slice(11, i)} is not a time of day`;
  const rest = text.slice(i);
  if (rest === '') return offset === 'required' ? 'must end in a UTC offset such as Z or +02:00' : null;
  if (rest === 'Z') return null;
  const sign = rest.charCodeAt(0);
  if (rest.length !== 6 || (sign !== 43 && sign !== 45) || rest.charCodeAt(3) !== 58) return DATE_TIME_FORMAT;
  const offsetHours = digitsAt(rest, 1, 3);
  const offsetMinutes = digitsAt(rest, 4, 6);
  if (offsetHours < 0 || offsetMinutes < 0) return DATE_TIME_FORMAT;
  if (offsetHours > 14 || offsetMinutes > 59) return `${rest} is not a UTC offset`;
  return null;
}

/** A real calendar date 'YYYY-MM-DD' from 1900 to 2200; the one date schema of every boundary. */
export const isoDateSchema = z.string().superRefine((text, ctx) => {
  const problem = isoDateProblem(text);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** A moment with a UTC offset ('2026-05-12T09:00:00+02:00', '...Z') on a real calendar day. */
export const isoInstantSchema = z.string().superRefine((text, ctx) => {
  const problem = isoDateTimeProblem(text, 'required');
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * A date and time with or without an offset ('2026-05-12T09:00' is read in the provider's time zone
 * by whoever takes it) on a real calendar day.
 */
export const isoDateTimeSchema = z.string().superRefine((text, ctx) => {
  const problem = isoDateTimeProblem(text, 'optional');
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});
