import { type EpochDay, formatIsoDate } from '../../calendar/index.ts';
import type { CompiledTerms } from '../compile.ts';
import type { ClauseRef, Decision, Explanation, Outcome } from '../model.ts';
import type { Deferral } from './sections.ts';

/** A plain decision for the questions that are not on a hot path. */
export function decision(init: {
  question: string;
  outcome: Outcome;
  amounts?: Record<string, number>;
  dates?: Record<string, EpochDay | undefined>;
  workingDays?: number;
  clauses: ClauseRef[];
  readings?: string[];
  explanation: Explanation;
  conditions?: Record<string, boolean>;
  conclusions?: Record<string, boolean>;
  parties?: Record<string, string>;
  counts?: Record<string, number>;
  missingInputs?: string[];
}): Decision {
  const dates: Record<string, string> = {};
  for (const [name, day] of Object.entries(init.dates ?? {}))
    if (day !== undefined) dates[name] = formatIsoDate(day);
  const result: Decision = {
    question: init.question,
    outcome: init.outcome,
    amounts: init.amounts ?? {},
    dates,
    clauses: dedupe(init.clauses),
    readings: init.readings ?? [],
    explanation: init.explanation,
  };
  if (init.workingDays !== undefined) result.workingDays = init.workingDays;
  if (init.conditions !== undefined) result.conditions = init.conditions;
  return withConclusions(result, init);
}

/** Copies the optional conclusion fields that are set (an empty list of missing inputs is left out). */
export function withConclusions(
  result: Decision,
  init: Pick<Decision, 'conclusions' | 'parties' | 'counts' | 'missingInputs'>,
): Decision {
  if (init.conclusions !== undefined) result.conclusions = init.conclusions;
  if (init.parties !== undefined) result.parties = init.parties;
  if (init.counts !== undefined) result.counts = init.counts;
  if (init.missingInputs !== undefined && init.missingInputs.length > 0)
    result.missingInputs = init.missingInputs;
  return result;
}

function dedupe(clauses: ClauseRef[]): ClauseRef[] {
  const seen = new Set<string>();
  return clauses.filter((clause) => {
    const key = `${clause.document}#${clause.article}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The terms have no rule for this question. */
export function notCoveredDecision(
  compiled: CompiledTerms,
  question: string,
  subject: Explanation,
): Decision {
  return decision({
    question,
    outcome: 'not_covered',
    clauses: [],
    readings: ['terms-silent'],
    explanation: {
      nl: `De voorwaarden van ${compiled.terms.name} (versie ${compiled.terms.version}) regelen ${subject.nl} niet.`,
      en: `The terms of ${compiled.terms.name} (version ${compiled.terms.version}) do not cover ${subject.en}.`,
    },
  });
}

/**
 * The terms hand the question to another source (plusport-algemene-leveringsvoorwaarden#18.4): the external trainer's own
 * conditions decide, and the trainer, not the platform, cancels and refunds.
 */
export function deferredDecision(compiled: CompiledTerms, question: string, deferral: Deferral): Decision {
  const clause = compiled.clause(deferral.clause);
  return decision({
    question,
    parties: { decides: deferral.decidedBy, refunds: deferral.decidedBy },
    outcome: 'not_covered',
    clauses: [clause],
    readings: ['terms-silent'],
    explanation: {
      nl: `Art. ${clause.article} (${clause.title}): ${deferral.label.nl}.`,
      en: `Art. ${clause.article} (${clause.title}): ${deferral.label.en}.`,
    },
  });
}
