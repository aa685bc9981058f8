import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { epochDayOf, formatIsoDate } from '../../calendar/index.ts';
import { percentOf } from '../../money/cents.ts';
import { ClauseIndex } from '../clauses.ts';
import { compileTerms } from '../compile.ts';
import { evaluate } from '../evaluate.ts';
import { feeTimeline } from '../fee-timeline.ts';
import { localDay, parseInstant } from '../instant.ts';
import type { TermsVersion } from '../terms-version.ts';
import { cancel, local, session, terms } from '../testing.ts';
import { tiersMatching } from './compile.ts';
import type { SessionKind } from './sections.ts';
import { measureValue, timingAt } from './timing.ts';

const PROVIDERS = ['plusport-courses', 'sparse', 'ingenium', 'vapro'] as const;

function sessionKinds(version: TermsVersion): SessionKind[] {
  const parts = version.sections.course?.cancellation?.parts ?? {};
  return (['exam', 'practical', 'workshop', 'classroom', 'advice'] as const).filter(
    (kind) => parts[kind] !== undefined,
  );
}

/** Days from 2026-04-03 through the last day, as 'YYYY-MM-DD'. */
function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  const [a, b] = [first, last].map((text) => {
    const [y, m, d] = text.split('-').map(Number);
    return epochDayOf(y!, m!, d!);
  });
  for (let day = a!; day <= b!; day++) days.push(formatIsoDate(day));
  return days;
}

/** Expands [from, to, value] runs to one value per day. */
function curve(runs: [string, string, number][]): number[] {
  return runs.flatMap(([from, to, value]) => daysFrom(from, to).map(() => value));
}

describe('each schedule walked day by day over 60 days (session Tuesday 2 June 2026 09:00, requests at 08:00)', () => {
  const start = local('2026-06-02', '09:00');
  const days = daysFrom('2026-04-03', '2026-06-02');
  const walk = (version: TermsVersion, kind: SessionKind, price: number) =>
    days.map((day) => cancel(version, local(day, '08:00'), [session(kind, start, price)]).amounts.fee);

  test('PlusPort classroom: free through Friday 15 May (Hemelvaart 14 May skipped), 50 % 16-22 May, 100 % from Saturday 23 May (Whit Monday skipped)', () => {
    assert.deepEqual(
      walk(terms('plusport-courses'), 'classroom', 29500),
      curve([
        ['2026-04-03', '2026-05-15', 0],
        ['2026-05-16', '2026-05-22', 14750],
        ['2026-05-23', '2026-06-02', 29500],
      ]),
    );
    assert.deepEqual(
      feeTimeline(terms('plusport-courses'), { part: session('classroom', start) }).map((range) => [
        range.from,
        range.to,
        range.rule,
        range.fee,
      ]),
      [
        ['2026-04-03', '2026-05-15', 'classroom-free', 0],
        ['2026-05-16', '2026-05-22', 'classroom-50', 14750],
        ['2026-05-23', '2026-06-02', 'classroom-100', 29500],
      ],
    );
  });

  test('PlusPort exam: free through Friday 22 May, 100 % from Saturday 23 May', () => {
    assert.deepEqual(
      walk(terms('plusport-courses'), 'exam', 12000),
      curve([
        ['2026-04-03', '2026-05-22', 0],
        ['2026-05-23', '2026-06-02', 12000],
      ]),
    );
  });

  test('PlusPort reschedule of a practical session: free through 15 May, EUR 55 through Monday 1 June (the weekend before counts as 1 June), 100 % on the day', () => {
    const fees = days.map(
      (day) =>
        evaluate(terms('plusport-courses'), {
          type: 'reschedule',
          kind: 'practical',
          price: 29500,
          start,
          requestedAt: local(day, '08:00'),
          newDate: '2026-06-20',
          paidInFull: true,
        }).amounts.fee,
    );
    assert.deepEqual(
      fees,
      curve([
        ['2026-04-03', '2026-05-15', 0],
        ['2026-05-16', '2026-06-01', 5500],
        ['2026-06-02', '2026-06-02', 29500],
      ]),
    );
  });

  test('Ingenium: free through Tuesday 19 May (14 calendar days), full from 20 May', () => {
    assert.deepEqual(
      walk(terms('ingenium'), 'classroom', 29500),
      curve([
        ['2026-04-03', '2026-05-19', 0],
        ['2026-05-20', '2026-06-02', 29500],
      ]),
    );
  });

  test('VAPRO: 10 % administration through Friday 8 May (15 working days), 50 % + 10 % through Thursday 21 May, 100 % + 10 % after', () => {
    assert.deepEqual(
      walk(terms('vapro'), 'classroom', 100000),
      curve([
        ['2026-04-03', '2026-05-08', 10000],
        ['2026-05-09', '2026-05-21', 60000],
        ['2026-05-22', '2026-06-02', 110000],
      ]),
    );
  });

  test('PlusPort e-learning bought Friday 22 May, not started: free through Monday 8 June, 100 % from 9 June', () => {
    const part = { kind: 'elearning' as const, price: 9900, purchasedOn: '2026-05-22', started: false };
    const fees = daysFrom('2026-05-22', '2026-07-21').map(
      (day) => cancel(terms('plusport-courses'), local(day, '08:00'), [part]).amounts.fee,
    );
    assert.deepEqual(
      fees,
      curve([
        ['2026-05-22', '2026-06-08', 0],
        ['2026-06-09', '2026-07-21', 9900],
      ]),
    );
  });
});

/** A session start between 2026 and 2027 and a request up to 80 days before (minute resolution). */
const moments = fc.record({
  startDay: fc.integer({ min: 0, max: 700 }),
  startMinute: fc.integer({ min: 7 * 60, max: 20 * 60 }),
  earlier: fc.integer({ min: 0, max: 80 * 24 * 60 }),
  later: fc.integer({ min: 0, max: 80 * 24 * 60 }),
  price: fc.integer({ min: 0, max: 5_000_000 }),
});
const BASE_MS = Date.UTC(2026, 0, 1, 0, 0);

function momentsOf(value: { startDay: number; startMinute: number; earlier: number; later: number }) {
  const startMs = BASE_MS + value.startDay * 86_400_000 + (value.startMinute - 60) * 60_000;
  const [far, near] =
    value.earlier >= value.later ? [value.earlier, value.later] : [value.later, value.earlier];
  return {
    start: new Date(startMs).toISOString(),
    far: new Date(startMs - far * 60_000).toISOString(),
    near: new Date(startMs - near * 60_000).toISOString(),
  };
}

describe('properties of every built-in cancellation schedule', () => {
  for (const provider of PROVIDERS) {
    const version = terms(provider);
    const clauses = new ClauseIndex(version.documents);
    for (const kind of sessionKinds(version)) {
      test(`${provider} ${kind}: the fee never decreases as the start approaches`, () => {
        fc.assert(
          fc.property(moments, (value) => {
            const { start, far, near } = momentsOf(value);
            const part = session(kind, start, value.price);
            const early = cancel(version, far, [part]).amounts.fee!;
            const late = cancel(version, near, [part]).amounts.fee!;
            assert.ok(late >= early, `${far}: ${early}, ${near}: ${late}, start ${start}`);
          }),
          { numRuns: 300 },
        );
      });

      test(`${provider} ${kind}: the fee never exceeds what the cited clause allows`, () => {
        fc.assert(
          fc.property(moments, (value) => {
            const { start, near } = momentsOf(value);
            const decision = cancel(version, near, [session(kind, start, value.price)]);
            // The clauses a decision applies add up (vapro-leverings-en-betalingsvoorwaarden#16.1 + 16.2): the fee is at most the sum of their caps.
            let cap = 0;
            for (const clause of decision.clauses) {
              const limits = clauses.article(`${clause.document}#${clause.article}`)?.limits;
              assert.ok(limits?.maxFeeBasisPoints !== undefined, `art. ${clause.article} states no limit`);
              cap += percentOf(value.price, limits.maxFeeBasisPoints) + (limits.maxFixedFeeCents ?? 0);
            }
            assert.ok(decision.amounts.fee! <= cap, `${decision.amounts.fee} above ${cap}`);
          }),
          { numRuns: 300 },
        );
      });

      test(`${provider} ${kind}: every request moment before the start lands in exactly one tier`, () => {
        const compiled = compileTerms(version);
        const schedule = version.sections.course!.cancellation!.parts[kind]!;
        fc.assert(
          fc.property(moments, (value) => {
            const { start, near } = momentsOf(value);
            const startMs = parseInstant(start);
            const timing = timingAt(compiled, parseInstant(near));
            if (timing.ms >= startMs) return;
            const startDay = localDay(startMs, compiled.calendar.settings.timeZone);
            const measured = measureValue(compiled, schedule.measure, timing, startDay);
            assert.equal(tiersMatching(schedule, measured).length, 1, `${measured} ${schedule.measure}`);
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  test('PlusPort e-learning: the fee never decreases as the purchase recedes, started or not', () => {
    const version = terms('plusport-courses');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 0, max: 90 }),
        fc.boolean(),
        (purchase, a, b, started) => {
          const purchasedOn = formatIsoDate(epochDayOf(2026, 1, 1) + purchase);
          const [soon, later] = a <= b ? [a, b] : [b, a];
          const at = (days: number) =>
            new Date(BASE_MS + (purchase + days) * 86_400_000 + 9 * 3_600_000).toISOString();
          const part = { kind: 'elearning' as const, price: 9900, purchasedOn, started };
          assert.ok(
            cancel(version, at(later), [part]).amounts.fee! >= cancel(version, at(soon), [part]).amounts.fee!,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
