import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, formatIsoDate, parseIsoDate } from '../../calendar/index.ts';
import { DomainProblem } from '../../platform/domain-problem.ts';
import { ask, askWith, FINANCE_PROVIDERS } from './testing.ts';

const interest = (
  provider: Parameters<typeof ask>[0],
  principalCents: number,
  dueDate: string,
  paidOn: string,
  customerKind = 'business',
) => ask(provider, { type: 'late_interest', principalCents, dueDate, paidOn, customerKind });

describe('late_interest', () => {
  test('VAPRO 22.8: 1 % per started month, month ends clamped', () => {
    // From 31 January: the second month starts on 28 February (clamped).
    assert.equal(interest('vapro', 100_000, '2026-01-31', '2026-02-27').amounts.interest, 1_000);
    assert.equal(interest('vapro', 100_000, '2026-01-31', '2026-02-28').amounts.interest, 2_000);
    const d = interest('vapro', 123_456, '2026-03-16', '2026-04-28');
    assert.equal(d.amounts.interest, 2_469);
    assert.equal(
      d.explanation.nl,
      'Rente over 44 dagen: € 24,69 (art. 22.8: 1 % per begonnen maand, 2 maanden).',
    );
  });

  test('interest-from-due-date: VAPRO counts from the due date; the other setting from the day after', () => {
    const fromDue = interest('vapro', 100_000, '2026-03-16', '2026-04-16');
    assert.equal(fromDue.dates.firstDayOfInterest, '2026-03-16');
    assert.equal(fromDue.amounts.interest, 2_000);
    assert.ok(fromDue.readings.includes('interest-from-due-date'));
    const fromNext = askWith(
      'vapro',
      (f) => ({ ...f, lateInterest: { ...f.lateInterest, start: 'day_after_due_date' } }),
      {
        type: 'late_interest',
        principalCents: 100_000,
        dueDate: '2026-03-16',
        paidOn: '2026-04-16',
      },
    );
    assert.equal(fromNext.amounts.interest, 1_000);
  });

  test('paid on the last day: no interest, not_allowed', () => {
    const d = interest('plusport-lsp', 100_000, '2026-03-16', '2026-03-16');
    assert.equal(d.outcome, 'not_allowed');
    assert.equal(d.amounts.interest, 0);
  });

  test('PlusPort LSP: statutory commercial interest split at the rate change of 1 July 2024', () => {
    const d = interest('plusport-lsp', 100_000, '2024-06-20', '2024-07-10');
    assert.equal(d.lines?.length, 2);
    assert.deepEqual(
      d.lines?.map((l) => [l.part, l.amounts.interest]),
      [
        ['2024-06-21..2024-06-30', 342], // 10 days at 12.50 %
        ['2024-07-01..2024-07-10', 336], // 10 days at 12.25 %
      ],
    );
    assert.equal(d.amounts.interest, 678);
    assert.ok(d.clauses.some((c) => c.article === '6:119a'));
  });

  test('statutory interest over more than a year compounds on the anniversary of default', () => {
    const d = interest('sparse', 1_000_000, '2024-01-10', '2025-03-01');
    assert.equal(d.conditions?.compounded, true);
    assert.match(d.explanation.nl, /11 januari 2025 is .* rente bij de hoofdsom gevoegd/);
    const later = d.lines?.at(-1);
    assert.ok(later && later.amounts.principal! > 1_000_000);
  });

  test('statutory-rate-by-customer: PlusPort courses charge a consumer the consumer rate (cursus 5.4)', () => {
    const business = interest('plusport-courses', 100_000, '2025-01-31', '2025-03-01');
    const consumer = interest('plusport-courses', 100_000, '2025-01-31', '2025-03-01', 'consumer');
    // 29 days at 11.15 % and at 6 %.
    assert.equal(business.amounts.interest, 886);
    assert.equal(consumer.amounts.interest, 477);
    assert.ok(consumer.clauses.some((c) => c.article === '6:119'));
    assert.ok(consumer.readings.includes('statutory-rate-by-customer'));
    // PlusPort LSP names the commercial rate (8.7): a consumer pays it too.
    assert.equal(
      interest('plusport-lsp', 100_000, '2025-01-31', '2025-03-01', 'consumer').amounts.interest,
      886,
    );
  });

  test('Ingenium 15.2: 2.5 % a month per day, unless the statutory rate is higher', () => {
    const d = interest('ingenium', 123_456, '2026-03-16', '2026-04-28');
    assert.equal(d.conditions?.statutoryApplied, false);
    assert.equal(d.amounts.interest, d.amounts.contractualInterest);
    assert.ok(d.readings.includes('monthly-rate-without-counting-rule'));
    // A provider copy at 0.5 % a month (6 % a year): the statutory commercial rate is higher and applies.
    const low = askWith(
      'ingenium',
      (f) => ({
        ...f,
        lateInterest: {
          ...f.lateInterest,
          rate: { ...f.lateInterest.rate, monthlyRateBp: 50 } as typeof f.lateInterest.rate,
        },
      }),
      { type: 'late_interest', principalCents: 123_456, dueDate: '2026-03-16', paidOn: '2026-04-28' },
    );
    assert.equal(low.conditions?.statutoryApplied, true);
    assert.equal(low.amounts.interest, low.amounts.statutoryInterest);
    assert.match(low.explanation.en, /it is higher and applies/);
  });

  test('a due date before the first known statutory rate is a field error', () => {
    assert.throws(() => interest('sparse', 100_000, '2010-01-01', '2010-03-01'), DomainProblem);
  });

  test('property: interest is never negative and never falls as the payment day moves later', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FINANCE_PROVIDERS),
        fc.integer({ min: 0, max: 50_000_000 }),
        // Up to 2026-04-16 at the latest: the statutory rates are known until 2026-06-30 (valid-until).
        fc.integer({ min: 0, max: 2_900 }),
        fc.integer({ min: -5, max: 800 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('business', 'consumer'),
        (provider, principal, dueOffset, paidOffset, step, customerKind) => {
          const due = addDays(parseIsoDate('2016-01-01'), dueOffset);
          const paid = addDays(due, paidOffset);
          const a = interest(provider, principal, formatIsoDate(due), formatIsoDate(paid), customerKind);
          const b = interest(
            provider,
            principal,
            formatIsoDate(due),
            formatIsoDate(addDays(paid, step)),
            customerKind,
          );
          assert.ok(a.amounts.interest! >= 0);
          assert.ok(
            b.amounts.interest! >= a.amounts.interest!,
            `${provider}: ${a.amounts.interest} then ${b.amounts.interest}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
