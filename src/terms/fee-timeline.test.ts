import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feeTimeline } from './fee-timeline.ts';
import { local, session, terms } from './testing.ts';

test('an e-learning timeline runs from the purchase day: free through the 10th working day, then 100 %', () => {
  const ranges = feeTimeline(terms('plusport-courses'), {
    part: { kind: 'elearning', price: 9900, purchasedOn: '2026-05-22', started: false },
    to: '2026-06-30',
  });
  assert.deepEqual(
    ranges.map((range) => [range.from, range.to, range.rule, range.fee]),
    [
      ['2026-05-22', '2026-06-08', 'elearning-within-10', 0],
      ['2026-06-09', '2026-06-30', 'elearning-after-10', 9900],
    ],
  );
  assert.equal(ranges[0]?.clauses[0]?.article, '15.5');
});

test('a timeline for a chosen window, and a window that ends before it starts is refused', () => {
  const ranges = feeTimeline(terms('ingenium'), {
    part: session('exam', local('2026-06-15', '09:00')),
    from: '2026-05-25',
    to: '2026-06-05',
  });
  assert.deepEqual(
    ranges.map((range) => [range.from, range.to, range.fee]),
    [
      ['2026-05-25', '2026-06-01', 0],
      ['2026-06-02', '2026-06-05', 29500],
    ],
  );
  assert.throws(
    () =>
      feeTimeline(terms('ingenium'), {
        part: session('exam', local('2026-06-15', '09:00')),
        from: '2026-06-05',
        to: '2026-06-01',
      }),
    RangeError,
  );
});
