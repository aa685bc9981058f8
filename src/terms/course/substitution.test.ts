import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { local, terms } from '../testing.ts';
import type { SubstitutionQuestion } from './questions.ts';

const swap = (provider: string, question: Partial<SubstitutionQuestion>) =>
  evaluate(terms(provider), {
    type: 'substitution',
    kind: 'exam',
    start: local('2026-06-15', '09:00'),
    requestedAt: local('2026-06-01'),
    ...question,
  });

test('PlusPort 14.5: a colleague may come; with a proof of participation only after passing the online theory exam', () => {
  assert.deepEqual(
    [swap('plusport-courses', {}).outcome, swap('plusport-courses', {}).amounts.fee],
    ['allowed', 0],
  );
  const noTheory = swap('plusport-courses', {
    kind: 'practical',
    proofOfParticipationRequired: true,
    substitutePassedTheoryExam: false,
  });
  assert.equal(noTheory.outcome, 'not_allowed');
  assert.equal(noTheory.conditions?.substitutePassedTheoryExam, false);
  assert.equal(
    swap('plusport-courses', {
      kind: 'practical',
      proofOfParticipationRequired: true,
      substitutePassedTheoryExam: true,
    }).outcome,
    'allowed',
  );
});

test('vca-substitute: Ingenium, VCA exam Monday 15 June: registered by Friday 12 June 16:59, not at 17:00', () => {
  const inTime = swap('ingenium', { vcaExam: true, requestedAt: local('2026-06-12', '16:59') });
  assert.deepEqual([inTime.outcome, inTime.dates.registerBy], ['allowed', '2026-06-12']);
  assert.equal(
    swap('ingenium', { vcaExam: true, requestedAt: local('2026-06-12', '17:00') }).outcome,
    'not_allowed',
  );
  assert.equal(swap('ingenium', { vcaExam: false, requestedAt: local('2026-06-13') }).outcome, 'allowed');
});

test('substitution-consent: VAPRO 16.3 and Sparse 59.2 need consent first', () => {
  for (const provider of ['vapro', 'sparse']) {
    assert.equal(swap(provider, {}).outcome, 'needs_approval', provider);
    assert.equal(swap(provider, { consentGiven: true }).outcome, 'allowed', provider);
  }
});

test('a substitute after the start is too late', () => {
  assert.equal(
    swap('plusport-courses', { requestedAt: local('2026-06-15', '09:30') }).outcome,
    'not_allowed',
  );
});
