/**
 * Terms use cases (issue 3, items 2 and 6): list, read, evaluate, lint, copy and add versions.
 *
 * The five built-in terms come from code (src/terms/registry.ts) and are read-only; a provider's own
 * terms are stored (src/terms-library/store.ts), made by copying a built-in or one of its own into a new
 * terms key and then adding versions, each in force from its effective date. Tenancy: built-ins are
 * visible to every logged-in user; a provider's own terms only to its staff (planner, administration,
 * finance) and the platform admin, and to everyone else they answer "not found".
 *
 * A viewer of null sees every terms: the operator at the command line (`klasse terms ...`), or a use
 * case of another context (enrollment, catalog) that has checked its own tenancy and needs the terms
 * its provider works under.
 *
 * Each use case has its own file beside this one; this file is the context's public face, which other
 * contexts import (DESIGN "Layout").
 */
export type { Viewer } from './access.ts';
export { addTermsVersion } from './add-version.ts';
export { copyTerms } from './copy-terms.ts';
export {
  answerQuestion,
  cancellationTimeline,
  type EvaluateResult,
  evaluateQuestion,
} from './evaluate-question.ts';
export { type LintResult, lintTermsVersion, lintVersion } from './lint-version.ts';
export {
  builtInTermsOf,
  type LoadedTerms,
  type LoadedVersion,
  loadTerms,
  pickVersion,
  StoredTermsInvalidError,
  termsKeyOf,
} from './load-terms.ts';
export { getTermsVersionView, listTermsFor } from './read-terms.ts';
export type { SavedTermsVersion } from './save-checks.ts';
