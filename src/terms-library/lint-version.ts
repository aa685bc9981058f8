import type { AppContext } from '../platform/context.ts';
import { type LintFinding, lintTerms, type TermsVersion } from '../terms/index.ts';
import type { Viewer } from './access.ts';
import { loadTerms, pickVersion } from './load-terms.ts';

/** Linting a terms version: the gaps, overlaps and uncited rules the lint finds (issue 3, item 5). */

export interface LintResult {
  provider: string;
  version: string;
  errors: number;
  findings: LintFinding[];
}

export function lintVersion(key: string, terms: TermsVersion): LintResult {
  const findings = lintTerms(terms);
  return {
    provider: key,
    version: terms.version,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    findings,
  };
}

export async function lintTermsVersion(
  ctx: AppContext,
  viewer: Viewer,
  key: string,
  version: string,
): Promise<LintResult> {
  const loaded = await loadTerms(ctx, viewer, key);
  return lintVersion(key, pickVersion(loaded, version, '').terms);
}
