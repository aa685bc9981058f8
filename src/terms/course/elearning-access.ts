import { addMonths } from '../../calendar/index.ts';
import type { CompiledTerms } from '../compile.ts';
import { parseDay } from '../instant.ts';
import type { Decision } from '../model.ts';
import { dateEn, dateNl } from '../text.ts';
import { courseSectionsOf } from './compile.ts';
import { decision, notCoveredDecision } from './plain.ts';
import type { ElearningAccessQuestion } from './questions.ts';

/**
 * How long e-learning stays open (plusport-cursusvoorwaarden#4.4/4.5, ingenium-leveringsvoorwaarden#26; readings
 * elearning-access-month, elearning-access-after-completion).
 */
export function decideElearningAccess(compiled: CompiledTerms, question: ElearningAccessQuestion): Decision {
  const section = courseSectionsOf(compiled).elearningAccess;
  if (!section)
    return notCoveredDecision(compiled, 'elearning_access', {
      nl: 'de toegangsduur van e-learning',
      en: 'how long e-learning stays open',
    });
  const clause = compiled.clause(section.clause);
  const opened = parseDay(question.openedOn);
  const completed = question.completedOn === undefined ? undefined : parseDay(question.completedOn);
  const asOf = question.asOf === undefined ? undefined : parseDay(question.asOf);
  const reading =
    section.runsFrom === 'opened' ? 'elearning-access-month' : 'elearning-access-after-completion';
  const from = section.runsFrom === 'opened' ? opened : completed;
  if (from === undefined) {
    return decision({
      question: 'elearning_access',
      outcome: 'allowed',
      dates: { openedOn: opened },
      clauses: [clause],
      readings: [reading],
      explanation: {
        nl: `De toegang loopt tot na het afronden van de training (art. ${clause.article}); zolang die niet is afgerond, geven de voorwaarden geen einddatum.`,
        en: `Access runs until after the training is completed (art. ${clause.article}); until then the terms set no end date.`,
      },
    });
  }
  const end =
    'months' in section.period ? addMonths(from, section.period.months) : from + section.period.days;
  const open = asOf === undefined || asOf <= end;
  return decision({
    question: 'elearning_access',
    outcome: open ? 'allowed' : 'not_allowed',
    dates: { openedOn: opened, completedOn: completed, accessEnd: end, asOf },
    clauses: [clause],
    readings: [reading],
    explanation: {
      nl: `De e-learning is open tot en met ${dateNl(end)} (art. ${clause.article})${asOf !== undefined ? (open ? `; op ${dateNl(asOf)} is er nog toegang` : `; op ${dateNl(asOf)} is de toegang vervallen`) : ''}.`,
      en: `The e-learning is open through ${dateEn(end)} (art. ${clause.article})${asOf !== undefined ? (open ? `; on ${dateEn(asOf)} access is still open` : `; on ${dateEn(asOf)} access has lapsed`) : ''}.`,
    },
  });
}
