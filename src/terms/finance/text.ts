import {
  addMonths,
  civilDate,
  type EpochDay,
  formatIsoDate,
  type WorkingDayCalendar,
} from '../../calendar/index.ts';
import { withConclusions } from '../course/plain.ts';
import type { ClauseId, Decision, Outcome } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import type { Period } from './sections.ts';

export { dateEn, dateNl, euroEn as eurEn, euroNl as eurNl, percentEn, percentNl } from '../text.ts';

/** Shared pieces of every finance decision: period arithmetic, periods in words, the decision itself. */

const UNIT_NL: Record<Period['unit'], [string, string]> = {
  days: ['dag', 'dagen'],
  weeks: ['week', 'weken'],
  months: ['maand', 'maanden'],
  calendar_months: ['kalendermaand', 'kalendermaanden'],
  years: ['jaar', 'jaar'],
  working_days: ['werkdag', 'werkdagen'],
};
const UNIT_EN: Record<Period['unit'], [string, string]> = {
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  calendar_months: ['calendar month', 'calendar months'],
  years: ['year', 'years'],
  working_days: ['working day', 'working days'],
};

export function periodNl(period: Period): string {
  const [one, many] = UNIT_NL[period.unit];
  return `${period.amount} ${period.amount === 1 ? one : many}`;
}

export function periodEn(period: Period): string {
  const [one, many] = UNIT_EN[period.unit];
  return `${period.amount} ${period.amount === 1 ? one : many}`;
}

/**
 * The last day of a period that runs after `from`: the event day itself does not count, so
 * "within 10 days after the invoice date" of 1 March ends on 11 March (reading
 * days-after-event). Weeks are 7 calendar days (reading weeks-as-days); months
 * clamp to the month's end; working days follow the provider's calendar. A calendar month runs to
 * the end of the next full calendar month (reading calendar-month-notice).
 */
export function addPeriod(from: EpochDay, period: Period, calendar: WorkingDayCalendar): EpochDay {
  switch (period.unit) {
    case 'days':
      return from + period.amount;
    case 'weeks':
      return from + 7 * period.amount;
    case 'months':
      return addMonths(from, period.amount);
    case 'years':
      return addMonths(from, 12 * period.amount);
    case 'calendar_months': {
      // The last day of the month that lies `amount` months after the month of `from`.
      const firstOfMonth = from - civilDate(from).day + 1;
      return addMonths(firstOfMonth, period.amount + 1) - 1;
    }
    case 'working_days':
      return calendar.addWorkingDays(from, period.amount);
  }
}

/** The opposite of addPeriod for month-based periods: `to` minus the period (used for notice before an end). */
export function subtractPeriod(to: EpochDay, period: Period, calendar: WorkingDayCalendar): EpochDay {
  switch (period.unit) {
    case 'days':
      return to - period.amount;
    case 'weeks':
      return to - 7 * period.amount;
    case 'months':
    case 'calendar_months':
      return addMonths(to, -period.amount);
    case 'years':
      return addMonths(to, -12 * period.amount);
    case 'working_days':
      return calendar.addWorkingDays(to, -period.amount);
  }
}

export interface DecisionParts {
  outcome: Outcome;
  amounts?: Record<string, number>;
  dates?: Record<string, EpochDay>;
  workingDays?: number;
  clauses: readonly ClauseId[];
  law?: readonly Decision['clauses'][number][];
  readings?: readonly string[];
  /** Rules the decision applied: the readings their data relies on are cited too. */
  rules?: readonly ({ readings?: readonly string[] | undefined } | null | undefined)[];
  nl: readonly string[];
  en: readonly string[];
  conditions?: Record<string, boolean>;
  lines?: Decision['lines'];
  conclusions?: Record<string, boolean>;
  parties?: Record<string, string>;
  counts?: Record<string, number>;
  /** Moments where a deadline is an hour, not a day (reading start-hour); empty ones are left out. */
  moments?: Record<string, string>;
  missingInputs?: string[];
}

/** Builds a Decision: clause ids resolved through the terms' catalogue, statutory citations after them, dates as ISO strings. */
export function decide(terms: FinanceTerms, question: string, parts: DecisionParts): Decision {
  const dates: Record<string, string> = {};
  for (const [name, day] of Object.entries(parts.dates ?? {})) dates[name] = formatIsoDate(day);
  const clauses = [...new Set(parts.clauses)].map((id) => terms.clause(id));
  for (const ref of parts.law ?? []) {
    if (!clauses.some((c) => c.document === ref.document && c.article === ref.article)) clauses.push(ref);
  }
  const decision: Decision = {
    question,
    outcome: parts.outcome,
    amounts: { ...(parts.amounts ?? {}) },
    dates,
    clauses,
    readings: [
      ...new Set([...(parts.readings ?? []), ...(parts.rules ?? []).flatMap((rule) => rule?.readings ?? [])]),
    ],
    explanation: { nl: parts.nl.join(' '), en: parts.en.join(' ') },
  };
  if (parts.workingDays !== undefined) decision.workingDays = parts.workingDays;
  if (parts.conditions) decision.conditions = parts.conditions;
  if (parts.lines) decision.lines = parts.lines;
  if (parts.moments && Object.keys(parts.moments).length > 0) decision.moments = parts.moments;
  return withConclusions(decision, parts);
}
