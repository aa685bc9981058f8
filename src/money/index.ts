/**
 * Money (issue 3): integer euro cents, basis points, half-up rounding, VAT per rate per invoice,
 * and the Dutch law calculators the terms engine and billing use. Pure: no I/O, no clock.
 */

export {
  type AllocationInput,
  type AllocationLine,
  type AllocationOrder,
  type AllocationResult,
  allocatePayment,
  DEBT_CRITERIA,
  DEBT_PARTS,
  type DebtCriterion,
  type DebtPart,
  type OpenDebt,
  STATUTORY_ALLOCATION_ORDER,
} from './allocation.ts';
export {
  assertBasisPoints,
  assertCents,
  BASIS_POINTS_PER_WHOLE,
  type BasisPoints,
  type Cents,
  divideRoundHalfUp,
  divideRoundHalfUpBig,
  euros,
  mulDivRoundHalfUp,
  percentOf,
  sumCents,
} from './cents.ts';
export {
  B2B_MINIMUM,
  CONSUMER_REMINDER_DAYS,
  type CollectionCostsBasis,
  type CollectionCostsClause,
  type CollectionCostsInput,
  type CollectionCostsResult,
  clauseAmount,
  collectionCosts,
  type Debtor,
  WIK_BRACKETS,
  WIK_MAXIMUM,
  WIK_MINIMUM,
  WIK_SOURCE,
  type WikBracket,
  type WikResult,
  wikScale,
} from './collection-costs.ts';
export {
  type ContractualInterestInput,
  type ContractualInterestPeriod,
  type ContractualInterestResult,
  contractualInterest,
  type HigherOfInput,
  type HigherOfResult,
  higherOfContractualAndStatutory,
  MONTHLY_COUNTING,
  type MonthlyCounting,
} from './contractual-interest.ts';
export { formatDecimal, formatEuro, type MoneyLocale, parseEuro } from './format.ts';
export {
  COMMERCIAL_RATES,
  CONSUMER_RATES,
  type Compounding,
  type InterestPeriod,
  type StatutoryInterestInput,
  type StatutoryInterestKind,
  type StatutoryInterestResult,
  type StatutoryRate,
  StatutoryRatesOutdatedError,
  statutoryInterest,
  statutoryRateOn,
  statutoryRatesValidUntil,
  statutoryRateTable,
} from './statutory-interest.ts';
export {
  VAT_RATE_INFO,
  VAT_RATES,
  type VatLine,
  type VatRate,
  type VatRateInfo,
  type VatRateTotal,
  type VatSummary,
  vatSummary,
} from './vat.ts';
