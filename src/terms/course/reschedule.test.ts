import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import type { Decision } from '../model.ts';
import { local, terms } from '../testing.ts';
import type { RescheduleQuestion } from './questions.ts';

const plusport = terms('plusport-courses');

function reschedule(
  provider: string,
  question: Partial<RescheduleQuestion> & Pick<RescheduleQuestion, 'kind' | 'requestedAt'>,
): Decision {
  return evaluate(terms(provider), {
    type: 'reschedule',
    price: 29500,
    start: local('2026-06-15', '09:00'),
    paidInFull: true,
    newDate: '2026-07-01',
    ...question,
  });
}

describe('PlusPort 14.4 exam and 14.5 practical session (session Monday 15 June 2026 09:00)', () => {
  test('exam: 6 working days before (Friday 5 June) free, 5 (Monday 8 June) not possible', () => {
    const free = reschedule('plusport-courses', { kind: 'exam', requestedAt: local('2026-06-05') });
    assert.deepEqual([free.outcome, free.amounts.fee, free.workingDays], ['allowed', 0, 6]);
    const closed = reschedule('plusport-courses', { kind: 'exam', requestedAt: local('2026-06-08') });
    assert.deepEqual([closed.outcome, closed.workingDays], ['not_allowed', 5]);
    assert.match(closed.explanation.nl, /Alleen annuleren is mogelijk/);
  });

  test('practical: 11 working days free (Friday 29 May), 10 (Monday 1 June) EUR 55 payable at once, 1 (Friday 12 June) EUR 55', () => {
    assert.equal(
      reschedule('plusport-courses', { kind: 'practical', requestedAt: local('2026-05-29') }).amounts.fee,
      0,
    );
    const ten = reschedule('plusport-courses', { kind: 'practical', requestedAt: local('2026-06-01') });
    assert.deepEqual([ten.amounts.fee, ten.amounts.payNow, ten.workingDays], [5500, 5500, 10]);
    assert.equal(
      reschedule('plusport-courses', { kind: 'practical', requestedAt: local('2026-06-12') }).amounts.fee,
      5500,
    );
  });

  test('zero-working-days: a request on Saturday 13 June falls on the day of the session: 100 %', () => {
    const weekend = reschedule('plusport-courses', { kind: 'practical', requestedAt: local('2026-06-13') });
    assert.deepEqual([weekend.workingDays, weekend.amounts.fee], [0, 29500]);
    const onTheDay = reschedule('plusport-courses', {
      kind: 'practical',
      requestedAt: local('2026-06-15', '08:00'),
    });
    assert.deepEqual([onTheDay.workingDays, onTheDay.amounts.fee], [0, 29500]);
  });

  test('reschedule-new-date: the new date must be given and fall within 3 months (15 September is the last day)', () => {
    assert.equal(
      reschedule('plusport-courses', {
        kind: 'practical',
        requestedAt: local('2026-06-01'),
        newDate: '2026-09-15',
      }).outcome,
      'allowed',
    );
    const late = reschedule('plusport-courses', {
      kind: 'practical',
      requestedAt: local('2026-06-01'),
      newDate: '2026-09-16',
    });
    assert.equal(late.outcome, 'not_allowed');
    assert.equal(late.dates.latestNewDate, '2026-09-15');
    const none = evaluate(plusport, {
      type: 'reschedule',
      kind: 'practical',
      price: 29500,
      start: local('2026-06-15', '09:00'),
      requestedAt: local('2026-06-01'),
      paidInFull: true,
    });
    assert.equal(none.outcome, 'not_allowed');
    // Month end clamps: a session on 30 November may move to 28 February at the latest.
    const november = reschedule('plusport-courses', {
      kind: 'practical',
      start: local('2026-11-30', '09:00'),
      requestedAt: local('2026-10-01'),
      newDate: '2027-02-28',
    });
    assert.equal(november.outcome, 'allowed');
    assert.equal(november.dates.latestNewDate, '2027-02-28');
    // The limit is written under 14.5: an exam may move further.
    assert.equal(
      reschedule('plusport-courses', {
        kind: 'exam',
        requestedAt: local('2026-05-01'),
        newDate: '2026-12-01',
      }).outcome,
      'allowed',
    );
  });

  test('reschedule-paid-first: not allowed until the course fee is paid (14.3)', () => {
    const unpaid = reschedule('plusport-courses', {
      kind: 'practical',
      requestedAt: local('2026-05-01'),
      paidInFull: false,
    });
    assert.equal(unpaid.outcome, 'not_allowed');
    assert.equal(unpaid.clauses[0]?.article, '14.3');
  });

  test('reschedule-classroom: a classroom training moves under the cancellation table (14.6)', () => {
    const decision = reschedule('plusport-courses', { kind: 'classroom', requestedAt: local('2026-06-01') });
    assert.deepEqual([decision.outcome, decision.amounts.fee, decision.workingDays], ['allowed', 14750, 10]);
    assert.deepEqual(
      decision.clauses.map((clause) => clause.article),
      ['14.6', '15.5'],
    );
  });

  test('after the start it cannot move; in-company groups follow the quote (14.7); e-learning cannot move', () => {
    assert.equal(
      reschedule('plusport-courses', { kind: 'practical', requestedAt: local('2026-06-15', '09:00') })
        .outcome,
      'not_allowed',
    );
    const group = reschedule('plusport-courses', {
      kind: 'practical',
      requestedAt: local('2026-05-01'),
      group: 'in_company',
    });
    assert.deepEqual([group.outcome, group.clauses[0]?.article], ['not_covered', '14.7']);
    assert.equal(
      reschedule('plusport-courses', { kind: 'elearning', requestedAt: local('2026-05-01') }).outcome,
      'not_allowed',
    );
  });
});

describe('Ingenium 25.2 and the terms that are silent', () => {
  test('weeks-as-days: Ingenium allows moving until 14 days before (1 June for 15 June), not 13', () => {
    assert.deepEqual(
      [
        reschedule('ingenium', { kind: 'exam', requestedAt: local('2026-06-01') }).outcome,
        reschedule('ingenium', { kind: 'exam', requestedAt: local('2026-06-02') }).outcome,
      ],
      ['allowed', 'not_allowed'],
    );
  });

  test('terms-silent: VAPRO and Sparse have no rescheduling rule; PlusPort LSP defers to the trainer', () => {
    for (const provider of ['vapro', 'sparse']) {
      const decision = reschedule(provider, { kind: 'classroom', requestedAt: local('2026-05-01') });
      assert.equal(decision.outcome, 'not_covered', provider);
      assert.ok(decision.readings.includes('terms-silent'));
    }
    assert.equal(
      reschedule('plusport-lsp', { kind: 'classroom', requestedAt: local('2026-05-01') }).clauses[0]?.article,
      '18.4',
    );
  });
});
