import { addMonths } from '../calendar/date-arithmetic.ts';
import { assertEpochDay, type EpochDay, formatIsoDate, parseIsoDate } from '../calendar/epoch-day.ts';
import { assertCents, type BasisPoints, type Cents, divideRoundHalfUpBig, toSafeNumber } from './cents.ts';

/** `commercial`: wettelijke handelsrente, art. 6:119a BW (B2B). `consumer`: wettelijke rente, art. 6:119 BW. */
export type StatutoryInterestKind = 'commercial' | 'consumer';

/**
 * One row of a rate table: the rate that applies from `from` (inclusive) until the next row. The
 * last row carries `until`: the last day a published rate is known for (the end of its half-year).
 * The rate changes every 1 January and 1 July, so past that day the table is out of date and a
 * decision that needs a later day is refused (issue 11) rather than answered with a stale rate.
 */
export interface StatutoryRate {
  from: string;
  /** The last day this row is known to apply; required on the last row of a table. */
  until?: string;
  basisPoints: BasisPoints;
  source: string;
  /** Only secondary sources back this row (nl-be-rules.md): show it as such in an explanation. */
  unverified: boolean;
  note?: string;
}

const COMMERCIAL_SOURCE =
  'art. 6:119a BW; rate = ECB main refinancing rate before 1 January / 1 July + 8 points (art. 6:120 lid 2 BW)';
const CONSUMER_SOURCE = 'art. 6:119 BW; rate set by decree (Besluit wettelijke rente)';

/**
 * Wettelijke handelsrente (B2B) by half year, as data (nl-be-rules.md, "Statutory interest"). A new
 * rate applies to interest already running from its first day (art. 6:120 lid 2 BW).
 */
export const COMMERCIAL_RATES: readonly StatutoryRate[] = Object.freeze([
  { from: '2015-01-01', basisPoints: 805, source: `${COMMERCIAL_SOURCE}: 0.05 + 8`, unverified: false },
  {
    from: '2016-07-01',
    basisPoints: 800,
    source: `${COMMERCIAL_SOURCE}: 0.00 + 8`,
    unverified: false,
    note: 'unchanged through 2022',
  },
  { from: '2023-01-01', basisPoints: 1050, source: `${COMMERCIAL_SOURCE}: 2.50 + 8`, unverified: false },
  { from: '2023-07-01', basisPoints: 1200, source: `${COMMERCIAL_SOURCE}: 4.00 + 8`, unverified: false },
  { from: '2024-01-01', basisPoints: 1250, source: `${COMMERCIAL_SOURCE}: 4.50 + 8`, unverified: false },
  { from: '2024-07-01', basisPoints: 1225, source: `${COMMERCIAL_SOURCE}: 4.25 + 8`, unverified: false },
  { from: '2025-01-01', basisPoints: 1115, source: `${COMMERCIAL_SOURCE}: 3.15 + 8`, unverified: false },
  { from: '2025-07-01', basisPoints: 1015, source: `${COMMERCIAL_SOURCE}: 2.15 + 8`, unverified: true },
  {
    from: '2026-01-01',
    until: '2026-06-30',
    basisPoints: 1015,
    source: `${COMMERCIAL_SOURCE}: 2.15 + 8`,
    unverified: true,
  },
]);

/** Wettelijke rente (consumers) by half year, as data (nl-be-rules.md, "Statutory interest"). */
export const CONSUMER_RATES: readonly StatutoryRate[] = Object.freeze([
  {
    from: '2015-01-01',
    basisPoints: 200,
    source: CONSUMER_SOURCE,
    unverified: false,
    note: '2 % through 2022',
  },
  { from: '2023-01-01', basisPoints: 400, source: CONSUMER_SOURCE, unverified: false },
  { from: '2023-07-01', basisPoints: 600, source: CONSUMER_SOURCE, unverified: false },
  { from: '2024-01-01', basisPoints: 700, source: CONSUMER_SOURCE, unverified: false },
  { from: '2025-01-01', basisPoints: 600, source: CONSUMER_SOURCE, unverified: false },
  {
    from: '2025-07-01',
    basisPoints: 600,
    source: CONSUMER_SOURCE,
    unverified: true,
    note: "secondary sources say 6 %; the decree's method gives 5 %",
  },
  { from: '2026-01-01', until: '2026-06-30', basisPoints: 400, source: CONSUMER_SOURCE, unverified: true },
]);

export function statutoryRateTable(kind: StatutoryInterestKind): readonly StatutoryRate[] {
  return kind === 'commercial' ? COMMERCIAL_RATES : CONSUMER_RATES;
}

interface ParsedRate extends StatutoryRate {
  fromDay: EpochDay;
}

interface ParsedTable {
  rows: ParsedRate[];
  /** The last day any rate of the table is known for (the last row's `until`). */
  untilDay: EpochDay;
}

/** A day past the table's valid-until: the rates after it are not known yet, so no decision is made. */
export class StatutoryRatesOutdatedError extends RangeError {
  constructor(last: StatutoryRate & { until: string }, asked: string) {
    super(
      `the statutory interest rates are known up to and including ${last.until} (last known half-year: ${last.from} to ${last.until}, ${(last.basisPoints / 100).toFixed(2)} %); interest up to ${asked} is not computed until the rate table is updated (src/money/statutory-interest.ts)`,
    );
    this.name = 'StatutoryRatesOutdatedError';
  }
}

const parsedTables = new WeakMap<readonly StatutoryRate[], ParsedTable>();

function parseTable(table: readonly StatutoryRate[]): ParsedTable {
  const cached = parsedTables.get(table);
  if (cached) return cached;
  if (table.length === 0) throw new RangeError('the statutory rate table is empty');
  const parsed = table.map((row, index) => {
    if (!Number.isSafeInteger(row.basisPoints) || row.basisPoints < 0) {
      throw new RangeError(`rate table row ${index} (${row.from}): rate must be whole basis points >= 0`);
    }
    return { ...row, fromDay: parseIsoDate(row.from) };
  });
  for (let i = 1; i < parsed.length; i++) {
    if (parsed[i]!.fromDay <= parsed[i - 1]!.fromDay) {
      throw new RangeError(
        `rate table rows must be in date order: ${parsed[i]!.from} after ${parsed[i - 1]!.from}`,
      );
    }
  }
  const last = parsed.at(-1)!;
  if (last.until === undefined) {
    throw new RangeError(`rate table row ${parsed.length - 1} (${last.from}): the last row needs 'until'`);
  }
  const untilDay = parseIsoDate(last.until);
  if (untilDay < last.fromDay) {
    throw new RangeError(`rate table row ${parsed.length - 1}: until ${last.until} is before ${last.from}`);
  }
  const result = { rows: parsed, untilDay };
  parsedTables.set(table, result);
  return result;
}

/** Refuses a day past the table's valid-until, naming the last known half-year. */
function assertKnown(table: ParsedTable, day: EpochDay): void {
  if (day <= table.untilDay) return;
  const { fromDay: _, ...last } = table.rows.at(-1)!;
  throw new StatutoryRatesOutdatedError({ ...last, until: last.until ?? '' }, formatIsoDate(day));
}

/** The last day the table of `kind` (or the table passed) knows a rate for, 'YYYY-MM-DD'. */
export function statutoryRatesValidUntil(
  kind: StatutoryInterestKind,
  table: readonly StatutoryRate[] = statutoryRateTable(kind),
): string {
  return formatIsoDate(parseTable(table).untilDay);
}

/**
 * The statutory rate row in force on a day; throws a RangeError before the first row and a
 * StatutoryRatesOutdatedError after the table's valid-until.
 */
export function statutoryRateOn(
  day: EpochDay,
  kind: StatutoryInterestKind,
  table: readonly StatutoryRate[] = statutoryRateTable(kind),
): StatutoryRate {
  const parsed = parseTable(table);
  assertKnown(parsed, day);
  const rows = parsed.rows;
  const index = rowIndexOn(rows, day);
  const { fromDay: _, ...row } = rows[index]!;
  return row;
}

function rowIndexOn(rows: ParsedRate[], day: EpochDay): number {
  if (day < rows[0]!.fromDay) {
    throw new RangeError(
      `no statutory interest rate is known before ${rows[0]!.from} (asked for ${formatIsoDate(day)})`,
    );
  }
  let index = 0;
  while (index + 1 < rows.length && rows[index + 1]!.fromDay <= day) index++;
  return index;
}

export interface InterestPeriod {
  /** First day of the sub-period. */
  from: EpochDay;
  /** Last day of the sub-period (inclusive). */
  to: EpochDay;
  days: number;
  basisPoints: BasisPoints;
  /** The principal interest ran on: the original principal plus interest compounded before this period. */
  principal: Cents;
  interest: Cents;
  source: string;
  unverified: boolean;
}

export interface Compounding {
  /** The anniversary of the start of default on which the year's interest joined the principal. */
  on: EpochDay;
  added: Cents;
  principalAfter: Cents;
}

export interface StatutoryInterestResult {
  kind: StatutoryInterestKind;
  principal: Cents;
  firstDayOfDefault: EpochDay;
  paidOn: EpochDay;
  /** Days in default, firstDayOfDefault .. paidOn inclusive (0 when paid before default). */
  days: number;
  interest: Cents;
  periods: InterestPeriod[];
  compoundings: Compounding[];
  /** Some period used a row marked unverified. */
  unverified: boolean;
}

export interface StatutoryInterestInput {
  principal: Cents;
  /** The first day interest runs: the day after the last day for payment (art. 6:119a lid 1 BW). */
  firstDayOfDefault: EpochDay;
  /** The day the money is credited; interest runs up to and including it (art. 6:119a lid 1, 6:114 lid 2 BW). */
  paidOn: EpochDay;
  kind: StatutoryInterestKind;
  /** Defaults to the built-in table of `kind`; a provider may pass an updated table. */
  table?: readonly StatutoryRate[];
  /** Yearly compounding (art. 6:119 lid 2, 6:119a lid 3 BW); on unless a caller models a different agreement. */
  compoundYearly?: boolean;
}

/**
 * Statutory interest over a period: split at every rate change and at every anniversary of the start
 * of default; each sub-period earns principal x rate x days / 365, rounded half up to the cent; after
 * each full year from the start of default that year's interest is added to the principal
 * (art. 6:119 lid 2 / 6:119a lid 3 BW; the law sets no day count, calculators use days / 365:
 * nl-be-rules.md).
 */
export function statutoryInterest(input: StatutoryInterestInput): StatutoryInterestResult {
  const { principal, firstDayOfDefault, paidOn, kind } = input;
  assertCents(principal, 'principal');
  if (principal < 0) throw new RangeError(`principal must not be negative, got ${principal}`);
  assertEpochDay(firstDayOfDefault);
  assertEpochDay(paidOn);
  const parsed = parseTable(input.table ?? statutoryRateTable(kind));
  const rows = parsed.rows;
  const compound = input.compoundYearly ?? true;
  const result: StatutoryInterestResult = {
    kind,
    principal,
    firstDayOfDefault,
    paidOn,
    days: Math.max(0, paidOn - firstDayOfDefault + 1),
    interest: 0,
    periods: [],
    compoundings: [],
    unverified: false,
  };
  if (paidOn < firstDayOfDefault) return result;
  // Paid in time costs nothing whatever the table; interest that runs needs every day's rate.
  assertKnown(parsed, paidOn);

  let rowIndex = rowIndexOn(rows, firstDayOfDefault);
  let current = principal;
  let yearNumber = 1;
  let anniversary = addMonths(firstDayOfDefault, 12);
  let yearInterest = 0;
  let day = firstDayOfDefault;
  while (day <= paidOn) {
    const nextRate = rows[rowIndex + 1]?.fromDay ?? Number.POSITIVE_INFINITY;
    const end = Math.min(paidOn + 1, nextRate, anniversary);
    const row = rows[rowIndex]!;
    const days = end - day;
    const interest = toSafeNumber(
      divideRoundHalfUpBig(BigInt(current) * BigInt(row.basisPoints) * BigInt(days), 10_000n * 365n),
    );
    result.periods.push({
      from: day,
      to: end - 1,
      days,
      basisPoints: row.basisPoints,
      principal: current,
      interest,
      source: row.source,
      unverified: row.unverified,
    });
    result.interest += interest;
    result.unverified ||= row.unverified;
    yearInterest += interest;
    day = end;
    if (day === nextRate) rowIndex++;
    if (day === anniversary) {
      if (compound && day <= paidOn) {
        current += yearInterest;
        result.compoundings.push({ on: day, added: yearInterest, principalAfter: current });
      }
      yearInterest = 0;
      yearNumber++;
      anniversary = addMonths(firstDayOfDefault, 12 * yearNumber);
    }
  }
  return result;
}
