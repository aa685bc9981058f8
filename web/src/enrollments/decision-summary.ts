/**
 * What an enrollment event's stored decision says, read defensively: the events API returns the
 * terms engine's decision as stored (enrollment_events.decision), typed as unknown.
 */
export interface ClauseRef {
  document: string;
  article: string;
  title: string;
}

export interface DecisionSummary {
  feeCents: number | null;
  clauses: ClauseRef[];
  explanation: { nl: string; en: string } | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isClause(value: unknown): value is ClauseRef {
  return (
    isRecord(value) &&
    typeof value.document === 'string' &&
    typeof value.article === 'string' &&
    typeof value.title === 'string'
  );
}

export function summarizeDecision(decision: unknown): DecisionSummary | null {
  if (!isRecord(decision)) return null;
  const amounts = isRecord(decision.amounts) ? decision.amounts : {};
  const fee =
    typeof decision.feeCents === 'number'
      ? decision.feeCents
      : typeof amounts.fee === 'number'
        ? amounts.fee
        : null;
  const clauses = Array.isArray(decision.clauses) ? decision.clauses.filter(isClause) : [];
  const e = decision.explanation;
  const explanation =
    isRecord(e) && typeof e.nl === 'string' && typeof e.en === 'string' ? { nl: e.nl, en: e.en } : null;
  return { feeCents: fee, clauses, explanation };
}
