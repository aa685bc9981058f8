/**
 * The price of an imported row: the session's list price, or the group discount of the session's
 * terms for the rows of one company (ingenium-leveringsvoorwaarden#3.5), as enrollment prices a customer admin's group.
 */
import { type Decision, evaluate, toPlainDecision } from '../../terms/index.ts';
import type { ClauseJson } from '../model.ts';
import { discountedPrice, type FeePart, splitPrice } from '../rules.ts';
import type { SessionPlan } from './commit-plan.ts';

export interface RowPricing {
  /** Per participant after any group discount. */
  priceCents: number;
  /** The group discount decision, kept on the 'enrolled' event when it gave a discount. */
  decision: Decision | null;
  discountParts: FeePart[];
  clauses: ClauseJson[];
}

export function listPricing(plan: SessionPlan): RowPricing {
  return { priceCents: plan.session.priceCents, decision: null, discountParts: [], clauses: [] };
}

/**
 * ingenium-leveringsvoorwaarden#3.5 (as enrollment does for a customer admin enrolling several employees): the rows of
 * one company for one session are one group, priced under the group discount of the session's terms
 * when those give a rate. Keyed by `${sessionId} ${customerId}`.
 */
export function groupPricing(plans: readonly SessionPlan[]): Map<string, RowPricing> {
  const out = new Map<string, RowPricing>();
  for (const plan of plans) {
    const perCompany = new Map<string, number>();
    for (const r of plan.rows) perCompany.set(r.customerId, (perCompany.get(r.customerId) ?? 0) + 1);
    for (const [customerId, participants] of perCompany) {
      if (participants < 2) continue;
      const listPrice = plan.session.priceCents;
      const decision = toPlainDecision(
        evaluate(plan.terms.terms, {
          type: 'group_discount',
          participants,
          sameCompany: true,
          pricePerParticipant: listPrice,
        }),
      );
      const rate = decision.amounts.discountBasisPoints;
      if (decision.outcome !== 'allowed' || rate === undefined) continue;
      const priceCents = discountedPrice(listPrice, rate);
      const discount = listPrice - priceCents;
      if (discount <= 0) continue;
      out.set(`${plan.session.id} ${customerId}`, {
        priceCents,
        decision,
        discountParts: splitPrice(discount, plan.parts).filter((p) => p.priceCents !== 0),
        clauses: decision.clauses.map((c) => ({ document: c.document, article: c.article, title: c.title })),
      });
    }
  }
  return out;
}
