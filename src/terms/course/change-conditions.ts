import type { CompiledTerms } from '../compile.ts';
import type { Decision, DecisionNote, Explanation } from '../model.ts';
import { courseSectionsOf } from './compile.ts';
import type { ChangeConditionsQuestion } from './enrollment-questions.ts';
import { decision, deferredDecision } from './plain.ts';
import type { ExceptionReason } from './sections.ts';

const REASON_NAMES: Record<ExceptionReason, Explanation> = {
  death: { nl: 'overlijden', en: 'death' },
  hospital_admission: { nl: 'ziekenhuisopname', en: 'hospital admission' },
  sick_report: { nl: 'ziekmelding', en: 'a sick report' },
};

function listOf(reasons: readonly ExceptionReason[], lang: 'nl' | 'en'): string {
  const names = reasons.map((r) => REASON_NAMES[r][lang]);
  const or = lang === 'nl' ? 'of' : 'or';
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`;
}

const SUBJECT: Record<ChangeConditionsQuestion['change'], Explanation> = {
  cancellation: { nl: 'annuleren', en: 'cancelling' },
  reschedule: { nl: 'verschuiven', en: 'rescheduling' },
  substitution: { nl: 'een collega in de plaats sturen', en: 'sending a colleague instead' },
};

/**
 * What a change requires, or offers, before it is asked for, as the terms' data say it: the course
 * fee paid in full before a reschedule (plusport-cursusvoorwaarden#14.3), the reasons that hold a
 * cancellation fee until proof arrives and the days the proof may take
 * (plusport-cursusvoorwaarden#15.6), the provider's consent to a substitute. Each as a conclusion
 * (`feePaidFirst`, `proofHoldsFee`, `consentFirst`) and a note to show; terms without such a
 * clause answer `allowed` with every conclusion false and no notes, so nothing is shown or required.
 */
export function decideChangeConditions(
  compiled: CompiledTerms,
  question: ChangeConditionsQuestion,
): Decision {
  const sections = courseSectionsOf(compiled);
  const deferral = sections.deferrals?.[question.change];
  if (deferral) return deferredDecision(compiled, 'change_conditions', deferral);
  const notes: DecisionNote[] = [];
  const conclusions: Record<string, boolean> = {};
  const counts: Record<string, number> = {};
  const options: Record<string, string[]> = {};

  if (question.change === 'reschedule') {
    const paid = sections.reschedule?.paidInFull;
    conclusions.feePaidFirst = paid !== undefined;
    if (paid)
      notes.push({
        id: 'fee-paid-first',
        nl: 'Verschuiven kan pas als het cursusgeld volledig is betaald.',
        en: 'Rescheduling is possible only once the course fee is paid in full.',
        clauses: [compiled.clause(paid.clause)],
      });
  } else if (question.change === 'cancellation') {
    const exception = sections.cancellation?.exception;
    conclusions.proofHoldsFee = exception !== undefined;
    if (exception) {
      options.reasons = [...exception.reasons];
      const family = exception.familyReasons ?? [];
      if (family.length > 0) options.familyReasons = [...family];
      counts.proofCalendarDays = exception.proofCalendarDays;
      const days = exception.proofCalendarDays;
      notes.push({
        id: 'exception-proof',
        nl: `Bij ${listOf(exception.reasons, 'nl')} worden de annuleringskosten aangehouden tot het bewijs er is; het bewijs moet binnen ${days} dagen na de annulering binnen zijn${family.length > 0 ? ` (${listOf(family, 'nl')} ook van een familielid in de eerste graad)` : ''}.`,
        en: `For ${listOf(exception.reasons, 'en')} the cancellation fee is held until the proof arrives; the proof must arrive within ${days} days of the cancellation${family.length > 0 ? ` (${listOf(family, 'en')} of a first-degree relative too)` : ''}.`,
        clauses: [compiled.clause(exception.clause)],
      });
    }
  } else {
    const substitution = sections.substitution;
    conclusions.consentFirst = substitution?.mode === 'needs_approval';
    if (substitution?.mode === 'needs_approval')
      notes.push({
        id: 'consent-first',
        nl: 'Een collega in de plaats sturen kan alleen met toestemming van de opleider.',
        en: 'A colleague may take the place only with the provider’s consent.',
        clauses: [compiled.clause(substitution.clause)],
      });
  }

  const subject = SUBJECT[question.change];
  const explanation =
    notes.length > 0
      ? { nl: notes.map((n) => n.nl).join(' '), en: notes.map((n) => n.en).join(' ') }
      : {
          nl: `De voorwaarden van ${compiled.terms.name} stellen geen voorwaarde vooraf aan ${subject.nl}.`,
          en: `The terms of ${compiled.terms.name} set no condition in advance on ${subject.en}.`,
        };
  const result = decision({
    question: 'change_conditions',
    outcome: 'allowed',
    clauses: notes.flatMap((n) => n.clauses),
    // Nothing required because the terms say nothing: the answer says so by its reading.
    readings: conclusions.feePaidFirst
      ? ['reschedule-paid-first']
      : notes.length === 0
        ? ['terms-silent']
        : [],
    explanation,
    conclusions,
    counts,
  });
  result.notes = notes;
  if (Object.keys(options).length > 0) result.options = options;
  return result;
}
