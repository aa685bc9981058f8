import type { CompiledTerms } from '../compile.ts';
import type { Decision } from '../model.ts';
import { courseSectionsOf } from './compile.ts';
import type { TextbookTableQuestion } from './enrollment-questions.ts';
import { decision, notCoveredDecision } from './plain.ts';

/**
 * Which cancellation table a textbook follows, by the package it is in: the textbook-and-exam table
 * (plusport-cursusvoorwaarden#15.5 "Annuleringsregeling Lesboek & Examen") for the packages its data
 * names (`packages.with` all present, `packages.without` none), else the table of a textbook with a
 * classroom training. `conclusions.withExam` is what the cancellation question's textbook part
 * takes as `withExam`. Terms without textbook rules answer not_covered.
 */
export function decideTextbookTable(compiled: CompiledTerms, question: TextbookTableQuestion): Decision {
  const textbook = courseSectionsOf(compiled).cancellation?.textbook;
  if (!textbook)
    return notCoveredDecision(compiled, 'textbook_table', {
      nl: 'de annulering van een lesboek',
      en: 'cancelling a textbook',
    });
  const parts = question.packageParts;
  const packages = textbook.withExam?.packages;
  const withExam = packages
    ? packages.with.every((kind) => parts.includes(kind)) &&
      !packages.without.some((kind) => parts.includes(kind))
    : false;
  const table = (withExam && textbook.withExam) || textbook.withClassroom;
  return decision({
    question: 'textbook_table',
    outcome: 'allowed',
    clauses: [compiled.clause(table.kept.clause)],
    explanation: withExam
      ? {
          nl: `Het lesboek volgt de regeling voor lesboek en examen: ${table.kept.label.nl}.`,
          en: `The textbook follows the textbook-and-exam table: ${table.kept.label.en}.`,
        }
      : {
          nl: `Het lesboek volgt de regeling voor een lesboek: ${table.kept.label.nl}; ${table.returnedUnused.label.nl}.`,
          en: `The textbook follows the textbook table: ${table.kept.label.en}; ${table.returnedUnused.label.en}.`,
        },
    conclusions: { withExam },
  });
}
