import { addMonths } from '../../calendar/index.ts';
import { percentOf } from '../../money/cents.ts';
import { invalidInput } from '../../platform/domain-problem.ts';
import type { CompiledTerms } from '../compile.ts';
import { localDay, parseDay, parseInstant } from '../instant.ts';
import type { Decision } from '../model.ts';
import { dateEn, dateNl, euroEn, euroNl, workingDaysEn, workingDaysNl } from '../text.ts';
import { compileSchedule, courseSectionsOf, tierAt } from './compile.ts';
import { PART_NAMES } from './parts.ts';
import { decision, deferredDecision, notCoveredDecision } from './plain.ts';
import type { RescheduleQuestion } from './questions.ts';
import { rescheduleAsCancellation } from './reschedule-as-cancellation.ts';
import { measureValue, timingAt } from './timing.ts';

const SUBJECT = { nl: 'het verschuiven van een deelname', en: 'rescheduling a participation' };

/**
 * Rescheduling (plusport-cursusvoorwaarden#14, ingenium-leveringsvoorwaarden#25.2): the fee or "not possible" of the tier the
 * request falls in, the new date within its limit, the course fee paid first.
 */
export function decideReschedule(compiled: CompiledTerms, question: RescheduleQuestion): Decision {
  const sections = courseSectionsOf(compiled);
  if (sections.deferrals?.reschedule)
    return deferredDecision(compiled, 'reschedule', sections.deferrals.reschedule);
  const section = sections.reschedule;
  if (!section) return notCoveredDecision(compiled, 'reschedule', SUBJECT);
  const name = PART_NAMES[question.kind];
  const timing = timingAt(compiled, parseInstant(question.requestedAt));
  const startMs = parseInstant(question.start);
  const startDay = localDay(startMs, compiled.calendar.settings.timeZone);
  const dates = { requestDay: timing.localDay, startDay };

  if (question.group !== undefined && section.groups) {
    const clause = compiled.clause(section.groups.clause);
    return decision({
      question: 'reschedule',
      outcome: 'not_covered',
      dates,
      clauses: [clause],
      readings: ['in-company'],
      explanation: {
        nl: `Voor besloten groepen geldt een andere verschuivingsregeling (art. ${clause.article}): ${section.groups.label.nl}.`,
        en: `Closed groups have another rescheduling rule (art. ${clause.article}): ${section.groups.label.en}.`,
      },
    });
  }
  if (section.paidInFull && question.paidInFull === undefined) {
    // Ask only what the rule needs: this provider's rule does (plusport-cursusvoorwaarden#14.3), so it is named.
    throw invalidInput('input-needed', [
      {
        path: 'paidInFull',
        message: `needed: ${section.paidInFull.clause} requires the course fee paid first`,
      },
    ]);
  }
  if (section.paidInFull && !question.paidInFull) {
    const clause = compiled.clause(section.paidInFull.clause);
    return decision({
      question: 'reschedule',
      outcome: 'not_allowed',
      dates,
      clauses: [clause],
      readings: ['reschedule-paid-first'],
      explanation: {
        nl: `Verschuiven kan pas als het cursusgeld volledig is betaald (art. ${clause.article}).`,
        en: `Rescheduling is possible only once the course fee is paid in full (art. ${clause.article}).`,
      },
    });
  }
  if (timing.ms >= startMs) {
    const clause = compiled.clause(section.afterStart.clause);
    return decision({
      question: 'reschedule',
      outcome: 'not_allowed',
      dates,
      clauses: [clause],
      readings: ['start-hour'],
      explanation: {
        nl: `Verschuiven moet voor aanvang worden gevraagd (art. ${clause.article}); ${name.nl} is al begonnen.`,
        en: `A reschedule must be asked before the start (art. ${clause.article}); ${name.en} has already started.`,
      },
    });
  }
  const rule = section.parts[question.kind];
  if (!rule)
    return notCoveredDecision(compiled, 'reschedule', {
      nl: `het verschuiven van ${name.nl}`,
      en: `rescheduling ${name.en}`,
    });

  if (rule.mode === 'not_possible') {
    const clause = compiled.clause(rule.clause);
    return decision({
      question: 'reschedule',
      outcome: 'not_allowed',
      dates,
      clauses: [clause],
      explanation: {
        nl: `Verschuiven is niet mogelijk (art. ${clause.article}): ${rule.label.nl}.`,
        en: `Rescheduling is not possible (art. ${clause.article}): ${rule.label.en}.`,
      },
    });
  }

  if (rule.mode === 'as_cancellation')
    return rescheduleAsCancellation(compiled, question, rule.clause, dates);

  const schedule = compiled.memo(`course.reschedule.${question.kind}`, () =>
    compileSchedule(compiled, rule.schedule),
  );
  const value = measureValue(compiled, schedule.measure, timing, startDay);
  const tier = tierAt(schedule, value);
  const counted =
    schedule.measure === 'working_days_before_start'
      ? { nl: workingDaysNl(value), en: workingDaysEn(value) }
      : { nl: `${value} dagen`, en: `${value} days` };
  const readings =
    schedule.measure === 'working_days_before_start'
      ? [
          'request-day-counted',
          'non-working-request-day',
          'after-office-hours',
          'zero-working-days',
          'start-hour',
        ]
      : ['weeks-as-days', 'after-office-hours', 'start-hour'];
  const workingDays = schedule.measure === 'working_days_before_start' ? { workingDays: value } : {};
  if (!tier) return notCoveredDecision(compiled, 'reschedule', SUBJECT);
  const clause = tier.clauseRefs[0]!;
  if (!tier.allowed) {
    return decision({
      question: 'reschedule',
      outcome: 'not_allowed',
      dates,
      ...workingDays,
      clauses: tier.clauseRefs,
      readings,
      explanation: {
        nl: `Verschuiven van ${name.nl} is niet mogelijk: het verzoek telt als ${counted.nl} voor aanvang op ${dateNl(startDay)} (art. ${clause.article}, ${tier.label.nl}). Alleen annuleren is mogelijk.`,
        en: `Rescheduling ${name.en} is not possible: the request counts as ${counted.en} before the start on ${dateEn(startDay)} (art. ${clause.article}, ${tier.label.en}). Only cancelling is possible.`,
      },
    });
  }
  const fee = percentOf(question.price, tier.feeBasisPoints) + (tier.fixedFeeCents ?? 0);
  const limit = rule.newDateWithinMonths;
  const newDay = question.newDate === undefined ? undefined : parseDay(question.newDate);
  // plusport-cursusvoorwaarden#14.5 "binnen 3 maanden na de initiële cursusdatum": the first date, not a later one.
  const firstDay = question.originalDate === undefined ? startDay : parseDay(question.originalDate);
  const missingInputs =
    limit && question.originalDate === undefined && (question.earlierReschedules ?? 0) > 0
      ? ['originalDate']
      : [];
  if (limit) {
    const latest = addMonths(firstDay, limit.months);
    const limitClause = compiled.clause(limit.clause);
    if (newDay === undefined || newDay > latest) {
      return decision({
        question: 'reschedule',
        outcome: 'not_allowed',
        dates: { ...dates, latestNewDate: latest, newDate: newDay, originalDate: firstDay },
        ...workingDays,
        missingInputs,
        clauses: [limitClause],
        readings: [...readings, 'reschedule-new-date'],
        explanation: {
          nl: `Verschuiven kan alleen met een nieuwe datum uiterlijk ${dateNl(latest)} (${limit.months} maanden na de eerste datum, art. ${limitClause.article})${newDay === undefined ? '; er is geen nieuwe datum opgegeven' : `; ${dateNl(newDay)} is later`}. Alleen annuleren is mogelijk.`,
          en: `Rescheduling needs a new date by ${dateEn(latest)} (${limit.months} months after the first date, art. ${limitClause.article})${newDay === undefined ? '; no new date was given' : `; ${dateEn(newDay)} is later`}. Only cancelling is possible.`,
        },
      });
    }
  }
  const amounts: Record<string, number> = { fee, price: question.price };
  if (tier.payableAtOnce) amounts.payNow = fee;
  return decision({
    question: 'reschedule',
    outcome: 'allowed',
    amounts,
    dates: {
      ...dates,
      newDate: newDay,
      ...(limit ? { latestNewDate: addMonths(firstDay, limit.months), originalDate: firstDay } : {}),
    },
    ...workingDays,
    missingInputs,
    counts: {
      [schedule.measure === 'working_days_before_start' ? 'workingDays' : 'calendarDays']: value,
      feeBasisPoints: tier.feeBasisPoints,
      fixedFeeCents: tier.fixedFeeCents ?? 0,
    },
    conclusions: { payableAtOnce: tier.payableAtOnce === true && fee > 0 },
    clauses: limit ? [...tier.clauseRefs, compiled.clause(limit.clause)] : tier.clauseRefs,
    readings: limit ? [...readings, 'reschedule-new-date'] : readings,
    explanation: {
      nl: `Verschuiven van ${name.nl} kost ${euroNl(fee)} (art. ${clause.article}, ${tier.label.nl}): het verzoek telt als ${counted.nl} voor aanvang op ${dateNl(startDay)}.${tier.payableAtOnce && fee > 0 ? ' De kosten moeten direct worden betaald.' : ''}`,
      en: `Rescheduling ${name.en} costs ${euroEn(fee)} (art. ${clause.article}, ${tier.label.en}): the request counts as ${counted.en} before the start on ${dateEn(startDay)}.${tier.payableAtOnce && fee > 0 ? ' The fee is payable at once.' : ''}`,
    },
  });
}
