import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { lintTerms } from '../lint-families.ts';
import { cancel, local, session, terms, variant } from '../testing.ts';

const plusport = terms('plusport-courses');
const ingenium = terms('ingenium');
const vapro = terms('vapro');
const sparse = terms('sparse');

/** The fee and working days of cancelling one session. */
function classroom(requestedAt: string, start = local('2026-06-15', '09:00'), provider = plusport) {
  const decision = cancel(provider, requestedAt, [session('classroom', start)]);
  return {
    fee: decision.amounts.fee,
    workingDays: decision.workingDays,
    outcome: decision.outcome,
    decision,
  };
}

describe('PlusPort 15.5 classroom table (11+ free, 10-6 50 %, 5-0 100 %), session Monday 15 June 2026 09:00', () => {
  test('request-day-counted: Monday 1 June is 10 working days before (1-5 and 8-12 June): 50 %', () => {
    const result = classroom(local('2026-06-01'));
    assert.equal(result.workingDays, 10);
    assert.equal(result.fee, 14750);
    assert.equal(result.decision.explanation.nl.includes('€ 147,50'), true);
    assert.deepEqual(result.decision.clauses, [
      { document: 'plusport-cursusvoorwaarden', article: '15.5', title: 'Annuleringsregelingen' },
    ]);
    assert.ok(result.decision.readings.includes('request-day-counted'));
  });

  test('the working day before the 50 % tier, Friday 29 May, is 11 working days before: free', () => {
    assert.deepEqual(
      [classroom(local('2026-05-29')).workingDays, classroom(local('2026-05-29')).fee],
      [11, 0],
    );
  });

  test('the last day of the 50 % tier, Friday 5 June (6 working days), and the first of 100 %, Monday 8 June (5)', () => {
    assert.deepEqual(
      [classroom(local('2026-06-05')).workingDays, classroom(local('2026-06-05')).fee],
      [6, 14750],
    );
    assert.deepEqual(
      [classroom(local('2026-06-08')).workingDays, classroom(local('2026-06-08')).fee],
      [5, 29500],
    );
  });

  test('non-working-request-day: Saturday 30 May counts as Monday 1 June (10 working days, 50 %); Saturday 6 June as Monday 8 June (5, 100 %)', () => {
    assert.deepEqual(
      [classroom(local('2026-05-30')).workingDays, classroom(local('2026-05-30')).fee],
      [10, 14750],
    );
    const saturday = classroom(local('2026-06-06'));
    assert.deepEqual([saturday.workingDays, saturday.fee], [5, 29500]);
    assert.equal(saturday.decision.dates.requestDay, '2026-06-06');
    assert.equal(saturday.decision.dates.countedFrom, '2026-06-08');
  });

  test('after-office-hours: PlusPort counts a cancellation at 22:00 on the day it arrives (answering service, 15.2)', () => {
    const late = classroom(local('2026-05-29', '22:00'));
    assert.deepEqual([late.workingDays, late.fee], [11, 0]);
  });

  test('start-hour: on the start day before 09:00 it is 0 working days and 100 %; at 09:00 it is no longer a cancellation', () => {
    const before = classroom(local('2026-06-15', '08:59'));
    assert.deepEqual([before.workingDays, before.fee, before.outcome], [0, 29500, 'allowed']);
    const at = classroom(local('2026-06-15', '09:00'));
    assert.equal(at.outcome, 'not_allowed');
    assert.equal(at.fee, 29500);
    assert.equal(at.decision.clauses[0]?.article, '15.2');
    const after = classroom(local('2026-06-16', '10:00'));
    assert.equal(after.outcome, 'not_allowed');
  });

  test('a request in the evening before an evening session is still before the start', () => {
    const evening = classroom(local('2026-06-15', '18:00'), local('2026-06-15', '19:00'));
    assert.deepEqual([evening.workingDays, evening.fee, evening.outcome], [0, 29500, 'allowed']);
  });

  test('fee-rounding: 50 % of 5 cents is 3 cents (half up)', () => {
    const decision = cancel(plusport, local('2026-06-01'), [
      session('classroom', local('2026-06-15', '09:00'), 5),
    ]);
    assert.equal(decision.amounts.fee, 3);
  });
});

describe('holidays between request and start', () => {
  test('Koningsdag (Monday 27 April 2026) is skipped: session Monday 4 May, 16 April free (11), 17 April 50 % (10), 24 April 100 % (5)', () => {
    const start = local('2026-05-04', '09:00');
    assert.deepEqual(
      [classroom(local('2026-04-16'), start).workingDays, classroom(local('2026-04-16'), start).fee],
      [11, 0],
    );
    assert.deepEqual(
      [classroom(local('2026-04-17'), start).workingDays, classroom(local('2026-04-17'), start).fee],
      [10, 14750],
    );
    assert.deepEqual(
      [classroom(local('2026-04-23'), start).workingDays, classroom(local('2026-04-23'), start).fee],
      [6, 14750],
    );
    assert.deepEqual(
      [classroom(local('2026-04-24'), start).workingDays, classroom(local('2026-04-24'), start).fee],
      [5, 29500],
    );
    const onKingsDay = classroom(local('2026-04-27'), start);
    assert.equal(onKingsDay.decision.dates.countedFrom, '2026-04-28');
  });

  test('Hemelvaart (Thursday 14 May 2026): exam Friday 22 May, Wednesday 13 May free (6), Friday 15 May 100 % (5), a request on Ascension Day counts from Friday', () => {
    const start = local('2026-05-22', '09:00');
    const exam = (at: string) => cancel(plusport, at, [session('exam', start)]);
    assert.deepEqual([exam(local('2026-05-13')).workingDays, exam(local('2026-05-13')).amounts.fee], [6, 0]);
    assert.deepEqual(
      [exam(local('2026-05-15')).workingDays, exam(local('2026-05-15')).amounts.fee],
      [5, 29500],
    );
    assert.deepEqual(
      [exam(local('2026-05-14')).workingDays, exam(local('2026-05-14')).amounts.fee],
      [5, 29500],
    );
  });

  test('Pinksteren (Whit Monday 25 May 2026) and office hours: VAPRO, session Monday 15 June; Friday 22 May 16:59 is 15 working days, 17:00 counts from Tuesday 26 May (14)', () => {
    const start = local('2026-06-15', '09:00');
    const before = cancel(vapro, local('2026-05-22', '16:59'), [session('classroom', start, 100000)]);
    const after = cancel(vapro, local('2026-05-22', '17:00'), [session('classroom', start, 100000)]);
    assert.equal(before.workingDays, 15);
    assert.equal(before.amounts.fee, 10000, 'only the 10 % administration costs of 16.1');
    assert.equal(after.workingDays, 14);
    assert.equal(after.amounts.fee, 60000, '50 % plus the 10 % administration costs');
    assert.equal(after.dates.countedFrom, '2026-05-26');
  });

  test('Kerst: exam Monday 4 January 2027; 23 December free (6), 24 December 100 % (5), Christmas Day counts from Monday 28 December (4)', () => {
    const start = local('2027-01-04', '09:00');
    const exam = (at: string) => cancel(plusport, at, [session('exam', start)]);
    assert.deepEqual([exam(local('2026-12-23')).workingDays, exam(local('2026-12-23')).amounts.fee], [6, 0]);
    assert.deepEqual(
      [exam(local('2026-12-24')).workingDays, exam(local('2026-12-24')).amounts.fee],
      [5, 29500],
    );
    assert.deepEqual(
      [exam(local('2026-12-25')).workingDays, exam(local('2026-12-25')).dates.countedFrom],
      [4, '2026-12-28'],
    );
  });

  test('optional-holidays: Liberation Day 2025 (lustrum) is a day off, 5 May 2026 and Good Friday 2026 are working days', () => {
    const plusport2025 = variant(plusport, (copy) => {
      copy.effectiveFrom = '2025-01-01';
    });
    // Exam Monday 12 May 2025: 5 May 2025 is off, so Friday 2 May is 5 working days before (5 May excluded).
    const exam2025 = cancel(plusport2025, local('2025-05-02'), [
      session('exam', local('2025-05-12', '09:00')),
    ]);
    assert.equal(exam2025.workingDays, 5);
    // Exam Monday 11 May 2026: 5 May 2026 counts, so Monday 4 May is 5 working days before.
    const exam2026 = cancel(plusport, local('2026-05-04'), [session('exam', local('2026-05-11', '09:00'))]);
    assert.equal(exam2026.workingDays, 5);
    // Good Friday 3 April 2026 counts: exam Friday 10 April, Friday 3 April is 4 working days before (3, 7, 8, 9; Easter Monday off).
    const goodFriday = cancel(plusport, local('2026-04-03'), [session('exam', local('2026-04-10', '09:00'))]);
    assert.equal(goodFriday.workingDays, 4);
  });

  test('vapro-belgium: a Belgian copy skips 21 July; the Dutch built-in counts it', () => {
    const belgian = variant(vapro, (copy) => {
      copy.calendar = { ...copy.calendar, country: 'BE', timeZone: 'Europe/Brussels' };
    });
    const start = local('2026-07-28', '09:00', 'Europe/Brussels');
    const nl = cancel(vapro, local('2026-07-17'), [session('classroom', start, 100000)]);
    const be = cancel(belgian, local('2026-07-17', '10:00', 'Europe/Brussels'), [
      session('classroom', start, 100000),
    ]);
    assert.equal(nl.workingDays, 7);
    assert.equal(be.workingDays, 6);
    assert.equal(nl.amounts.fee, 60000);
    assert.equal(be.amounts.fee, 110000);
  });
});

describe('PlusPort 15.5 e-learning, previously rescheduled, textbook, packages', () => {
  test('elearning-window: bought Friday 22 May 2026, the 10th working day after is Monday 8 June (Whit Monday skipped)', () => {
    const elearning = (at: string, started: boolean) =>
      cancel(plusport, at, [{ kind: 'elearning', price: 9900, purchasedOn: '2026-05-22', started }]);
    assert.equal(elearning(local('2026-06-08'), false).amounts.fee, 0);
    assert.equal(elearning(local('2026-06-08'), true).amounts.fee, 9900);
    assert.equal(elearning(local('2026-06-09'), false).amounts.fee, 9900);
    assert.equal(elearning(local('2026-05-22'), false).amounts.fee, 0, 'returned on the purchase day');
    assert.ok(elearning(local('2026-06-08'), false).readings.includes('elearning-window'));
    assert.equal(elearning(local('2026-06-08'), false).workingDays, 10);
  });

  test('e-learning as an extra service is free', () => {
    const decision = cancel(plusport, local('2026-07-01'), [
      { kind: 'elearning', price: 9900, purchasedOn: '2026-05-01', started: true, extraService: true },
    ]);
    assert.equal(decision.amounts.fee, 0);
  });

  test('previously-rescheduled: a practical session moved before costs 100 % even 20 working days ahead; an exam follows its table', () => {
    const start = local('2026-07-15', '09:00');
    const practical = cancel(plusport, local('2026-06-01'), [
      { ...session('practical', start), previouslyRescheduled: true },
    ]);
    assert.equal(practical.amounts.fee, 29500);
    assert.ok(practical.readings.includes('previously-rescheduled'));
    const exam = cancel(plusport, local('2026-06-01'), [
      { ...session('exam', start), previouslyRescheduled: true },
    ]);
    assert.equal(exam.amounts.fee, 0);
  });

  test('late arrival or no-show: 100 %, not a cancellation', () => {
    const decision = cancel(plusport, local('2026-06-15', '09:30'), [
      { ...session('practical', local('2026-06-15', '09:00')), attendance: 'late' },
    ]);
    assert.deepEqual([decision.outcome, decision.amounts.fee], ['not_allowed', 29500]);
  });

  test('textbook: kept with a classroom training 100 %, returned unused free, in the textbook-and-exam package free', () => {
    const book = (returnedUnused: boolean, withExam?: boolean) =>
      cancel(plusport, local('2026-06-01'), [
        { kind: 'textbook', price: 4500, returnedUnused, ...(withExam ? { withExam } : {}) },
      ]).amounts.fee;
    assert.deepEqual([book(false), book(true), book(false, true)], [4500, 0, 0]);
  });

  test('package-parts: e-learning (not started, day 5) plus practical session 7 working days ahead: 0 + 50 %', () => {
    const decision = cancel(plusport, local('2026-06-04'), [
      { kind: 'elearning', price: 9900, purchasedOn: '2026-05-28', started: false },
      session('practical', local('2026-06-15', '09:00'), 20000),
    ]);
    assert.equal(decision.amounts.fee, 10000);
    assert.equal(decision.amounts.price, 29900);
    assert.equal(decision.lines?.length, 2);
    assert.deepEqual(
      decision.lines?.map((line) => [line.part, line.amounts.fee, line.rule]),
      [
        ['elearning', 0, 'elearning-within-10'],
        ['practical', 10000, 'practical-50'],
      ],
    );
    assert.ok(decision.readings.includes('package-parts'));
    assert.match(decision.explanation.nl, /in totaal € 100,00/);
  });
});

describe('PlusPort 15.6 death, hospital admission, sick report', () => {
  const start = local('2026-06-15', '09:00');
  const sick = (extra: Record<string, string>) =>
    cancel(plusport, local('2026-06-08'), [session('classroom', start)], { reason: 'sick_report', ...extra });

  test('proof-deadline: cancelled Monday 8 June, the proof is due by Monday 15 June (7 calendar days); until then pending_proof', () => {
    const pending = sick({});
    assert.equal(pending.outcome, 'pending_proof');
    assert.equal(pending.dates.proofDeadline, '2026-06-15');
    assert.equal(pending.amounts.fee, 29500);
    assert.equal(pending.amounts.feeIfProofInTime, 0);
    assert.ok(pending.clauses.some((clause) => clause.article === '15.6'));
  });

  test('proof on the deadline waives the fee; a day later, or no proof by then, the table applies', () => {
    assert.deepEqual(
      [sick({ proofReceivedOn: '2026-06-15' }).outcome, sick({ proofReceivedOn: '2026-06-15' }).amounts.fee],
      ['allowed', 0],
    );
    assert.deepEqual(
      [sick({ proofReceivedOn: '2026-06-16' }).outcome, sick({ proofReceivedOn: '2026-06-16' }).amounts.fee],
      ['allowed', 29500],
    );
    assert.deepEqual(
      [sick({ asOf: '2026-06-16' }).outcome, sick({ asOf: '2026-06-16' }).amounts.fee],
      ['allowed', 29500],
    );
  });

  test('a proof deadline on a Saturday does not move (cancelled Saturday 6 June: due Saturday 13 June)', () => {
    const decision = cancel(plusport, local('2026-06-06'), [session('classroom', start)], {
      reason: 'death',
    });
    assert.equal(decision.dates.proofDeadline, '2026-06-13');
  });

  test('exception-tiers: not for a free tier, e-learning or a previously rescheduled session', () => {
    const free = cancel(plusport, local('2026-05-01'), [session('classroom', start)], {
      reason: 'hospital_admission',
    });
    assert.deepEqual([free.outcome, free.amounts.fee], ['allowed', 0]);
    const elearning = cancel(
      plusport,
      local('2026-06-30'),
      [{ kind: 'elearning', price: 9900, purchasedOn: '2026-05-01', started: true }],
      { reason: 'death' },
    );
    assert.deepEqual([elearning.outcome, elearning.amounts.fee], ['allowed', 9900]);
    const moved = cancel(
      plusport,
      local('2026-06-08'),
      [{ ...session('classroom', start), previouslyRescheduled: true }],
      { reason: 'death' },
    );
    assert.deepEqual([moved.outcome, moved.amounts.fee], ['allowed', 29500]);
  });
});

describe('Ingenium 25.2 (calendar days), VAPRO 16, Sparse 59.4', () => {
  const start = local('2026-06-15', '09:00');
  test('weeks-as-days: 1 June (14 days before 15 June) is still free, 2 June costs the full amount', () => {
    assert.equal(cancel(ingenium, local('2026-06-01'), [session('classroom', start)]).amounts.fee, 0);
    assert.equal(cancel(ingenium, local('2026-06-02'), [session('classroom', start)]).amounts.fee, 29500);
  });

  test('after-office-hours: Ingenium counts an e-mail at 17:00 on 1 June as received on 2 June (13 days): full amount', () => {
    assert.equal(
      cancel(ingenium, local('2026-06-01', '16:59'), [session('classroom', start)]).amounts.fee,
      0,
    );
    assert.equal(
      cancel(ingenium, local('2026-06-01', '17:00'), [session('classroom', start)]).amounts.fee,
      29500,
    );
  });

  test('after-office-hours: for a count in calendar days the e-mail after 17:00 counts on the next day, not the next working day', () => {
    const saturday = local('2026-06-13', '09:00');
    assert.equal(
      cancel(ingenium, local('2026-05-29', '17:30'), [session('classroom', saturday)]).amounts.fee,
      0,
    );
    assert.equal(
      cancel(ingenium, local('2026-05-30', '17:30'), [session('classroom', saturday)]).amounts.fee,
      29500,
    );
  });

  test('in-company: Ingenium free until 28 days before; PlusPort refers to the quote (15.7)', () => {
    assert.equal(
      cancel(ingenium, local('2026-05-18'), [session('classroom', start)], { group: 'in_company' }).amounts
        .fee,
      0,
    );
    assert.equal(
      cancel(ingenium, local('2026-05-19'), [session('classroom', start)], { group: 'in_company' }).amounts
        .fee,
      29500,
    );
    const quote = cancel(plusport, local('2026-05-19'), [session('classroom', start)], {
      group: 'in_company',
    });
    assert.equal(quote.outcome, 'not_covered');
    assert.equal(quote.clauses[0]?.article, '15.7');
  });

  test('Ingenium after the start: no refund (25.2)', () => {
    const decision = cancel(ingenium, local('2026-06-15', '10:00'), [session('classroom', start)]);
    assert.deepEqual([decision.outcome, decision.amounts.fee], ['not_allowed', 29500]);
  });

  test('vapro-tiers: 15 working days nothing on top, 14 and 7 50 %, 6 and 0 100 %', () => {
    // Session Monday 15 June: 15 working days before is Friday 22 May (Whit Monday 25 May is skipped).
    const fee = (at: string) => cancel(vapro, at, [session('classroom', start, 100000)]).amounts.fee;
    assert.equal(fee(local('2026-05-22')), 10000);
    assert.equal(fee(local('2026-05-26')), 60000);
    assert.equal(fee(local('2026-06-04')), 60000);
    assert.equal(fee(local('2026-06-05')), 110000);
    assert.equal(fee(local('2026-06-15', '08:00')), 110000);
  });

  test('vapro-costs-on-top: incurred costs plus 10 % of the quote, then the tier on top; greater_of as a provider setting', () => {
    const question = { incurredCosts: 5000, quoteTotal: 120000 };
    const added = cancel(vapro, local('2026-06-04'), [session('classroom', start, 100000)], question);
    assert.equal(added.amounts.fee, 50000 + 5000 + 12000);
    assert.equal(added.amounts.administrationCosts, 12000);
    assert.ok(added.readings.includes('vapro-costs-on-top'));
    const allIn = variant(vapro, (copy) => {
      const incurred = copy.sections.course?.cancellation?.incurredCosts;
      if (incurred) incurred.combine = 'greater_of';
    });
    assert.equal(
      cancel(allIn, local('2026-06-04'), [session('classroom', start, 100000)], question).amounts.fee,
      50000,
    );
  });

  test('Sparse 59.4: the payment obligation remains at any moment', () => {
    assert.equal(cancel(sparse, local('2026-01-05'), [session('classroom', start)]).amounts.fee, 29500);
  });

  test('PlusPort LSP defers to the external trainer (18.4)', () => {
    const decision = cancel(terms('plusport-lsp'), local('2026-06-01'), [session('classroom', start)]);
    assert.equal(decision.outcome, 'not_covered');
    assert.equal(decision.clauses[0]?.article, '18.4');
  });
});

describe('decisions serialise and lint', () => {
  test('a decision serialises to the plain Decision with its explanation', () => {
    const decision = evaluate(plusport, {
      type: 'cancellation',
      requestedAt: local('2026-06-01'),
      parts: [session('classroom', local('2026-06-15', '09:00'))],
    });
    const json = JSON.parse(JSON.stringify(decision));
    assert.equal(
      json.explanation.nl,
      'Annuleren van de klassikale training kost € 147,50 (art. 15.5, 50 %, 10 tot en met 6 werkdagen voor de klassikale training): het verzoek van 1 juni 2026 telt als 10 werkdagen voor aanvang op 15 juni 2026.',
    );
    assert.equal(
      json.explanation.en,
      'Cancelling the classroom training costs €147.50 (art. 15.5, 50%, 10 to 6 working days before the classroom training): the request of 1 June 2026 counts as 10 working days before the start on 15 June 2026.',
    );
    assert.deepEqual(json.dates, {
      requestDay: '2026-06-01',
      countedFrom: '2026-06-01',
      startDay: '2026-06-15',
    });
    assert.equal(json.workingDays, 10);
  });

  test('the built-in terms lint clean but for clauses whose own text is open', () => {
    for (const provider of ['plusport-courses', 'plusport-lsp', 'sparse', 'ingenium', 'vapro']) {
      const findings = lintTerms(terms(provider)).filter((finding) => finding.severity !== 'text');
      assert.deepEqual(findings, [], provider);
    }
  });
});
