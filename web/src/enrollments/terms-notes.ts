import type { TermsNote } from './types.ts';

/** A note's clauses as the pages cite them: 'plusport-cursusvoorwaarden, art. 8.1, 8.2'. */
export function citeNote(note: TermsNote): string {
  const byDocument = new Map<string, string[]>();
  for (const clause of note.clauses)
    byDocument.set(clause.document, [...(byDocument.get(clause.document) ?? []), clause.article]);
  return [...byDocument].map(([document, articles]) => `${document}, art. ${articles.join(', ')}`).join('; ');
}

/** The notes in the page's language, each with its clauses. */
export function notesText(notes: readonly TermsNote[], locale: string): string {
  return notes.map((n) => `${locale === 'nl' ? n.nl : n.en} (${citeNote(n)})`).join(' ');
}
