/**
 * Pure: what enrollment asks the terms engine instead of knowing a provider's clauses itself (issue
 * 11, "no clause logic or provider-specific text outside src/terms"): the notes a confirmation must
 * carry, what a change requires before it is asked for, and which textbook table applies. Terms
 * without such a clause answer with no notes and nothing required, so nothing is shown.
 */
import type { ProductType } from '../catalog/model.ts';
import type { Locale } from '../identity/model.ts';
import {
  type Decision,
  type DecisionNote,
  evaluate,
  type PartKind,
  type TermsVersion,
} from '../terms/index.ts';
import type { ChangeConditions } from './schemas.ts';

/** The part kinds of a product: itself, or a package's parts in order. */
export function partKindsOf(type: ProductType, componentTypes: readonly ProductType[]): PartKind[] {
  const types = type === 'package' ? componentTypes : [type];
  return types.flatMap((t) => (t === 'package' ? [] : [t]));
}

/** What the confirmation of an enrollment in these parts, starting at `start`, must tell the learner. */
export function confirmationNotes(
  terms: TermsVersion,
  parts: readonly PartKind[],
  start: Date,
): DecisionNote[] {
  if (parts.length === 0) return [];
  const decision = evaluate(terms, {
    type: 'confirmation_notes',
    parts: [...parts],
    start: start.toISOString(),
  });
  return decision.notes ?? [];
}

/** What a change requires or offers before it is asked for (the fee paid first, proof reasons, consent). */
export function changeConditions(
  terms: TermsVersion,
  change: 'cancellation' | 'reschedule' | 'substitution',
): Decision {
  return evaluate(terms, { type: 'change_conditions', change });
}

/** What each change requires or offers under these terms, for the enrollment's page. */
export function changeConditionsView(terms: TermsVersion): ChangeConditions {
  const cancellation = changeConditions(terms, 'cancellation');
  const reschedule = changeConditions(terms, 'reschedule');
  const substitution = changeConditions(terms, 'substitution');
  return {
    cancellation: { reasons: cancellation.options?.reasons ?? [], notes: cancellation.notes ?? [] },
    reschedule: {
      feePaidFirst: reschedule.conclusions?.feePaidFirst === true,
      notes: reschedule.notes ?? [],
    },
    substitution: {
      consentFirst: substitution.conclusions?.consentFirst === true,
      notes: substitution.notes ?? [],
    },
  };
}

/** Whether the terms require the course fee paid in full before a reschedule. */
export function feePaidBeforeReschedule(terms: TermsVersion): boolean {
  return changeConditions(terms, 'reschedule').conclusions?.feePaidFirst === true;
}

/** Whether a textbook in a package of these parts follows the terms' textbook-and-exam table. */
export function textbookWithExam(terms: TermsVersion, packageParts: readonly PartKind[]): boolean {
  const decision = evaluate(terms, { type: 'textbook_table', packageParts: [...packageParts] });
  return decision.conclusions?.withExam === true;
}

/** A note's clauses as a reader finds them: 'plusport-cursusvoorwaarden, art. 8.1, 8.2'. */
export function citeNote(note: DecisionNote): string {
  const byDocument = new Map<string, string[]>();
  for (const clause of note.clauses)
    byDocument.set(clause.document, [...(byDocument.get(clause.document) ?? []), clause.article]);
  return [...byDocument].map(([document, articles]) => `${document}, art. ${articles.join(', ')}`).join('; ');
}

/** A note in one language with its clauses, as a mail writes it. */
export function noteLine(note: DecisionNote, locale: Locale): string {
  return `${note[locale]} (${citeNote(note)})`;
}
