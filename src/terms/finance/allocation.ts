import { parseIsoDate } from '../../calendar/index.ts';
import {
  type AllocationOrder,
  allocatePayment,
  type DebtPart,
  STATUTORY_ALLOCATION_ORDER,
} from '../../money/index.ts';
import type { Decision, DecisionLine } from '../model.ts';
import type { FinanceTerms } from './context.ts';
import { LAW } from './law.ts';
import type { PaymentAllocationQuestion } from './questions.ts';
import { decide, eurEn, eurNl } from './text.ts';

const PART_NL: Record<DebtPart, string> = { costs: 'kosten', interest: 'rente', principal: 'hoofdsom' };
const PART_EN: Record<DebtPart, string> = { costs: 'costs', interest: 'interest', principal: 'principal' };

/**
 * Allocation of a payment over open debts and, within a debt, over costs, interest and principal:
 * the order the terms name (ingenium-leveringsvoorwaarden#15.4, vapro-leverings-en-betalingsvoorwaarden#22.9: costs, then accrued interest, then principal)
 * or the law's (art. 6:43 and 6:44 BW), computed by src/money. A payment for which the debtor names
 * another order may be refused (art. 6:44 lid 2 BW): the decision is then `not_allowed` and shows
 * how the payment is applied if the provider accepts it.
 */
export function paymentAllocation(terms: FinanceTerms, q: PaymentAllocationQuestion): Decision {
  const section = terms.sections.allocation;
  const parts = section?.order ?? STATUTORY_ALLOCATION_ORDER.parts;
  const order: AllocationOrder = { ...STATUTORY_ALLOCATION_ORDER, parts };
  const paidOn = parseIsoDate(q.paidOn);
  const result = allocatePayment({
    amount: q.paymentCents,
    paidOn,
    namedDebtId: q.namedDebtId,
    order,
    debts: q.debts.map((debt) => {
      const dueOn = parseIsoDate(debt.dueOn);
      return {
        id: debt.id,
        principal: debt.principalCents,
        interest: debt.interestCents,
        costs: debt.costsCents,
        dueOn,
        createdOn: debt.createdOn ? parseIsoDate(debt.createdOn) : dueOn,
        interestBasisPoints: debt.interestBasisPoints,
      };
    }),
  });
  const totals: Record<DebtPart, number> = { costs: 0, interest: 0, principal: 0 };
  const lines: DecisionLine[] = [];
  const clauseRefs = (section?.clauses ?? []).map((id) => terms.clause(id));
  for (const line of result.lines) {
    totals[line.part] += line.amount;
    lines.push({
      part: `${line.debtId} ${line.part}`,
      amounts: { amount: line.amount, remaining: line.remaining },
      rule: `allocation-${line.part}`,
      clauses: clauseRefs.length > 0 ? clauseRefs : [LAW.allocationWithinDebt],
    });
  }
  const otherOrder = q.debtorOrder?.some((part, i) => part !== parts[i]) ?? false;
  const orderNl = parts.map((p) => PART_NL[p]).join(', dan ');
  const orderEn = parts.map((p) => PART_EN[p]).join(', then ');
  const nl = [
    `Betaling van ${eurNl(q.paymentCents)}: eerst ${orderNl}${section ? '' : ' (art. 6:44 BW)'}; ${eurNl(totals.costs)} op kosten, ${eurNl(totals.interest)} op rente, ${eurNl(totals.principal)} op de hoofdsom.`,
  ];
  const en = [
    `Payment of ${eurEn(q.paymentCents)}: first ${orderEn}${section ? '' : ' (art. 6:44 Dutch Civil Code)'}; ${eurEn(totals.costs)} to costs, ${eurEn(totals.interest)} to interest, ${eurEn(totals.principal)} to principal.`,
  ];
  if (q.debts.length > 1) {
    nl.push(
      `Volgorde van de facturen: ${result.debtOrder.join(', ')}${result.namedDebtFirst ? ' (de aangewezen factuur eerst)' : ' (eerst opeisbaar, dan de zwaarste, dan de oudste: art. 6:43 BW)'}.`,
    );
    en.push(
      `Order of the invoices: ${result.debtOrder.join(', ')}${result.namedDebtFirst ? ' (the named invoice first)' : ' (due first, then most burdensome, then oldest: art. 6:43 Dutch Civil Code)'}.`,
    );
  }
  if (result.unallocated > 0) {
    nl.push(`Er blijft ${eurNl(result.unallocated)} over.`);
    en.push(`${eurEn(result.unallocated)} is left over.`);
  }
  if (otherOrder) {
    nl.push(
      'De klant wijst een andere volgorde aan: de aanbieder mag deze betaling weigeren; aanvaardt hij haar, dan geldt de volgorde hierboven.',
    );
    en.push(
      'The customer names another order: the provider may refuse this payment; if it accepts it, the order above applies.',
    );
  }
  return decide(terms, q.type, {
    outcome: otherOrder ? 'not_allowed' : 'allowed',
    amounts: {
      toCosts: totals.costs,
      toInterest: totals.interest,
      toPrincipal: totals.principal,
      unallocated: result.unallocated,
    },
    dates: { paidOn },
    clauses: section?.clauses ?? [],
    rules: [section],
    law: [LAW.allocationDebts, LAW.allocationWithinDebt],
    readings: section ? [] : ['law-when-terms-silent'],
    nl,
    en,
    lines,
    conditions: { mayRefuse: otherOrder },
  });
}
