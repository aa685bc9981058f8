import type { DecisionLine } from '../model.ts';
import type { CancellationFacts } from './cancellation-explain.ts';
import type { PartResult } from './cancellation-parts.ts';

/** What a cancellation decision reports beside its explanation: counted days, named days, per-part lines. */

/**
 * The working days a decision reports: of the first part counted in working days before its start;
 * for a lone e-learning part, the working days after its purchase.
 */
export function countedWorkingDays(results: PartResult[]): number | undefined {
  for (const result of results) if (result.measure === 'working_days_before_start') return result.value;
  const only = results.length === 1 ? results[0] : undefined;
  return only?.measure === 'working_days_after_purchase' ? only.value : undefined;
}

export const DAYS_COUNTED = Object.freeze(['requestDay', 'countedFrom']);
export const DAYS_COUNTED_START = Object.freeze(['requestDay', 'countedFrom', 'startDay']);
export const DAYS_START = Object.freeze(['requestDay', 'startDay']);
export const REQUEST_DAY = Object.freeze(['requestDay']);

export function linesOf(results: PartResult[], incurred: CancellationFacts['incurred']): DecisionLine[] {
  const lines: DecisionLine[] = results.map((result) => {
    const line: DecisionLine = {
      part: result.kind,
      amounts: { fee: result.fee, price: result.price, basisPoints: result.basisPoints },
      rule: result.rule,
      clauses: result.clauseRefs,
    };
    if (result.measure === 'working_days_before_start' && result.value !== undefined)
      line.workingDays = result.value;
    return line;
  });
  if (incurred) {
    lines.push({
      part: 'incurred_costs',
      amounts: {
        fee: incurred.costs + incurred.admin,
        incurredCosts: incurred.costs,
        administrationCosts: incurred.admin,
      },
      rule: 'incurred-costs',
      clauses: [incurred.clauseRef],
    });
  }
  return lines;
}
