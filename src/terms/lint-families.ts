import { ClauseIndex } from './clauses.ts';
import { lintFinance } from './finance/lint.ts';
import { COURSE_LINTERS, type FamilyLinter, type LintFinding, lintTermsCore } from './lint.ts';
import { lintTierLabels } from './lint-labels.ts';
import type { TermsVersion } from './terms-version.ts';

/** The linters of every rule family. */
export const FAMILY_LINTERS: readonly FamilyLinter[] = [...COURSE_LINTERS, lintTierLabels, lintFinance];

/** All findings for a terms version: clause citations, text gaps, and each family's checks. */
export function lintTerms(
  terms: TermsVersion,
  linters: readonly FamilyLinter[] = FAMILY_LINTERS,
): LintFinding[] {
  const clauses = new ClauseIndex(terms.documents);
  return [...lintTermsCore(terms, clauses), ...linters.flatMap((linter) => linter(terms, clauses))];
}
