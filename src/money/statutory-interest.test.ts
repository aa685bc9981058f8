import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIsoDate, parseIsoDate } from '../calendar/epoch-day.ts';
import {
  COMMERCIAL_RATES,
  CONSUMER_RATES,
  StatutoryRatesOutdatedError,
  statutoryInterest,
  statutoryRateOn,
  statutoryRatesValidUntil,
} from './statutory-interest.ts';

const d = parseIsoDate;

function rows(result: ReturnType<typeof statutoryInterest>): string[] {
  return result.periods.map(
    (p) =>
      `${formatIsoDate(p.from)}..${formatIsoDate(p.to)} ${p.days}d ${p.basisPoints}bp on ${p.principal} = ${p.interest}`,
  );
}

describe('statutory rate tables', () => {
  it('hold every row of nl-be-rules.md with its source, and flag the unverified ones', () => {
    assert.deepEqual(
      COMMERCIAL_RATES.map((r) => [r.from, r.basisPoints, r.unverified]),
      [
        ['2015-01-01', 805, false],
        ['2016-07-01', 800, false],
        ['2023-01-01', 1050, false],
        ['2023-07-01', 1200, false],
        ['2024-01-01', 1250, false],
        ['2024-07-01', 1225, false],
        ['2025-01-01', 1115, false],
        ['2025-07-01', 1015, true],
        ['2026-01-01', 1015, true],
      ],
    );
    assert.ok(COMMERCIAL_RATES.every((r) => r.source.includes('6:119a')));
    assert.ok(CONSUMER_RATES.every((r) => r.source.includes('6:119 ')));
    assert.deepEqual(
      CONSUMER_RATES.filter((r) => r.unverified).map((r) => r.from),
      ['2025-07-01', '2026-01-01'],
    );
  });

  it('finds the rate in force on a day, and knows none before 2015', () => {
    assert.equal(statutoryRateOn(d('2022-12-31'), 'commercial').basisPoints, 800);
    assert.equal(statutoryRateOn(d('2023-01-01'), 'commercial').basisPoints, 1050);
    assert.equal(statutoryRateOn(d('2024-06-30'), 'consumer').basisPoints, 700);
    assert.equal(statutoryRateOn(d('2026-06-30'), 'commercial').basisPoints, 1015);
    assert.throws(
      () => statutoryRateOn(d('2014-12-31'), 'commercial'),
      /no statutory interest rate is known before 2015-01-01/,
    );
  });
});

describe('statutoryInterest', () => {
  it('splits at a rate change and rounds each sub-period half up', () => {
    const result = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2024-06-01'),
      paidOn: d('2024-07-31'),
      kind: 'commercial',
    });
    // 1000 x 12.50 % x 30 / 365 = 10.2739 -> 10.27; 1000 x 12.25 % x 31 / 365 = 10.4041 -> 10.40.
    assert.deepEqual(rows(result), [
      '2024-06-01..2024-06-30 30d 1250bp on 100000 = 1027',
      '2024-07-01..2024-07-31 31d 1225bp on 100000 = 1040',
    ]);
    assert.equal(result.interest, 2067);
    assert.equal(result.days, 61);
    assert.equal(result.unverified, false);
  });

  it('adds a full year of interest to the principal on the anniversary of default', () => {
    const result = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2024-03-15'),
      paidOn: d('2025-09-30'),
      kind: 'commercial',
    });
    assert.deepEqual(rows(result), [
      '2024-03-15..2024-06-30 108d 1250bp on 100000 = 3699',
      '2024-07-01..2024-12-31 184d 1225bp on 100000 = 6175',
      '2025-01-01..2025-03-14 73d 1115bp on 100000 = 2230',
      '2025-03-15..2025-06-30 108d 1115bp on 112104 = 3699',
      '2025-07-01..2025-09-30 92d 1015bp on 112104 = 2868',
    ]);
    assert.deepEqual(
      result.compoundings.map((c) => [formatIsoDate(c.on), c.added, c.principalAfter]),
      [['2025-03-15', 12_104, 112_104]],
    );
    assert.equal(result.interest, 18_671);
    assert.equal(result.unverified, true);
  });

  it('compounds only after a full year: paid on the last day of the year, nothing is added', () => {
    const year = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2023-01-01'),
      paidOn: d('2023-12-31'),
      kind: 'consumer',
    });
    // 181 days at 4 % = 19.8356 -> 19.84; 184 days at 6 % = 30.2466 -> 30.25.
    assert.deepEqual(rows(year), [
      '2023-01-01..2023-06-30 181d 400bp on 100000 = 1984',
      '2023-07-01..2023-12-31 184d 600bp on 100000 = 3025',
    ]);
    assert.equal(year.compoundings.length, 0);
    const dayLater = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2023-01-01'),
      paidOn: d('2024-01-01'),
      kind: 'consumer',
    });
    // On 105009 at 7 % for one day: 0.2014 -> 0.20.
    assert.equal(dayLater.periods.at(-1)?.principal, 105_009);
    assert.equal(dayLater.interest, 5_029);
  });

  it('can leave compounding out', () => {
    const simple = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2024-03-15'),
      paidOn: d('2025-09-30'),
      kind: 'commercial',
      compoundYearly: false,
    });
    assert.equal(simple.compoundings.length, 0);
    assert.ok(simple.periods.every((p) => p.principal === 100_000));
    assert.equal(simple.interest, 3699 + 6175 + 2230 + 3299 + 2558);
  });

  it('counts a leap year as 366 days over 365', () => {
    const result = statutoryInterest({
      principal: 365_000,
      firstDayOfDefault: d('2020-01-01'),
      paidOn: d('2020-12-31'),
      kind: 'commercial',
    });
    // 3650 x 8 % x 366 / 365 = 292.80.
    assert.equal(result.interest, 29_280);
  });

  it('is zero when paid before default, and a one-day default earns one day', () => {
    const early = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2025-02-01'),
      paidOn: d('2025-01-31'),
      kind: 'commercial',
    });
    assert.equal(early.interest, 0);
    assert.equal(early.days, 0);
    assert.deepEqual(early.periods, []);
    const oneDay = statutoryInterest({
      principal: 100_000,
      firstDayOfDefault: d('2025-02-01'),
      paidOn: d('2025-02-01'),
      kind: 'commercial',
    });
    assert.equal(oneDay.days, 1);
    assert.equal(oneDay.interest, 31); // 1000 x 11.15 % / 365 = 0.3055
  });

  it('uses a table the caller passes, and checks it', () => {
    const table = [
      { from: '2020-01-01', until: '2021-12-31', basisPoints: 1000, source: 'test table', unverified: false },
    ];
    const result = statutoryInterest({
      principal: 365_000,
      firstDayOfDefault: d('2021-01-01'),
      paidOn: d('2021-01-10'),
      kind: 'commercial',
      table,
    });
    assert.equal(result.interest, 1_000);
    assert.throws(
      () =>
        statutoryInterest({
          principal: 1,
          firstDayOfDefault: d('2021-01-01'),
          paidOn: d('2021-01-10'),
          kind: 'commercial',
          table: [table[0]!, { ...table[0]!, from: '2019-01-01' }],
        }),
      /date order/,
    );
    const { until: _, ...open } = table[0]!;
    assert.throws(
      () =>
        statutoryInterest({
          principal: 1,
          firstDayOfDefault: d('2021-01-01'),
          paidOn: d('2021-01-10'),
          kind: 'commercial',
          table: [open],
        }),
      /the last row needs 'until'/,
    );
  });

  it('carries a valid-until date and refuses a day past it, naming the last known half-year', () => {
    assert.equal(statutoryRatesValidUntil('commercial'), '2026-06-30');
    assert.equal(statutoryRatesValidUntil('consumer'), '2026-06-30');
    const base = { principal: 100_000, firstDayOfDefault: d('2026-06-01'), kind: 'commercial' as const };
    assert.ok(statutoryInterest({ ...base, paidOn: d('2026-06-30') }).interest > 0);
    const past = () => statutoryInterest({ ...base, paidOn: d('2026-07-01') });
    assert.throws(past, StatutoryRatesOutdatedError);
    assert.throws(
      past,
      /known up to and including 2026-06-30 \(last known half-year: 2026-01-01 to 2026-06-30, 10\.15 %\)/,
    );
    assert.throws(() => statutoryRateOn(d('2030-01-01'), 'consumer'), /last known half-year: 2026-01-01/);
    // Paid in time: no rate is needed, so an out-of-date table refuses nothing.
    assert.equal(
      statutoryInterest({ ...base, firstDayOfDefault: d('2027-01-02'), paidOn: d('2027-01-01') }).interest,
      0,
    );
  });

  it('refuses a negative or fractional principal and a default before the table', () => {
    const base = { firstDayOfDefault: d('2025-01-01'), paidOn: d('2025-02-01'), kind: 'commercial' as const };
    assert.throws(() => statutoryInterest({ ...base, principal: -1 }), /must not be negative/);
    assert.throws(() => statutoryInterest({ ...base, principal: 1.5 }), /whole number of cents/);
    assert.throws(
      () => statutoryInterest({ ...base, principal: 1, firstDayOfDefault: d('2014-06-01') }),
      /before 2015-01-01/,
    );
  });
});
