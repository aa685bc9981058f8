import { addMonths, completedMonthsBetween, startedMonthsBetween } from '../calendar/date-arithmetic.ts';
import { assertEpochDay, type EpochDay } from '../calendar/epoch-day.ts';
import {
  assertBasisPoints,
  assertCents,
  type BasisPoints,
  type Cents,
  divideRoundHalfUpBig,
  toSafeNumber,
} from './cents.ts';
import {
  type StatutoryInterestKind,
  type StatutoryInterestResult,
  type StatutoryRate,
  statutoryInterest,
} from './statutory-interest.ts';

/**
 * How a monthly rate counts the time in default:
 * - `started-months`: every monthly period that has started counts whole ("waarbij een gedeelte van
 *   de maand wordt gezien als hele maand", vapro-leverings-en-betalingsvoorwaarden#22.8);
 * - `completed-months`: only monthly periods that have fully passed count;
 * - `pro-rata-days`: the monthly rate x 12 per year, per day as days / 365 (a reading for a clause that
 *   only says "x % per maand", such as ingenium-leveringsvoorwaarden#15.2).
 */
export const MONTHLY_COUNTING = ['started-months', 'completed-months', 'pro-rata-days'] as const;
export type MonthlyCounting = (typeof MONTHLY_COUNTING)[number];

export interface ContractualInterestInput {
  principal: Cents;
  /** First day interest runs (vapro-leverings-en-betalingsvoorwaarden#22.8: "direct vanaf de vervaldag", so the due date itself). */
  firstDayOfDefault: EpochDay;
  /** Last day interest runs, inclusive. */
  paidOn: EpochDay;
  basisPointsPerMonth: BasisPoints;
  counting: MonthlyCounting;
  /**
   * Add each year's interest to the principal after every full year from the start of default.
   * Whether art. 6:119a lid 3 BW compounding also applies to an agreed rate is open
   * (nl-be-rules.md), so it is a setting.
   */
  compoundYearly: boolean;
}

export interface ContractualInterestPeriod {
  from: EpochDay;
  /** Inclusive. */
  to: EpochDay;
  /** Months counted in this period (for the month countings) or 0 for pro-rata-days. */
  months: number;
  /** Days in this period (inclusive count). */
  days: number;
  basisPointsPerMonth: BasisPoints;
  principal: Cents;
  interest: Cents;
}

export interface ContractualInterestResult {
  principal: Cents;
  /** Months counted over the whole span under the counting rule (0 for pro-rata-days). */
  months: number;
  days: number;
  interest: Cents;
  periods: ContractualInterestPeriod[];
}

/**
 * Interest at an agreed rate per month. With `started-months`, principal x rate x months started,
 * e.g. EUR 1,000 at 1 % from 15 January to 15 February = 2 started months = EUR 20. With yearly
 * compounding the span is cut into years from the start of default; each full year's interest is
 * added to the principal for the next year.
 */
export function contractualInterest(input: ContractualInterestInput): ContractualInterestResult {
  const { principal, firstDayOfDefault, paidOn, basisPointsPerMonth, counting, compoundYearly } = input;
  assertCents(principal, 'principal');
  if (principal < 0) throw new RangeError(`principal must not be negative, got ${principal}`);
  assertBasisPoints(basisPointsPerMonth, 'basisPointsPerMonth');
  if (basisPointsPerMonth < 0) throw new RangeError('basisPointsPerMonth must not be negative');
  assertEpochDay(firstDayOfDefault);
  assertEpochDay(paidOn);
  const days = Math.max(0, paidOn - firstDayOfDefault + 1);
  const months = countMonths(counting, firstDayOfDefault, paidOn);
  const result: ContractualInterestResult = { principal, months, days, interest: 0, periods: [] };
  if (paidOn < firstDayOfDefault) return result;

  let current = principal;
  for (let year = 0; ; year++) {
    const from = compoundYearly ? addMonths(firstDayOfDefault, 12 * year) : firstDayOfDefault;
    if (from > paidOn) break;
    const yearEnd = compoundYearly ? addMonths(firstDayOfDefault, 12 * (year + 1)) - 1 : paidOn;
    const to = Math.min(yearEnd, paidOn);
    const periodDays = to - from + 1;
    let periodMonths: number;
    let numerator: bigint;
    let denominator: bigint;
    if (counting === 'pro-rata-days') {
      periodMonths = 0;
      numerator = BigInt(current) * BigInt(basisPointsPerMonth) * 12n * BigInt(periodDays);
      denominator = 10_000n * 365n;
    } else {
      // Months are counted from the start of default, so a block's months are the difference of the
      // running counts: a started month is never counted twice across a year boundary.
      const before = year === 0 || !compoundYearly ? 0 : countMonths(counting, firstDayOfDefault, from - 1);
      periodMonths = countMonths(counting, firstDayOfDefault, to) - before;
      numerator = BigInt(current) * BigInt(basisPointsPerMonth) * BigInt(periodMonths);
      denominator = 10_000n;
    }
    const interest = toSafeNumber(divideRoundHalfUpBig(numerator, denominator));
    result.periods.push({
      from,
      to,
      months: periodMonths,
      days: periodDays,
      basisPointsPerMonth,
      principal: current,
      interest,
    });
    result.interest += interest;
    if (!compoundYearly) break;
    if (to === yearEnd) current += interest;
  }
  return result;
}

function countMonths(counting: MonthlyCounting, from: EpochDay, to: EpochDay): number {
  if (counting === 'started-months') return startedMonthsBetween(from, to);
  if (counting === 'completed-months') return completedMonthsBetween(from, to);
  return 0;
}

export interface HigherOfInput extends ContractualInterestInput {
  kind: StatutoryInterestKind;
  /** The first day statutory interest runs; defaults to the contractual firstDayOfDefault. */
  statutoryFirstDayOfDefault?: EpochDay;
  statutoryTable?: readonly StatutoryRate[];
}

export interface HigherOfResult {
  /** Which amount applies: the statutory one only when it is strictly higher. */
  applied: 'contractual' | 'statutory';
  interest: Cents;
  contractual: ContractualInterestResult;
  statutory: StatutoryInterestResult;
}

/**
 * "x % per maand, tenzij de wettelijke rente hoger is, in welk geval de wettelijke rente geldt"
 * (ingenium-leveringsvoorwaarden#15.2): both are computed over the same span and the higher total applies; on a tie the
 * agreed rate applies, since the statutory one is not higher.
 */
export function higherOfContractualAndStatutory(input: HigherOfInput): HigherOfResult {
  const contractual = contractualInterest(input);
  const statutory = statutoryInterest({
    principal: input.principal,
    firstDayOfDefault: input.statutoryFirstDayOfDefault ?? input.firstDayOfDefault,
    paidOn: input.paidOn,
    kind: input.kind,
    table: input.statutoryTable,
  });
  const applied = statutory.interest > contractual.interest ? 'statutory' : 'contractual';
  return {
    applied,
    interest: applied === 'statutory' ? statutory.interest : contractual.interest,
    contractual,
    statutory,
  };
}
