/**
 * The fee timelines the enrollment API returns (the terms to accept, a change preview) as the rows
 * the terms page's chart and table draw (web/src/terms/FeeTimelineChart.tsx). Their outcome and
 * label arrive less strictly typed than the terms API's, so each is checked here.
 */
import type { TimelineRange } from '../terms/types.ts';

const OUTCOMES: readonly TimelineRange['outcome'][] = [
  'allowed',
  'not_allowed',
  'pending_proof',
  'needs_approval',
  'not_covered',
];

export interface LooseRange {
  from: string;
  to: string;
  fee: number;
  outcome: string;
  rule: string;
  clauses: TimelineRange['clauses'];
  label: unknown;
}

function isLabel(value: unknown): value is { nl: string; en: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.nl === 'string' && typeof v.en === 'string';
}

export function toTimelineRanges(ranges: readonly LooseRange[]): TimelineRange[] {
  return ranges.map((r) => ({
    from: r.from,
    to: r.to,
    fee: r.fee,
    outcome: (OUTCOMES as readonly string[]).includes(r.outcome)
      ? (r.outcome as TimelineRange['outcome'])
      : 'not_covered',
    rule: r.rule,
    clauses: r.clauses,
    // A range without words of its own is named by its rule, in both languages.
    label: isLabel(r.label) ? r.label : { nl: r.rule, en: r.rule },
  }));
}

/** The range that holds `day` ('YYYY-MM-DD'), if any: the fee a request on that day would cost. */
export function rangeOn(ranges: readonly TimelineRange[], day: string): TimelineRange | undefined {
  return ranges.find((r) => r.from <= day && day <= r.to);
}
