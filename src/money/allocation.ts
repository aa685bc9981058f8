import { assertEpochDay, type EpochDay } from '../calendar/epoch-day.ts';
import { invalidInput } from '../platform/domain-problem.ts';
import { assertBasisPoints, assertCents, type BasisPoints, type Cents } from './cents.ts';

export interface OpenDebt {
  id: string;
  principal: Cents;
  /** Interest accrued and fallen due ("opengevallen rente"). */
  interest: Cents;
  /** Costs, collection costs included (art. 6:44 lid 1 BW). */
  costs: Cents;
  /** The day the debt became claimable (vervaldag). */
  dueOn: EpochDay;
  createdOn: EpochDay;
  /** The interest rate the debt carries, per year, to rank how burdensome it is. */
  interestBasisPoints: BasisPoints;
}

export const DEBT_PARTS = ['costs', 'interest', 'principal'] as const;
export type DebtPart = (typeof DEBT_PARTS)[number];

/**
 * How debts are ranked (art. 6:43 lid 2 BW): `due-first` puts claimable debts (dueOn on or before the
 * payment day) before those not yet due; `most-burdensome` the highest interest rate first;
 * `oldest` the earliest created first (then earliest due, then id, so the order is total).
 */
export const DEBT_CRITERIA = ['due-first', 'most-burdensome', 'oldest'] as const;
export type DebtCriterion = (typeof DEBT_CRITERIA)[number];

export interface AllocationOrder {
  /** Whether a debt the debtor names is paid first (art. 6:43 lid 1 BW). */
  honourNamedDebt: boolean;
  /** Ranking of the debts, applied criterion by criterion. */
  debts: readonly DebtCriterion[];
  /** Order of the parts within a debt (art. 6:44 lid 1 BW: costs, interest, principal). */
  parts: readonly DebtPart[];
  /**
   * false: each debt is paid off entirely (in `parts` order) before the next.
   * true: the first part of every debt (in debt order), then the second part of every debt, ...
   * For terms that say "eerst de kosten, dan de rente, dan de hoofdsom" across all invoices.
   */
  partsAcrossDebts: boolean;
}

/** Art. 6:43 and 6:44 BW. ingenium-leveringsvoorwaarden#15.4 and vapro-leverings-en-betalingsvoorwaarden#22.9 restate 6:44 (costs, interest, principal). */
export const STATUTORY_ALLOCATION_ORDER: AllocationOrder = Object.freeze({
  honourNamedDebt: true,
  debts: Object.freeze(['due-first', 'most-burdensome', 'oldest'] as const),
  parts: Object.freeze(['costs', 'interest', 'principal'] as const),
  partsAcrossDebts: false,
});

export interface AllocationLine {
  debtId: string;
  part: DebtPart;
  amount: Cents;
  /** What stays open on this part of this debt after the line. */
  remaining: Cents;
}

export interface AllocationResult {
  lines: AllocationLine[];
  /** What the payment left over after every open amount was paid. */
  unallocated: Cents;
  /** The debts in the order they were served. */
  debtOrder: string[];
  namedDebtFirst: boolean;
}

export interface AllocationInput {
  debts: readonly OpenDebt[];
  amount: Cents;
  paidOn: EpochDay;
  /** The debt the debtor names with the payment, if any. */
  namedDebtId?: string;
  order?: AllocationOrder;
}

/**
 * Allocates a payment over open debts: the named debt first (if the order honours it), the others
 * ranked by the order's criteria; within a debt by part. Returns one line per (debt, part) that
 * received money, and what is left over.
 */
export function allocatePayment(input: AllocationInput): AllocationResult {
  const order = input.order ?? STATUTORY_ALLOCATION_ORDER;
  validate(input, order);
  const ranked = [...input.debts].sort((a, b) => compareDebts(a, b, order.debts, input.paidOn));
  let namedDebtFirst = false;
  if (order.honourNamedDebt && input.namedDebtId !== undefined) {
    const index = ranked.findIndex((debt) => debt.id === input.namedDebtId);
    const [named] = ranked.splice(index, 1);
    if (named) ranked.unshift(named);
    namedDebtFirst = true;
  }
  const open = new Map(
    ranked.map((debt) => [
      debt.id,
      { costs: debt.costs, interest: debt.interest, principal: debt.principal },
    ]),
  );
  const lines: AllocationLine[] = [];
  let left = input.amount;
  const pay = (debt: OpenDebt, part: DebtPart) => {
    const parts = open.get(debt.id)!;
    const amount = Math.min(left, parts[part]);
    if (amount <= 0) return;
    parts[part] -= amount;
    left -= amount;
    lines.push({ debtId: debt.id, part, amount, remaining: parts[part] });
  };
  if (order.partsAcrossDebts) {
    // The named debt is still paid in full first; the other debts then part by part.
    const [first, ...rest] = ranked;
    if (namedDebtFirst && first) for (const part of order.parts) pay(first, part);
    const others = namedDebtFirst ? rest : ranked;
    for (const part of order.parts) for (const debt of others) pay(debt, part);
  } else {
    for (const debt of ranked) for (const part of order.parts) pay(debt, part);
  }
  return { lines, unallocated: left, debtOrder: ranked.map((debt) => debt.id), namedDebtFirst };
}

function compareDebts(
  a: OpenDebt,
  b: OpenDebt,
  criteria: readonly DebtCriterion[],
  paidOn: EpochDay,
): number {
  for (const criterion of criteria) {
    let difference = 0;
    if (criterion === 'due-first') difference = Number(b.dueOn <= paidOn) - Number(a.dueOn <= paidOn);
    else if (criterion === 'most-burdensome') difference = b.interestBasisPoints - a.interestBasisPoints;
    else difference = a.createdOn - b.createdOn || a.dueOn - b.dueOn;
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function validate(input: AllocationInput, order: AllocationOrder): void {
  assertCents(input.amount, 'amount');
  if (input.amount < 0) throw new RangeError(`payment amount must not be negative, got ${input.amount}`);
  assertEpochDay(input.paidOn);
  const ids = new Set<string>();
  for (const [index, debt] of input.debts.entries()) {
    for (const part of DEBT_PARTS) {
      assertCents(debt[part], `debts.${index}.${part}`);
      if (debt[part] < 0) throw new RangeError(`debts.${index}.${part} must not be negative`);
    }
    assertEpochDay(debt.dueOn);
    assertEpochDay(debt.createdOn);
    assertBasisPoints(debt.interestBasisPoints, `debts.${index}.interestBasisPoints`);
    if (ids.has(debt.id))
      throw invalidInput('debt-duplicate', [
        { path: `debts.${index}.id`, message: `debt '${debt.id}' appears twice` },
      ]);
    ids.add(debt.id);
  }
  if (input.namedDebtId !== undefined && !ids.has(input.namedDebtId)) {
    throw invalidInput('debt-not-open', [
      { path: 'namedDebtId', message: `the payment names debt '${input.namedDebtId}', which is not open` },
    ]);
  }
  const parts = new Set(order.parts);
  if (parts.size !== DEBT_PARTS.length || !DEBT_PARTS.every((part) => parts.has(part))) {
    throw new RangeError(
      `an allocation order must name costs, interest and principal once each, got ${order.parts.join(', ')}`,
    );
  }
}
