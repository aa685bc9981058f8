import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateJson } from './evaluate.ts';
import { ask } from './finance/testing.ts';
import { local, terms } from './testing.ts';

/** Issue 11 "ask only what the rule needs": inputs are required only where the provider's rule uses them. */
describe('ask only what the rule needs', () => {
  test('price_change: a question about the notice alone is answered; the increase is named as missing', () => {
    const onlyNotice = ask('plusport-lsp', {
      type: 'price_change',
      effectiveOn: '2026-07-01',
      noticeOn: '2026-04-01',
    });
    assert.equal(onlyNotice.outcome, 'allowed');
    assert.deepEqual(onlyNotice.missingInputs, ['increaseBp']);
    assert.deepEqual(onlyNotice.conclusions, { changeAllowed: true });
    assert.match(onlyNotice.explanation.en, /increaseBp/);
    // plusport-cursusvoorwaarden#5.2 runs three months from the agreement: with the increase but without the date
    // the right cannot be decided, and the answer says which input it needs.
    const noDate = ask('plusport-courses', {
      type: 'price_change',
      effectiveOn: '2026-04-15',
      increaseBp: 1000,
    });
    assert.deepEqual(noDate.missingInputs, ['agreementDate']);
    const full = ask('plusport-courses', {
      type: 'price_change',
      effectiveOn: '2026-04-15',
      increaseBp: 1000,
      agreementDate: '2026-01-15',
    });
    assert.equal(full.conclusions?.customerMayDissolve, true);
    assert.equal(full.missingInputs, undefined);
  });

  test('complaint_deadline: only the response deadline is asked; the event date is named, not demanded', () => {
    const decision = ask('plusport-courses', { type: 'complaint_deadline', complaintOn: '2026-03-02' });
    assert.equal(decision.counts?.responseWorkingDays, 7);
    assert.ok(decision.dates.responseDue, 'the response deadline is given');
    assert.equal(decision.dates.deadline, undefined);
    assert.ok((decision.missingInputs ?? []).length > 0);
    assert.throws(
      () => ask('plusport-courses', { type: 'complaint_deadline' }),
      (error: Error & { errors?: { path: string }[] }) => error.errors?.[0]?.path === 'completedOn',
    );
  });

  test('reschedule: paidInFull is needed only by a provider with a pay-first rule (PlusPort 14.3)', () => {
    const question = {
      type: 'reschedule',
      kind: 'classroom',
      price: 50000,
      start: local('2026-06-15', '09:00'),
      requestedAt: local('2026-05-01', '10:00'),
    };
    const ingenium = evaluateJson(terms('ingenium'), question);
    assert.equal(ingenium.outcome, 'allowed');
    assert.throws(
      () => evaluateJson(terms('plusport-courses'), { ...question, kind: 'practical' }),
      (error: Error & { errors?: { path: string }[] }) => error.errors?.[0]?.path === 'paidInFull',
    );
  });
});

describe('reschedule under the cancellation table knows the exception and earlier moves (PlusPort 14.6, 15.5, 15.6)', () => {
  const base = {
    type: 'reschedule',
    kind: 'classroom',
    price: 40000,
    start: local('2026-06-15', '09:00'),
    requestedAt: local('2026-06-10', '10:00'),
    paidInFull: true,
  };
  test('a sick report with proof in time moves a marked tier for free; without it the table applies', () => {
    const plain = evaluateJson(terms('plusport-courses'), { ...base, earlierReschedules: 0 });
    assert.equal(plain.amounts.fee, 40000);
    const sick = evaluateJson(terms('plusport-courses'), {
      ...base,
      earlierReschedules: 0,
      reason: 'sick_report',
      proofReceivedOn: '2026-06-12',
    });
    assert.equal(sick.amounts.fee, 0);
    assert.equal(sick.conclusions?.exceptionWaived, true);
  });
  test("a sick report about a family member does not count; a relative's hospital admission does", () => {
    const family = {
      ...base,
      earlierReschedules: 0,
      proofReceivedOn: '2026-06-12',
      concerns: 'family_member',
    };
    assert.equal(
      evaluateJson(terms('plusport-courses'), { ...family, reason: 'sick_report' }).amounts.fee,
      40000,
    );
    assert.equal(
      evaluateJson(terms('plusport-courses'), { ...family, reason: 'hospital_admission' }).amounts.fee,
      0,
    );
  });
  test('an enrollment moved before pays 100 % at any time; without the count the answer names it', () => {
    const early = { ...base, requestedAt: local('2026-04-01', '10:00') };
    const moved = evaluateJson(terms('plusport-courses'), { ...early, earlierReschedules: 1 });
    assert.equal(moved.amounts.fee, 40000);
    assert.equal(moved.conclusions?.previouslyRescheduled, true);
    const unknown = evaluateJson(terms('plusport-courses'), early);
    assert.equal(unknown.amounts.fee, 0);
    assert.deepEqual(unknown.missingInputs, ['earlierReschedules']);
  });
  test('the 3-month limit runs from the original date, not from a date it was moved to (14.5)', () => {
    const question = {
      type: 'reschedule',
      kind: 'practical',
      price: 30000,
      start: local('2026-08-03', '09:00'),
      requestedAt: local('2026-06-01', '10:00'),
      paidInFull: true,
      newDate: '2026-09-10',
    };
    const fromStart = evaluateJson(terms('plusport-courses'), question);
    assert.equal(fromStart.outcome, 'allowed');
    const fromOriginal = evaluateJson(terms('plusport-courses'), {
      ...question,
      originalDate: '2026-06-01',
      earlierReschedules: 1,
    });
    assert.equal(fromOriginal.outcome, 'not_allowed');
    assert.equal(fromOriginal.dates.latestNewDate, '2026-09-01');
  });
});

describe('whose illness (PlusPort 15.5 *, 15.6)', () => {
  test('a sick report of a family member does not waive the fee; a death in the family does', () => {
    const question = {
      type: 'cancellation',
      requestedAt: local('2026-06-10', '10:00'),
      parts: [{ kind: 'classroom', price: 40000, start: local('2026-06-15', '09:00') }],
      proofReceivedOn: '2026-06-11',
      concerns: 'family_member',
    };
    assert.equal(
      evaluateJson(terms('plusport-courses'), { ...question, reason: 'sick_report' }).amounts.fee,
      40000,
    );
    assert.equal(evaluateJson(terms('plusport-courses'), { ...question, reason: 'death' }).amounts.fee, 0);
    assert.equal(
      evaluateJson(terms('plusport-courses'), { ...question, reason: 'sick_report', concerns: 'learner' })
        .amounts.fee,
      0,
    );
  });
});
