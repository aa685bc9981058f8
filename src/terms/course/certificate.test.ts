import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { terms } from '../testing.ts';

const all = {
  onlineTrainingCompleted: true,
  theoryExamPassed: true,
  idChecked: true,
  practicalPassed: true,
  declaredCompetent: true,
};

test('certificate-days: PlusPort 13.2/13.5, practical passed on Wednesday 13 May 2026: certificate by Monday 18 May (Ascension Day skipped)', () => {
  const decision = evaluate(terms('plusport-courses'), {
    type: 'certificate_release',
    kind: 'practical',
    conditions: all,
    resultOn: '2026-05-13',
  });
  assert.deepEqual(
    [decision.outcome, decision.dates.expectedBy, decision.workingDays],
    ['allowed', '2026-05-18', 2],
  );
});

test('a missing condition holds the certificate back and is named', () => {
  const decision = evaluate(terms('plusport-courses'), {
    type: 'certificate_release',
    kind: 'practical',
    conditions: { ...all, declaredCompetent: false },
  });
  assert.equal(decision.outcome, 'not_allowed');
  assert.equal(decision.conditions?.declaredCompetent, false);
  assert.match(decision.explanation.nl, /competent verklaard/);
});

test('PlusPort 13.6: an exam certificate needs the invoice paid; Ingenium 26: the final test', () => {
  const unpaid = evaluate(terms('plusport-courses'), {
    type: 'certificate_release',
    kind: 'exam',
    conditions: { idChecked: true, examPassed: true },
  });
  assert.equal(unpaid.outcome, 'not_allowed');
  assert.equal(
    evaluate(terms('ingenium'), {
      type: 'certificate_release',
      kind: 'elearning',
      conditions: { finalTestPassed: true },
    }).outcome,
    'allowed',
  );
  assert.equal(
    evaluate(terms('vapro'), { type: 'certificate_release', kind: 'exam', conditions: {} }).outcome,
    'not_covered',
  );
});
