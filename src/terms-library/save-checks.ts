import { Temporal } from 'temporal-polyfill';
import type { ProviderTimeZone } from '../calendar/index.ts';
import type { Clock } from '../platform/clock.ts';
import { ValidationError } from '../platform/errors.ts';
import { type LintFinding, lintTerms, type TermsVersion } from '../terms/index.ts';
import type { TermsVersionView } from './api-schemas.ts';
import { today } from './load-terms.ts';

/**
 * What every save of a provider's own terms (copy or new version) checks: lint, an effective date not
 * in the past, and a lost race on a unique key.
 */

export interface SavedTermsVersion extends TermsVersionView {
  warnings: LintFinding[];
}

/**
 * Lint before a save (issue 3, item 5): an error-level finding (a gap, an overlap, a fee above its
 * clause, a rule citing no clause) makes the terms unusable, so the save is refused with each finding
 * as a field error; the rest (text gaps a reading closes) are returned as warnings.
 */
export function lintForSave(terms: TermsVersion): LintFinding[] {
  const findings = lintTerms(terms);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    throw new ValidationError(
      errors.map((finding) => ({
        path: finding.path,
        message: finding.clause ? `${finding.message} (art. ${finding.clause.article})` : finding.message,
      })),
      `The terms have ${errors.length} lint error(s) that make them unusable; nothing was saved.`,
    );
  }
  return findings;
}

/** A saved version takes effect today or later (in the terms' time zone), never in the past. */
export function requireFromToday(effectiveFrom: string, clock: Clock, timeZone: ProviderTimeZone): void {
  const first = today(clock, timeZone);
  if (
    Temporal.PlainDate.compare(Temporal.PlainDate.from(effectiveFrom), Temporal.PlainDate.from(first)) < 0
  ) {
    throw new ValidationError([
      {
        path: 'effectiveFrom',
        message: `must be today (${first}) or later: a version cannot take effect in the past`,
      },
    ]);
  }
}

/** PostgreSQL unique_violation (SQLSTATE 23505): another request saved the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
