import type { CompiledTerms } from '../compile.ts';
import { parseDay } from '../instant.ts';
import type { Decision } from '../model.ts';
import { dateEn, dateNl, workingDaysEn, workingDaysNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import type { ResultDueQuestion } from './door-questions.ts';
import { PART_NAMES } from './parts.ts';
import { decision, notCoveredDecision } from './plain.ts';

const VIA_NL = { email: 'per e-mail', online_profile: 'in het online profiel', post: 'per post' } as const;
const VIA_EN = { email: 'by e-mail', online_profile: 'in the online profile', post: 'by post' } as const;

/**
 * When the result of an exam or practical session is due (plusport-cursusvoorwaarden#13.4: "Over het
 * algemeen ... binnen 2 werkdagen ... per e-mail") and whether that binds (reading result-indicative:
 * "over het algemeen" is an indication, so a later result is no breach); the instructor's word at
 * the end of a practical session is no official result (13.1).
 */
export function decideResultDue(compiled: CompiledTerms, question: ResultDueQuestion): Decision {
  const section = courseSectionsOf(compiled).results;
  const name = PART_NAMES[question.kind];
  const subject = {
    nl: `wanneer de uitslag van ${name.nl} komt`,
    en: `when the result of ${name.en} is due`,
  };
  const rule = section?.parts[question.kind];
  if (!section || !rule) return notCoveredDecision(compiled, 'result_due', subject);
  const held = parseDay(question.heldOn);
  const expected = compiled.calendar.addWorkingDays(held, rule.workingDays);
  const clause = compiled.clause(rule.clause);
  const clauses = [clause];
  const nl = [
    `De uitslag komt ${VIA_NL[rule.via]} binnen ${workingDaysNl(rule.workingDays)} na ${dateNl(held)}: uiterlijk ${dateNl(expected)} (art. ${clause.article}).`,
  ];
  const en = [
    `The result comes ${VIA_EN[rule.via]} within ${workingDaysEn(rule.workingDays)} after ${dateEn(held)}: by ${dateEn(expected)} (art. ${clause.article}).`,
  ];
  if (!rule.binding) {
    nl.push(
      'Dat is een indicatie ("over het algemeen"), geen bindende termijn: een latere uitslag is geen tekortkoming.',
    );
    en.push(
      'That is an indication ("over het algemeen", as a rule), not a binding term: a later result is no breach.',
    );
  }
  const conclusions: Record<string, boolean> = { binding: rule.binding };
  const spot = section.onTheSpotNotOfficial;
  if (spot?.kinds.includes(question.kind)) {
    const spotClause = compiled.clause(spot.clause);
    clauses.push(spotClause);
    conclusions.onTheSpotVerdictIsResult = false;
    nl.push(
      `Wat de instructeur aan het eind zegt is nog geen officiële uitslag; daaraan kunnen geen rechten worden ontleend (art. ${spotClause.article}).`,
    );
    en.push(
      `What the instructor says at the end is not yet the official result; no rights follow from it (art. ${spotClause.article}).`,
    );
  }
  const asOf = question.asOf === undefined ? undefined : parseDay(question.asOf);
  if (asOf !== undefined) conclusions.overdue = asOf > expected;
  return decision({
    question: 'result_due',
    outcome: 'allowed',
    dates: { heldOn: held, resultExpectedBy: expected },
    workingDays: rule.workingDays,
    counts: { workingDays: rule.workingDays },
    clauses,
    readings: rule.binding ? ['days-after-event'] : ['days-after-event', 'result-indicative'],
    explanation: { nl: nl.join(' '), en: en.join(' ') },
    conclusions,
  });
}
