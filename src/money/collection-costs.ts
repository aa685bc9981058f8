import { assertEpochDay, type EpochDay } from '../calendar/epoch-day.ts';
import {
  assertBasisPoints,
  assertCents,
  type BasisPoints,
  type Cents,
  divideRoundHalfUpBig,
  percentOf,
  toSafeNumber,
} from './cents.ts';
import { VAT_RATE_INFO } from './vat.ts';

/**
 * Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141), art. 2: a share of the
 * principal (without interest) per bracket, minimum EUR 40, maximum EUR 6,775.
 */
export const WIK_BRACKETS: readonly { upTo: Cents; basisPoints: BasisPoints }[] = Object.freeze([
  { upTo: 250_000, basisPoints: 1500 },
  { upTo: 500_000, basisPoints: 1000 },
  { upTo: 1_000_000, basisPoints: 500 },
  { upTo: 20_000_000, basisPoints: 100 },
  { upTo: Number.MAX_SAFE_INTEGER, basisPoints: 50 },
]);
export const WIK_MINIMUM: Cents = 4_000;
export const WIK_MAXIMUM: Cents = 677_500;
/** Art. 6:96 lid 4 BW: in a commercial transaction the creditor is owed at least EUR 40, without a reminder. */
export const B2B_MINIMUM: Cents = 4_000;
/** Art. 6:96 lid 6 BW: a consumer owes collection costs only after a reminder giving 14 days. */
export const CONSUMER_REMINDER_DAYS = 14;

export const WIK_SOURCE =
  'Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012, 141), art. 2';

export interface WikBracket {
  /** The part of the principal this bracket covers: (from, to]. */
  from: Cents;
  to: Cents;
  basisPoints: BasisPoints;
  /** The part of the principal that falls in this bracket. */
  base: Cents;
  amount: Cents;
}

export interface WikResult {
  principal: Cents;
  /** The scale amount after minimum and maximum. */
  amount: Cents;
  /** The sum over the brackets before minimum and maximum. */
  raw: Cents;
  brackets: WikBracket[];
  minimumApplied: boolean;
  maximumApplied: boolean;
}

/**
 * The WIK scale: EUR 1,000 -> EUR 150; EUR 3,000 -> EUR 425; EUR 10,000 -> EUR 875. The bracket
 * amounts are summed exactly and rounded once, half up to the cent.
 */
export function wikScale(principal: Cents): WikResult {
  assertCents(principal, 'principal');
  if (principal < 0) throw new RangeError(`principal must not be negative, got ${principal}`);
  const brackets: WikBracket[] = [];
  let lower = 0;
  let sumTimesBp = 0n;
  for (const bracket of WIK_BRACKETS) {
    if (principal <= lower) break;
    const base = Math.min(principal, bracket.upTo) - lower;
    sumTimesBp += BigInt(base) * BigInt(bracket.basisPoints);
    brackets.push({
      from: lower,
      to: bracket.upTo,
      basisPoints: bracket.basisPoints,
      base,
      amount: percentOf(base, bracket.basisPoints),
    });
    lower = bracket.upTo;
  }
  const raw = toSafeNumber(divideRoundHalfUpBig(sumTimesBp, 10_000n));
  const amount = Math.min(WIK_MAXIMUM, Math.max(WIK_MINIMUM, raw));
  return {
    principal,
    amount,
    raw,
    brackets,
    minimumApplied: raw < WIK_MINIMUM,
    maximumApplied: raw > WIK_MAXIMUM,
  };
}

/** A clause such as "15 % with a minimum of EUR 250" (vapro-leverings-en-betalingsvoorwaarden#22.11) or "15 %, minimum EUR 50" (ingenium-leveringsvoorwaarden#16.1). */
export interface CollectionCostsClause {
  basisPoints: BasisPoints;
  minimum: Cents;
  maximum?: Cents;
}

/** The clause amount on a principal: the percentage rounded half up, then the minimum and maximum. */
export function clauseAmount(principal: Cents, clause: CollectionCostsClause): Cents {
  assertCents(principal, 'principal');
  assertBasisPoints(clause.basisPoints, 'clause.basisPoints');
  assertCents(clause.minimum, 'clause.minimum');
  if (clause.maximum !== undefined) assertCents(clause.maximum, 'clause.maximum');
  let amount = Math.max(percentOf(principal, clause.basisPoints), clause.minimum);
  if (clause.maximum !== undefined) amount = Math.min(amount, clause.maximum);
  return amount;
}

export type Debtor = 'consumer' | 'business';

export interface CollectionCostsInput {
  /** The principal without interest (Besluit art. 2). */
  principal: Cents;
  debtor: Debtor;
  /** The provider's clause, if its terms have one; without one the WIK scale applies. */
  clause?: CollectionCostsClause;
  /**
   * Whether the creditor can deduct VAT. Only if it cannot (e.g. a provider exempt under art. 11 lid 1
   * onderdeel o Wet OB) may it charge 21 % VAT on top of the costs (nl-be-rules.md).
   */
  creditorDeductsVat: boolean;
  /** Consumers: the day the 14-day reminder of art. 6:96 lid 6 BW was sent, if one was. */
  reminderSentOn?: EpochDay;
}

export type CollectionCostsBasis = 'scale' | 'clause' | 'b2b-minimum';

export interface CollectionCostsResult {
  /** Costs excluding VAT. */
  costs: Cents;
  vat: Cents;
  total: Cents;
  basis: CollectionCostsBasis;
  scale: WikResult;
  /** The clause's own amount, when there is a clause. */
  clauseAmount?: Cents;
  /** Consumers: a clause above the scale is void and the scale applies (art. 6:96 lid 5 and 6 BW). */
  clauseVoid: boolean;
  /**
   * B2B with a clause above the scale: the clause stands, but a court may reduce it to the scale
   * (HR 10 July 2015, ECLI:NL:HR:2015:1868). The scale amount, so an explanation can say so.
   */
  courtMayReduceTo?: Cents;
  /** Consumers need a reminder first (art. 6:96 lid 6 BW); businesses do not (lid 4). */
  requiresReminder: boolean;
  /**
   * The first day the costs may be charged: for a consumer, the day after the 14 days that follow the
   * day after the reminder (reminder on day R: days R+1 .. R+14, due from R+15); for a business, null
   * (due once in default). Null for a consumer without a reminder.
   */
  dueFrom: EpochDay | null;
  sources: string[];
}

/**
 * Extrajudicial collection costs under art. 6:96 BW and the Besluit:
 * - consumer: the scale is the maximum; a lower clause applies, a higher clause is void and the scale
 *   applies; due only after the 14-day reminder;
 * - business: a clause stands (with at least EUR 40), without a clause the scale; at least EUR 40.
 * Plus 21 % VAT when the creditor cannot deduct VAT.
 */
export function collectionCosts(input: CollectionCostsInput): CollectionCostsResult {
  const { principal, debtor, clause, creditorDeductsVat, reminderSentOn } = input;
  if (principal < 0) throw new RangeError(`principal must not be negative, got ${principal}`);
  if (reminderSentOn !== undefined) assertEpochDay(reminderSentOn);
  const scale = wikScale(principal);
  const sources = ['art. 6:96 BW', WIK_SOURCE];
  const own = clause ? clauseAmount(principal, clause) : undefined;
  let costs: Cents;
  let basis: CollectionCostsBasis;
  let clauseVoid = false;
  let courtMayReduceTo: Cents | undefined;
  if (debtor === 'consumer') {
    if (own !== undefined && own <= scale.amount) {
      costs = own;
      basis = 'clause';
    } else {
      clauseVoid = own !== undefined;
      costs = scale.amount;
      basis = 'scale';
    }
  } else {
    const chosen = own ?? scale.amount;
    basis = own !== undefined ? 'clause' : 'scale';
    if (chosen < B2B_MINIMUM) {
      costs = B2B_MINIMUM;
      basis = 'b2b-minimum';
    } else {
      costs = chosen;
    }
    if (own !== undefined && costs > scale.amount) {
      courtMayReduceTo = scale.amount;
      sources.push('HR 10 July 2015, ECLI:NL:HR:2015:1868');
    }
  }
  const vat = creditorDeductsVat ? 0 : percentOf(costs, VAT_RATE_INFO.standard.basisPoints);
  const result: CollectionCostsResult = {
    costs,
    vat,
    total: costs + vat,
    basis,
    scale,
    clauseVoid,
    requiresReminder: debtor === 'consumer',
    dueFrom:
      debtor === 'consumer'
        ? reminderSentOn === undefined
          ? null
          : reminderSentOn + 1 + CONSUMER_REMINDER_DAYS
        : null,
    sources,
  };
  if (own !== undefined) result.clauseAmount = own;
  if (courtMayReduceTo !== undefined) result.courtMayReduceTo = courtMayReduceTo;
  return result;
}
