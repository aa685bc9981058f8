import type { CompiledTerms } from '../compile.ts';
import { localDay, parseInstant } from '../instant.ts';
import type { ClauseRef, Decision } from '../model.ts';
import { dateEn, dateNl, euroEn, euroNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import { PART_NAMES } from './parts.ts';
import { decision, deferredDecision, notCoveredDecision } from './plain.ts';
import type { SubstitutionQuestion } from './questions.ts';
import { timingAt } from './timing.ts';

/**
 * Sending a colleague instead (plusport-cursusvoorwaarden#14.5, ingenium-leveringsvoorwaarden#25.2, vapro-leverings-en-betalingsvoorwaarden#16.3, sparse-algemene-voorwaarden#59.2): allowed, or
 * only with consent, and on the conditions the terms set.
 */
export function decideSubstitution(compiled: CompiledTerms, question: SubstitutionQuestion): Decision {
  const sections = courseSectionsOf(compiled);
  if (sections.deferrals?.substitution)
    return deferredDecision(compiled, 'substitution', sections.deferrals.substitution);
  const section = sections.substitution;
  if (!section)
    return notCoveredDecision(compiled, 'substitution', {
      nl: 'vervanging van een deelnemer',
      en: 'substituting a participant',
    });
  const name = PART_NAMES[question.kind];
  const clause = compiled.clause(section.clause);
  const timing = timingAt(compiled, parseInstant(question.requestedAt));
  const startMs = parseInstant(question.start);
  const startDay = localDay(startMs, compiled.calendar.settings.timeZone);
  const dates: Record<string, number | undefined> = { requestDay: timing.localDay, startDay };
  const amounts = { fee: section.feeCents };
  const conditions: Record<string, boolean> = {};
  const clauses: ClauseRef[] = [clause];
  const readings: string[] = [];

  if (timing.ms >= startMs) {
    const before = compiled.clause(section.beforeStart.clause);
    return decision({
      question: 'substitution',
      outcome: 'not_allowed',
      dates,
      clauses: [before],
      readings: ['start-hour'],
      conditions: { beforeStart: false },
      explanation: {
        nl: `Een vervanger moet voor aanvang zijn aangemeld (art. ${before.article}); ${name.nl} is al begonnen.`,
        en: `A substitute must be announced before the start (art. ${before.article}); ${name.en} has already started.`,
      },
    });
  }
  conditions.beforeStart = true;

  const vca = section.vcaExamRegisteredWorkingDaysBefore;
  if (vca && question.vcaExam) {
    // ingenium-leveringsvoorwaarden#25.2 (reading vca-substitute): registered by the working day before the exam day.
    const deadline = compiled.calendar.addWorkingDays(startDay, -vca.workingDays);
    dates.registerBy = deadline;
    const inTime = timing.effectiveDay <= deadline;
    conditions.registeredInTime = inTime;
    clauses.push(compiled.clause(vca.clause));
    readings.push('vca-substitute', 'after-office-hours');
    if (!inTime) {
      return decision({
        question: 'substitution',
        outcome: 'not_allowed',
        dates,
        clauses,
        readings,
        conditions,
        explanation: {
          nl: `Een vervangende kandidaat voor een VCA-examen moet uiterlijk ${dateNl(deadline)} zijn aangemeld, de werkdag voor de examendag (art. ${clause.article}); dit verzoek telt als ontvangen op ${dateNl(timing.effectiveDay)}.`,
          en: `A substitute for a VCA exam must be registered by ${dateEn(deadline)}, the working day before the exam day (art. ${clause.article}); this request counts as received on ${dateEn(timing.effectiveDay)}.`,
        },
      });
    }
  }

  const theory = section.theoryExamWhenProofRequired;
  if (theory && question.proofOfParticipationRequired) {
    const passed = question.substitutePassedTheoryExam === true;
    conditions.substitutePassedTheoryExam = passed;
    if (!passed) {
      const theoryClause = compiled.clause(theory.clause);
      return decision({
        question: 'substitution',
        outcome: 'not_allowed',
        dates,
        clauses: [theoryClause],
        readings,
        conditions,
        explanation: {
          nl: `Ruilen met een collega mag, maar voor deze praktijksessie is een bewijs van deelname voorgeschreven: de collega moet geslaagd zijn voor het online theorie-examen (art. ${theoryClause.article}).`,
          en: `Swapping with a colleague is allowed, but this practical session requires a proof of participation: the colleague must have passed the online theory exam (art. ${theoryClause.article}).`,
        },
      });
    }
  }

  if (section.mode === 'needs_approval' && !question.consentGiven) {
    readings.push('substitution-consent');
    conditions.consentGiven = false;
    return decision({
      question: 'substitution',
      outcome: 'needs_approval',
      amounts,
      dates,
      clauses,
      readings,
      conditions,
      explanation: {
        nl: `Vervanging van een deelnemer is alleen mogelijk met (schriftelijke) toestemming van ${compiled.terms.name} (art. ${clause.article}).`,
        en: `Substituting a participant needs the (written) consent of ${compiled.terms.name} (art. ${clause.article}).`,
      },
    });
  }
  if (section.mode === 'needs_approval') {
    readings.push('substitution-consent');
    conditions.consentGiven = true;
  }
  return decision({
    question: 'substitution',
    outcome: 'allowed',
    amounts,
    dates,
    clauses,
    readings,
    conditions,
    explanation: {
      nl: `Een collega mag in de plaats komen voor ${name.nl} (art. ${clause.article}); dat kost ${section.feeCents === 0 ? 'niets extra' : euroNl(section.feeCents)}.`,
      en: `A colleague may take the place for ${name.en} (art. ${clause.article}); this costs ${section.feeCents === 0 ? 'nothing extra' : euroEn(section.feeCents)}.`,
    },
  });
}
