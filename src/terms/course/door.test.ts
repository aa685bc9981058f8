import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateJson } from '../evaluate.ts';
import { BUILT_IN_PROVIDERS } from '../registry.ts';
import { local, terms } from '../testing.ts';

const ask = (provider: string, question: Record<string, unknown>) => evaluateJson(terms(provider), question);
const START = local('2026-06-15', '09:00');

describe('admission at the door (PlusPort cursus 8-10)', () => {
  test('walking the arrival minute by minute: in time until 08:45, admitted until 09:00, refusable after', () => {
    const seen: string[] = [];
    for (let minute = 30; minute <= 75; minute += 5) {
      const hh = String(8 + Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      const d = ask('plusport-courses', {
        type: 'admission',
        kind: 'classroom',
        start: START,
        arrivedAt: local('2026-06-15', `${hh}:${mm}`),
        idDocument: 'passport',
        price: 40000,
      });
      seen.push(`${hh}:${mm} ${d.outcome} ${d.conclusions?.arrivedInTime} ${d.amounts.feeIfRefused ?? '-'}`);
    }
    assert.deepEqual(seen, [
      '08:30 allowed true -',
      '08:35 allowed true -',
      '08:40 allowed true -',
      '08:45 allowed true -',
      '08:50 allowed false -',
      '08:55 allowed false -',
      '09:00 allowed false -',
      '09:05 not_allowed false 40000',
      '09:10 not_allowed false 40000',
      '09:15 not_allowed false 40000',
    ]);
  });

  test('the answer gives the moments: arrive by 08:45 on the start day, in the provider zone', () => {
    const d = ask('plusport-courses', { type: 'admission', kind: 'exam', start: START });
    assert.equal(d.moments?.arriveBy, '2026-06-15T08:45+02:00');
    assert.equal(d.moments?.start, '2026-06-15T09:00+02:00');
    assert.deepEqual(d.missingInputs, ['idDocument', 'detailsMatch', 'arrivedAt']);
  });

  test('a copy or no ID may be refused at the full fee and no refund; an exam also needs matching details', () => {
    const copy = ask('plusport-courses', {
      type: 'admission',
      kind: 'practical',
      start: START,
      arrivedAt: local('2026-06-15', '08:40'),
      idDocument: 'copy',
      price: 30000,
    });
    assert.equal(copy.outcome, 'not_allowed');
    assert.equal(copy.conclusions?.idValid, false);
    assert.equal(copy.conclusions?.refund, false);
    assert.equal(copy.amounts.feeIfRefused, 30000);
    const mismatch = ask('plusport-courses', {
      type: 'admission',
      kind: 'exam',
      start: START,
      arrivedAt: local('2026-06-15', '08:40'),
      idDocument: 'eu_id_card',
      detailsMatch: false,
    });
    assert.equal(mismatch.outcome, 'not_allowed');
    assert.ok(mismatch.clauses.some((clause) => clause.article === '8.3'));
  });

  test('every other built-in provider: the terms say nothing', () => {
    for (const provider of BUILT_IN_PROVIDERS.filter((p) => p !== 'plusport-courses')) {
      const d = ask(provider, { type: 'admission', kind: 'classroom', start: START });
      assert.equal(d.outcome, 'not_covered', provider);
      assert.match(d.explanation.nl, /regelen/);
    }
  });
});

describe('when a result is due (PlusPort cursus 13.1, 13.4)', () => {
  test('day by day over a week: two working days after the exam, not binding', () => {
    const expected: Record<string, string> = {
      '2026-06-11': '2026-06-15', // Thursday: Friday, Monday
      '2026-06-12': '2026-06-16',
      '2026-06-13': '2026-06-16', // Saturday: counted from the weekend, Monday and Tuesday
      '2026-06-15': '2026-06-17',
    };
    for (const [heldOn, due] of Object.entries(expected)) {
      const d = ask('plusport-courses', { type: 'result_due', kind: 'exam', heldOn });
      assert.equal(d.dates.resultExpectedBy, due, heldOn);
      assert.equal(d.conclusions?.binding, false);
      assert.equal(d.counts?.workingDays, 2);
    }
    const practical = ask('plusport-courses', {
      type: 'result_due',
      kind: 'practical',
      heldOn: '2026-06-15',
      asOf: '2026-06-18',
    });
    assert.equal(practical.conclusions?.onTheSpotVerdictIsResult, false);
    assert.equal(practical.conclusions?.overdue, true);
  });
  test('the other providers say nothing', () => {
    for (const provider of ['plusport-lsp', 'sparse', 'ingenium', 'vapro'])
      assert.equal(
        ask(provider, { type: 'result_due', kind: 'exam', heldOn: '2026-06-15' }).outcome,
        'not_covered',
      );
  });
});

describe('what a price includes', () => {
  test('each provider, as its terms list it; lunch is nowhere listed', () => {
    const vat = Object.fromEntries(
      BUILT_IN_PROVIDERS.map((p) => [p, ask(p, { type: 'price_includes', item: 'vat' }).conclusions?.vat]),
    );
    assert.deepEqual(vat, {
      'plusport-courses': false,
      'plusport-lsp': true,
      sparse: false,
      ingenium: false,
      vapro: false,
    });
    const sparse = ask('sparse', { type: 'price_includes' });
    assert.equal(sparse.conclusions?.exam, false);
    assert.equal(sparse.conclusions?.certificate, false);
    for (const provider of BUILT_IN_PROVIDERS) {
      const lunch = ask(provider, { type: 'price_includes', item: 'lunch' });
      assert.equal(lunch.outcome, 'not_covered', provider);
      assert.ok(lunch.readings.includes('price-item-silent'));
    }
  });
});

describe('the form of a notice and the consequence of the wrong form', () => {
  const form = (provider: string, subject: string, givenAs?: string) =>
    ask(provider, { type: 'notice_form', subject, ...(givenAs ? { givenAs } : {}) });
  test('PlusPort: a phoned cancellation is undesirable but counts; a posted complaint is not handled', () => {
    const phone = form('plusport-courses', 'cancellation', 'phone');
    assert.equal(phone.outcome, 'allowed');
    assert.deepEqual(phone.conclusions, { formMet: false, counts: true, handled: true });
    assert.equal(phone.parties?.receives, 'customersupport@plusport.com');
    const letter = form('plusport-courses', 'complaint', 'letter');
    assert.equal(letter.outcome, 'not_allowed');
    assert.equal(letter.conclusions?.handled, false);
  });
  test('Ingenium: cancelling by phone does not count; VAPRO: a complaint needs a registered letter', () => {
    assert.equal(form('ingenium', 'cancellation', 'phone').outcome, 'not_allowed');
    assert.equal(form('ingenium', 'cancellation', 'email').outcome, 'allowed');
    assert.equal(form('vapro', 'complaint', 'email').conclusions?.formMet, false);
    assert.equal(form('vapro', 'complaint', 'registered_letter').conclusions?.formMet, true);
    assert.equal(form('plusport-lsp', 'force_majeure_termination', 'email').outcome, 'not_allowed');
  });
  test('every provider answers every subject, "the terms say nothing" where silent', () => {
    for (const provider of BUILT_IN_PROVIDERS)
      for (const subject of ['cancellation', 'reschedule', 'complaint', 'contract_notice']) {
        const d = form(provider, subject);
        assert.ok(['allowed', 'not_covered'].includes(d.outcome), `${provider} ${subject}`);
        assert.ok(d.explanation.nl.length > 10 && d.explanation.en.length > 10);
      }
    assert.equal(form('sparse', 'cancellation').outcome, 'not_covered');
    assert.equal(form('sparse', 'contract_notice').outcome, 'allowed');
  });
});
