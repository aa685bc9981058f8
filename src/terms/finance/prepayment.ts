import { type EpochDay, parseIsoDate } from '../../calendar/index.ts';
import { invalidInput } from '../../platform/domain-problem.ts';
import { momentText } from '../course/admission.ts';
import { localMoment, parseInstant } from '../instant.ts';
import type { FinanceTerms } from './context.ts';
import type { PaymentDueQuestion } from './questions.ts';
import type { PaymentSection } from './sections.ts';
import { dateEn, dateNl } from './text.ts';

type Prepayment = PaymentSection['prepayment'][number];

/** When a payment "before the start" (or delivery) is late, as a day and, where the hour is known, a moment. */
export interface PrepaymentDeadline {
  /** The start (or delivery) date in the provider's zone. */
  startDay: EpochDay;
  /** The last day on which the payment can still be in time. */
  lastDay: EpochDay;
  /** The start moment, ISO 8601 with the provider's offset, when the question gave the hour. */
  start?: string;
  /** The moment before which the payment must be in (reading start-hour), when the hour is known. */
  dueBefore?: string;
  /** The moment in words with its zone, e.g. '20 april 2026 09:00 (Europe/Amsterdam)', when the hour is known. */
  momentNl?: string;
  momentEn?: string;
  /** `start`, when the rule reads the start as a moment and the question gave only a date. */
  missing: string[];
  nl: string;
  en: string;
}

/**
 * The deadline of a prepayment rule. "Voor aanvang van de Cursus" (plusport-cursusvoorwaarden#5.3)
 * is the words of plusport-cursusvoorwaarden#15.2 and plusport-cursusvoorwaarden#15.6, and
 * "voorafgaand aan opleiding" (sparse-algemene-voorwaarden#61.1) and "voorafgaand aan de levering"
 * (vapro-leverings-en-betalingsvoorwaarden#22.6) say the same: one reading, start-hour, decides
 * them all. The payment must be in before the start moment, so the last day is the start date
 * itself, before its hour; a provider that reads it as the day before sets `day_before_start`.
 */
export function prepaymentDeadline(
  terms: FinanceTerms,
  rule: Prepayment,
  q: PaymentDueQuestion,
): PrepaymentDeadline {
  if (q.start === undefined && q.startDate === undefined) {
    throw invalidInput('input-needed', [
      {
        path: 'start',
        message: `needed (or startDate when the hour is not known): ${rule.clauses.join(', ')} requires payment before the start or delivery`,
      },
    ]);
  }
  const timeZone = terms.calendar.settings.timeZone;
  const startMs = q.start === undefined ? undefined : parseInstant(q.start);
  const local = startMs === undefined ? undefined : localMoment(startMs, timeZone);
  const startDay = local?.day ?? parseIsoDate(q.startDate!);
  if (local && q.startDate !== undefined && parseIsoDate(q.startDate) !== local.day) {
    throw invalidInput('invalid-input', [
      { path: 'startDate', message: `is not the date of start (${q.start})` },
    ]);
  }
  const start = startMs === undefined ? undefined : momentText(startMs, timeZone);
  const base = { startDay, ...(start ? { start } : {}) };
  if (rule.lastDay === 'day_before_start') {
    return {
      ...base,
      lastDay: startDay - 1,
      missing: [],
      nl: `Betalen vóór de start of levering op ${dateNl(startDay)}, dus uiterlijk de dag ervoor: ${dateNl(startDay - 1)}.`,
      en: `Pay before the start or delivery on ${dateEn(startDay)}, so by the day before: ${dateEn(startDay - 1)}.`,
    };
  }
  if (rule.lastDay === 'start_day' || local === undefined) {
    const byHour = rule.lastDay === 'before_start';
    return {
      ...base,
      lastDay: startDay,
      missing: byHour ? ['start'] : [],
      nl: byHour
        ? `Betalen vóór de start of levering op ${dateNl(startDay)}: de betaling moet binnen zijn vóór het uur van aanvang; dat uur is niet opgegeven (veld start), dus de laatste dag is ${dateNl(startDay)}, vóór aanvang.`
        : `Betalen uiterlijk op de dag van de start of levering: ${dateNl(startDay)}.`,
      en: byHour
        ? `Pay before the start or delivery on ${dateEn(startDay)}: the payment must be in before the start hour; that hour was not given (field start), so the last day is ${dateEn(startDay)}, before the start.`
        : `Pay by the day of the start or delivery: ${dateEn(startDay)}.`,
    };
  }
  const hour = `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`;
  const momentNl = `${dateNl(startDay)} ${hour} (${timeZone})`;
  const momentEn = `${dateEn(startDay)} ${hour} (${timeZone})`;
  return {
    ...base,
    lastDay: startDay,
    dueBefore: start!,
    momentNl,
    momentEn,
    missing: [],
    nl: `Betalen vóór de start of levering: de betaling moet binnen zijn vóór ${momentNl}, ${start}.`,
    en: `Pay before the start or delivery: the payment must be in before ${momentEn}, ${start}.`,
  };
}
