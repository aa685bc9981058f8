import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addDays, formatIsoDate, parseIsoDate } from '../../calendar/index.ts';
import { ask } from './testing.ts';

const notice = (provider: Parameters<typeof ask>[0], q: Record<string, unknown>) =>
  ask(provider, { type: 'contract_notice', ...q });

describe('contract_notice', () => {
  test('notice-before-end: PlusPort LSP 13: 3 years, renewed by 3 years, notice received by 30 June', () => {
    const d = notice('plusport-lsp', { startDate: '2026-01-01', asOf: '2028-06-30' });
    assert.equal(d.outcome, 'allowed');
    assert.equal(d.dates.termEnds, '2028-12-31');
    assert.equal(d.dates.renewalDate, '2029-01-01');
    assert.equal(d.dates.noticeDeadline, '2028-06-30');
    assert.equal(d.dates.nextTermEnds, '2031-12-31');
    const late = notice('plusport-lsp', {
      startDate: '2026-01-01',
      asOf: '2028-07-01',
      noticeReceivedOn: '2028-07-01',
    });
    assert.equal(late.outcome, 'not_allowed');
    assert.equal(late.dates.endsOn, '2031-12-31');
    const inTime = notice('plusport-lsp', {
      startDate: '2026-01-01',
      asOf: '2028-06-30',
      noticeReceivedOn: '2028-06-30',
    });
    assert.equal(inTime.dates.endsOn, '2028-12-31');
  });

  test('renewal-period: Sparse renews by the initial term, at most one year (4.2)', () => {
    const d = notice('sparse', { startDate: '2026-03-15', asOf: '2026-06-01' });
    assert.equal(d.dates.termEnds, '2027-03-14');
    assert.equal(d.dates.noticeDeadline, '2026-12-14');
    const twoYears = notice('sparse', { startDate: '2026-03-15', termMonths: 24, asOf: '2028-04-01' });
    assert.equal(twoYears.dates.termEnds, '2029-03-14');
    assert.equal(twoYears.dates.renewalDate, '2029-03-15');
  });

  test('Sparse secondment: indefinite, one calendar month (55.1)', () => {
    const d = notice('sparse', { contractKind: 'secondment', startDate: '2025-06-01', asOf: '2026-01-15' });
    assert.equal(d.dates.endsOn, '2026-02-28');
    assert.ok(d.readings.includes('calendar-month-notice'));
  });

  test('ingenium-indefinite-notice: Ingenium agreements run for an indefinite time with one month notice', () => {
    const d = notice('ingenium', { startDate: '2025-01-01', asOf: '2026-01-31' });
    assert.equal(d.dates.endsOn, '2026-02-28');
    assert.ok(d.readings.includes('ingenium-indefinite-notice'));
    const fixed = notice('ingenium', { startDate: '2026-01-01', termMonths: 6, asOf: '2026-05-31' });
    assert.equal(fixed.dates.noticeDeadline, '2026-05-31');
    assert.equal(fixed.dates.nextTermEnds, '2026-12-31');
  });

  test('VAPRO 20: 3 months before the end by registered letter, renewed by one year; month ends clamp', () => {
    const d = notice('vapro', { startDate: '2026-01-01', termMonths: 12, asOf: '2026-09-15' });
    assert.equal(d.dates.noticeDeadline, '2026-09-30');
    assert.equal(d.dates.nextTermEnds, '2027-12-31');
    assert.match(d.explanation.nl, /per aangetekende brief/);
    const monthEnd = notice('vapro', { startDate: '2026-08-31', termMonths: 6, asOf: '2026-09-01' });
    assert.equal(monthEnd.dates.termEnds, '2027-02-27');
    assert.equal(monthEnd.dates.noticeDeadline, '2026-11-27');
    const indefinite = notice('vapro', { startDate: '2026-01-01', indefinite: true, asOf: '2026-05-10' });
    assert.equal(indefinite.dates.endsOn, '2026-08-10');
  });

  test('consumer-tacit-renewal: after a tacit renewal a consumer may end with one month notice', () => {
    const d = notice('vapro', {
      startDate: '2025-01-01',
      termMonths: 12,
      asOf: '2026-03-10',
      customerKind: 'consumer',
    });
    assert.equal(d.dates.endsOn, '2026-04-10');
    assert.ok(d.clauses.some((c) => c.article === '6:236 sub j'));
    const business = notice('vapro', { startDate: '2025-01-01', termMonths: 12, asOf: '2026-03-10' });
    assert.equal(business.dates.termEnds, '2026-12-31');
  });
});

describe('contract_notice properties', () => {
  test('property: the running term contains the day asked about, and the notice deadline precedes the renewal', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('plusport-lsp', 'sparse', 'ingenium', 'vapro', 'plusport-courses') as never,
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 4_000 }),
        (provider: Parameters<typeof ask>[0], startOffset: number, termMonths: number, asOffset: number) => {
          const start = addDays(parseIsoDate('2026-01-01'), startOffset);
          const asOf = addDays(start, asOffset);
          const d = notice(provider, {
            startDate: formatIsoDate(start),
            termMonths,
            asOf: formatIsoDate(asOf),
          });
          assert.ok(
            d.dates.termEnds! >= formatIsoDate(asOf),
            `${provider}: term ends ${d.dates.termEnds} before ${formatIsoDate(asOf)}`,
          );
          if (d.dates.renewalDate) {
            assert.equal(formatIsoDate(addDays(parseIsoDate(d.dates.termEnds!), 1)), d.dates.renewalDate);
            assert.ok(d.dates.noticeDeadline! < d.dates.renewalDate);
            assert.equal(
              d.outcome,
              formatIsoDate(asOf) <= d.dates.noticeDeadline! ? 'allowed' : 'not_allowed',
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
