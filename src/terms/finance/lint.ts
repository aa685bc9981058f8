import { WIK_BRACKETS, WIK_MINIMUM } from '../../money/index.ts';
import { ClauseIndex } from '../clauses.ts';
import type { LintFinding } from '../lint.ts';
import type { ClauseRef } from '../model.ts';
import { READING_IDS } from '../readings.ts';
import type { TermsVersion } from '../terms-version.ts';
import type { FinanceSections } from './sections.ts';

/**
 * Lint for the finance sections (issue 3, item 5): rules the law overrides for consumers (a
 * collection-cost clause above the statutory scale, a price-change clause without the consumer's
 * right to dissolve), a contractual interest clause without its counting rule, a tacit renewal
 * without a way to give notice, and readings that are not in docs/terms-readings.md. Unknown clause
 * ids are reported by the core lint for every family. Findings about the clause's own text have
 * severity `text`: the engine applies the law or a reading, and the finding names the clause.
 */
export function lintFinance(terms: TermsVersion, clauses = new ClauseIndex(terms.documents)): LintFinding[] {
  const finance = terms.sections.finance;
  if (!finance) return [];
  const ref = (id: string | undefined): ClauseRef | undefined =>
    id && clauses.has(id) ? clauses.ref(id) : undefined;
  const findings: LintFinding[] = [];
  const add = (finding: Omit<LintFinding, 'clause'> & { clauseId?: string }) => {
    const { clauseId, ...rest } = finding;
    const clause = ref(clauseId);
    findings.push(clause ? { ...rest, clause } : rest);
  };
  const base = 'sections.finance';

  const costs = finance.collectionCosts;
  if (costs?.rule.kind === 'percentage') {
    const firstBracket = WIK_BRACKETS[0]!.basisPoints;
    if (
      costs.rule.minimumCents > WIK_MINIMUM ||
      costs.rule.rateBp > firstBracket ||
      costs.rule.actualCostsIfHigher
    ) {
      add({
        severity: 'text',
        code: 'consumer_limit',
        path: `${base}.collectionCosts.rule`,
        clauseId: costs.clauses[0],
        message: `the clause (${costs.rule.rateBp / 100} %, at least EUR ${costs.rule.minimumCents / 100}${costs.rule.actualCostsIfHigher ? ', or actual costs' : ''}) exceeds the statutory scale for some claims; for a consumer it is void above the scale and the engine charges the scale (reading consumer-collection-costs)`,
      });
    }
  }

  const rate = finance.lateInterest.rate;
  if (rate.kind === 'contractual_monthly' && !rate.countingRuleStated) {
    add({
      severity: 'text',
      code: 'no_counting_rule',
      path: `${base}.lateInterest.rate`,
      clauseId: finance.lateInterest.clauses[0],
      message: `a monthly rate of ${rate.monthlyRateBp / 100} % without a rule for part of a month; the engine counts '${rate.counting}' (reading monthly-rate-without-counting-rule)`,
    });
  }

  const price = finance.priceChange;
  if (price && price.rules.length > 0) {
    const everyRise = price.customerMayDissolve.some(
      (right) =>
        right.kind === 'increase_soon_after_agreement' && right.minIncreaseBp === 0 && right.months >= 3,
    );
    if (!everyRise) {
      add({
        severity: 'text',
        code: 'consumer_limit',
        path: `${base}.priceChange`,
        clauseId: price.rules[0]!.clauses[0],
        message:
          'prices may rise without giving a consumer the right to dissolve on every rise (art. 6:236 sub i, 6:237 sub c BW); for consumers the engine grants it (reading consumer-price-increase)',
      });
    }
  }

  finance.contract.rules.forEach((rule, index) => {
    if (rule.renewal && !rule.noticeBeforeEnd) {
      add({
        severity: 'error',
        code: 'no_notice',
        path: `${base}.contract.rules.${index}`,
        clauseId: rule.clauses[0],
        message:
          'a fixed term renews tacitly but the rule sets no notice before the end: the agreement could never be ended',
      });
    }
  });

  for (const { path, id } of readingIds(finance)) {
    if (!READING_IDS.has(id)) {
      add({
        severity: 'error',
        code: 'unknown_reading',
        path: `${base}.${path}`,
        message: `cites reading '${id}', which is not in docs/terms-readings.md`,
      });
    }
  }
  return findings;
}

function readingIds(finance: FinanceSections): { path: string; id: string }[] {
  const found: { path: string; id: string }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, path ? `${path}.${index}` : String(index));
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key === 'readings' && Array.isArray(child)) {
        child.forEach((id, index) => {
          if (typeof id === 'string') found.push({ path: `${childPath}.${index}`, id });
        });
      } else {
        walk(child, childPath);
      }
    }
  };
  walk(finance, '');
  return found;
}
