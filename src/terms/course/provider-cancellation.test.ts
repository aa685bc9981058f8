import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { local, terms } from '../testing.ts';

const start = local('2026-06-15', '09:00');

test('provider-notice: VAPRO must tell by Monday 8 June (5 working days before 15 June); Tuesday 9 June is late', () => {
  const plan = evaluate(terms('vapro'), { type: 'provider_cancellation', start, paid: 50000 });
  assert.equal(plan.dates.noticeDeadline, '2026-06-08');
  const inTime = evaluate(terms('vapro'), {
    type: 'provider_cancellation',
    start,
    paid: 50000,
    notifiedAt: local('2026-06-08', '16:00'),
  });
  assert.deepEqual([inTime.outcome, inTime.workingDays, inTime.amounts.refund], ['allowed', 5, 50000]);
  const late = evaluate(terms('vapro'), {
    type: 'provider_cancellation',
    start,
    paid: 50000,
    notifiedAt: local('2026-06-08', '17:30'),
  });
  assert.deepEqual([late.outcome, late.workingDays, late.amounts.refund], ['not_allowed', 4, 50000]);
  const alternative = evaluate(terms('vapro'), {
    type: 'provider_cancellation',
    start,
    paid: 50000,
    alternativeAccepted: true,
  });
  assert.equal(alternative.amounts.refund, 0);
});

test('PlusPort 15.1, Ingenium 25.1, Sparse 59.3 and LSP 18.4: no notice, the paid course fee comes back', () => {
  for (const [provider, article] of [
    ['plusport-courses', '15.1'],
    ['ingenium', '25.1'],
    ['sparse', '59.3'],
    ['plusport-lsp', '18.4'],
  ] as const) {
    const decision = evaluate(terms(provider), {
      type: 'provider_cancellation',
      start,
      paid: 29500,
      notifiedAt: local('2026-06-14'),
    });
    assert.deepEqual(
      [decision.outcome, decision.amounts.refund, decision.clauses[0]?.article],
      ['allowed', 29500, article],
      provider,
    );
  }
});
