import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintTerms } from '../lint-families.ts';
import { cancel, local, session, terms, variant } from '../testing.ts';

const plusport = terms('plusport-courses');
const start = local('2026-06-15', '09:00');

test('readings.requestDayCounted false: counting starts the working day after the request (1 June is then 9 working days before 15 June)', () => {
  const provider = variant(plusport, (copy) => {
    copy.readings.requestDayCounted = false;
  });
  assert.equal(cancel(plusport, local('2026-06-01'), [session('classroom', start)]).workingDays, 10);
  assert.equal(cancel(provider, local('2026-06-01'), [session('classroom', start)]).workingDays, 9);
});

test('readings.officeHoursCutOff true: PlusPort with a cut-off counts a 22:00 cancellation on the next working day', () => {
  const provider = variant(plusport, (copy) => {
    copy.readings.officeHoursCutOff = true;
  });
  const decision = cancel(provider, local('2026-05-29', '22:00'), [session('classroom', start)]);
  assert.deepEqual(
    [decision.workingDays, decision.amounts.fee, decision.dates.countedFrom],
    [10, 14750, '2026-06-01'],
  );
});

test('readings.purchaseDayCounted true: the purchase day is day 1, so the 10th working day after a Friday 22 May purchase is Friday 5 June', () => {
  const provider = variant(plusport, (copy) => {
    copy.readings.purchaseDayCounted = true;
  });
  const part = { kind: 'elearning' as const, price: 9900, purchasedOn: '2026-05-22', started: false };
  assert.equal(cancel(provider, local('2026-06-05'), [part]).amounts.fee, 0);
  assert.equal(cancel(provider, local('2026-06-08'), [part]).amounts.fee, 9900);
});

test('readings.proofDeadlineMovesToWorkingDay true: a proof deadline on Saturday 13 June moves to Monday 15 June', () => {
  const provider = variant(plusport, (copy) => {
    copy.readings.proofDeadlineMovesToWorkingDay = true;
  });
  const decision = cancel(provider, local('2026-06-06'), [session('classroom', start)], { reason: 'death' });
  assert.equal(decision.dates.proofDeadline, '2026-06-15');
});

test('confirmation-overrides: a confirmation with its own table is a provider copy, and the enrollment is decided on it', () => {
  const confirmed = variant(plusport, (copy) => {
    copy.version = '2026-01-acme';
    const tiers = copy.sections.course!.cancellation!.parts.classroom!.tiers;
    tiers[0]!.from = 6;
    tiers[1]!.from = 3;
    tiers[1]!.to = 5;
    tiers[2]!.to = 2;
    // Its labels follow the table (lint stale_label): a customer never sees the old bounds.
    tiers[0]!.label = {
      nl: 'tot en met 6 werkdagen voor: geen kosten',
      en: '6 or more working days before: no fee',
    };
    tiers[1]!.label = { nl: '5 tot en met 3 werkdagen voor', en: '5 to 3 working days before' };
    tiers[2]!.label = { nl: '2 werkdagen of korter voor', en: '2 working days or fewer before' };
  });
  assert.equal(cancel(plusport, local('2026-06-05'), [session('classroom', start)]).amounts.fee, 14750);
  assert.equal(cancel(confirmed, local('2026-06-05'), [session('classroom', start)]).amounts.fee, 0);
  assert.deepEqual(
    lintTerms(confirmed).filter((finding) => finding.severity === 'error'),
    [],
  );
});
