import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainProblem } from '../platform/domain-problem.ts';
import { evaluate, evaluateJson, parseQuestion } from './evaluate.ts';
import { QUESTION_TYPES } from './question.ts';
import { BUILT_IN_PROVIDERS, findTerms, listTerms, parseTermsVersion } from './registry.ts';
import { terms } from './testing.ts';

test('findTerms picks the version in force on a date; a newer version takes over on its effective date', () => {
  const current = findTerms('plusport-courses', '2026-03-01');
  assert.equal(current.version, '2026-01');
  const next = parseTermsVersion({
    ...structuredClone(current),
    version: '2027-01',
    effectiveFrom: '2027-01-01',
  });
  assert.equal(findTerms('plusport-courses', '2026-12-31', [next]).version, '2026-01');
  assert.equal(findTerms('plusport-courses', '2027-01-01', [next]).version, '2027-01');
  assert.throws(() => findTerms('plusport-courses', '2025-06-01'), {
    kind: 'not-found',
    code: 'terms-not-in-force',
  });
  assert.throws(() => findTerms('nobody', '2026-01-01'), { kind: 'not-found', code: 'terms-unknown' });
});

test('listTerms lists the five built-in providers with their versions', () => {
  assert.deepEqual(
    listTerms()
      .map((listing) => listing.provider)
      .sort(),
    [...BUILT_IN_PROVIDERS].sort(),
  );
  for (const listing of listTerms()) assert.ok(listing.versions.length >= 1);
});

test('parseTermsVersion names each bad field', () => {
  const broken = structuredClone(terms('vapro')) as unknown as Record<string, unknown>;
  broken.effectiveFrom = '2026-13-01';
  (broken.readings as Record<string, unknown>).requestDayCounted = 'yes';
  try {
    parseTermsVersion(broken);
    assert.fail('expected a DomainProblem');
  } catch (error) {
    assert.ok(error instanceof DomainProblem);
    assert.deepEqual(error.errors.map((field) => field.path).sort(), [
      'effectiveFrom',
      'readings.requestDayCounted',
    ]);
  }
});

test('parseQuestion names bad fields; a bad date inside a valid shape is a field error too', () => {
  try {
    parseQuestion({
      type: 'cancellation',
      requestedAt: '1 juni',
      parts: [{ kind: 'exam', price: -5, start: '2026-06-15T09:00Z' }],
    });
    assert.fail('expected a DomainProblem');
  } catch (error) {
    assert.ok(error instanceof DomainProblem);
    assert.deepEqual(error.errors.map((field) => field.path).sort(), ['parts.0.price', 'requestedAt']);
  }
  assert.throws(() => parseQuestion({ type: 'guess' }), DomainProblem);
  assert.throws(
    () =>
      evaluateJson(terms('plusport-courses'), {
        type: 'cancellation',
        requestedAt: '2026-02-30T10:00Z',
        parts: [{ kind: 'exam', price: 100, start: '2026-06-15T09:00Z' }],
      }),
    (error: unknown) => error instanceof DomainProblem && error.kind === 'invalid',
  );
});

test('every question type is answered for every built-in provider', () => {
  const examples: Record<string, unknown> = {
    cancellation: {
      type: 'cancellation',
      requestedAt: '2026-06-01T10:00:00+02:00',
      parts: [{ kind: 'classroom', price: 29500, start: '2026-06-15T09:00:00+02:00' }],
    },
    reschedule: {
      type: 'reschedule',
      kind: 'practical',
      price: 29500,
      start: '2026-06-15T09:00:00+02:00',
      requestedAt: '2026-06-01T10:00:00+02:00',
      newDate: '2026-07-01',
      paidInFull: true,
    },
    substitution: {
      type: 'substitution',
      kind: 'exam',
      start: '2026-06-15T09:00:00+02:00',
      requestedAt: '2026-06-01T10:00:00+02:00',
    },
    provider_cancellation: { type: 'provider_cancellation', start: '2026-06-15T09:00:00+02:00', paid: 29500 },
    force_majeure_refund: { type: 'force_majeure_refund', invoiceTotal: 29500, paid: 29500, permanent: true },
    elearning_access: { type: 'elearning_access', openedOn: '2026-06-01' },
    certificate_release: {
      type: 'certificate_release',
      kind: 'exam',
      conditions: { idChecked: true, examPassed: true, invoicePaid: true },
    },
    group_discount: { type: 'group_discount', participants: 3, sameCompany: true },
  };
  for (const provider of BUILT_IN_PROVIDERS) {
    for (const [type, example] of Object.entries(examples)) {
      const decision = evaluate(terms(provider), parseQuestion(example));
      assert.equal(decision.question, type);
      assert.ok(
        decision.explanation.nl.length > 10 && decision.explanation.en.length > 10,
        `${provider} ${type}`,
      );
      if (decision.outcome !== 'not_covered')
        assert.ok(decision.clauses.length > 0, `${provider} ${type} cites no clause`);
    }
  }
  assert.ok(QUESTION_TYPES.includes('cancellation') && QUESTION_TYPES.includes('late_interest'));
});
