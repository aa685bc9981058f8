/**
 * Money (issue 3): integer euro cents, basis points, half-up rounding, VAT per rate per invoice,
 * and the Dutch law calculators the terms engine and billing use. Pure: no I/O, no clock.
 */
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
export { formatDecimal, formatEuro, type MoneyLocale, parseEuro } from './format.ts';
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
