import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { terms } from '../testing.ts';

test('elearning-access-month: Ingenium 26, opened 31 January 2026: open through 28 February', () => {
  const decision = evaluate(terms('ingenium'), {
    type: 'elearning_access',
    openedOn: '2026-01-31',
    asOf: '2026-02-28',
  });
  assert.deepEqual([decision.outcome, decision.dates.accessEnd], ['allowed', '2026-02-28']);
  assert.equal(
    evaluate(terms('ingenium'), { type: 'elearning_access', openedOn: '2026-01-31', asOf: '2026-03-01' })
      .outcome,
    'not_allowed',
  );
  assert.equal(
    evaluate(terms('ingenium'), { type: 'elearning_access', openedOn: '2026-03-15' }).dates.accessEnd,
    '2026-04-15',
  );
});

test('elearning-access-after-completion: PlusPort 4.4/4.5, no end before completion, ends on the completion day', () => {
  const open = evaluate(terms('plusport-courses'), { type: 'elearning_access', openedOn: '2026-03-01' });
  assert.equal(open.outcome, 'allowed');
  assert.equal(open.dates.accessEnd, undefined);
  const done = evaluate(terms('plusport-courses'), {
    type: 'elearning_access',
    openedOn: '2026-03-01',
    completedOn: '2026-03-20',
    asOf: '2026-03-21',
  });
  assert.deepEqual([done.outcome, done.dates.accessEnd], ['not_allowed', '2026-03-20']);
});

test('VAPRO and Sparse set no access period', () => {
  assert.equal(
    evaluate(terms('vapro'), { type: 'elearning_access', openedOn: '2026-03-01' }).outcome,
    'not_covered',
  );
});
