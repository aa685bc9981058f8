import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate, evaluateJson } from '../evaluate.ts';
import type { DecisionNote } from '../model.ts';
import { BUILT_IN_PROVIDERS } from '../registry.ts';
import { cancel, local, terms, variant } from '../testing.ts';

const ask = (provider: string, question: Record<string, unknown>) => evaluateJson(terms(provider), question);
const START = local('2026-06-15', '09:00');
const cited = (notes: readonly DecisionNote[] | undefined) =>
  (notes ?? []).map((n) => `${n.id} ${n.clauses.map((c) => `${c.document}#${c.article}`).join(' ')}`);

describe('confirmation_notes: what the confirmation tells the learner', () => {
  test('PlusPort: ID, matching details for an exam, arrive 15 minutes early (by 08:45), late arrival; each cited', () => {
    const d = ask('plusport-courses', { type: 'confirmation_notes', parts: ['exam'], start: START });
    assert.equal(d.outcome, 'allowed');
    assert.deepEqual(cited(d.notes), [
      'identification plusport-cursusvoorwaarden#8.1 plusport-cursusvoorwaarden#8.2',
      'details-match plusport-cursusvoorwaarden#8.3',
      'arrive-before plusport-cursusvoorwaarden#9.1',
      'late-arrival plusport-cursusvoorwaarden#10.1 plusport-cursusvoorwaarden#10.2 plusport-cursusvoorwaarden#10.3',
    ]);
    const arrive = d.notes?.find((n) => n.id === 'arrive-before');
    assert.equal(arrive?.nl, 'Wees minimaal 15 minuten voor de aanvangstijd aanwezig (uiterlijk 08:45).');
    assert.equal(arrive?.en, 'Please arrive at least 15 minutes before the start time (by 08:45).');
    assert.equal(d.moments?.arriveBy, '2026-06-15T08:45+02:00');
    assert.match(
      d.notes?.[0]?.en ?? '',
      /passport, Dutch driving licence, European ID card or residence document/,
    );
  });

  test('a classroom training has no exam-details note; an e-learning alone has no notes at all', () => {
    const classroom = ask('plusport-courses', {
      type: 'confirmation_notes',
      parts: ['classroom'],
      start: START,
    });
    assert.deepEqual(
      classroom.notes?.map((n) => n.id),
      ['identification', 'arrive-before', 'late-arrival'],
    );
    const elearning = ask('plusport-courses', { type: 'confirmation_notes', parts: ['elearning'] });
    assert.equal(elearning.outcome, 'not_covered');
    assert.deepEqual(elearning.notes, []);
  });

  test('the minutes come from the data: a copy with 30 minutes says 30 and 08:30', () => {
    const copy = variant(terms('plusport-courses'), (t) => {
      t.sections.course!.admission!.arriveMinutesBefore!.minutes = 30;
    });
    const d = evaluate(copy, { type: 'confirmation_notes', parts: ['classroom'], start: START });
    assert.match(
      d.notes?.find((n) => n.id === 'arrive-before')?.en ?? '',
      /at least 30 minutes .* \(by 08:30\)/,
    );
  });

  for (const provider of BUILT_IN_PROVIDERS.filter((p) => p !== 'plusport-courses'))
    test(`${provider}: terms without admission rules give no notes, so the confirmation says none`, () => {
      const d = ask(provider, { type: 'confirmation_notes', parts: ['classroom', 'exam'], start: START });
      assert.equal(d.outcome, 'not_covered');
      assert.deepEqual(d.notes, []);
      assert.doesNotMatch(JSON.stringify(d), /legitimatie|identity|minut/);
    });
});

describe('change_conditions: what a change requires before it is asked for', () => {
  test('PlusPort: the course fee paid first before a reschedule (14.3)', () => {
    const d = ask('plusport-courses', { type: 'change_conditions', change: 'reschedule' });
    assert.equal(d.conclusions?.feePaidFirst, true);
    assert.deepEqual(cited(d.notes), ['fee-paid-first plusport-cursusvoorwaarden#14.3']);
    assert.deepEqual(d.readings, ['reschedule-paid-first']);
  });

  test('PlusPort: death, hospital admission, sick report hold the fee; proof within 7 days (15.6)', () => {
    const d = ask('plusport-courses', { type: 'change_conditions', change: 'cancellation' });
    assert.equal(d.conclusions?.proofHoldsFee, true);
    assert.deepEqual(d.options?.reasons, ['death', 'hospital_admission', 'sick_report']);
    assert.equal(d.counts?.proofCalendarDays, 7);
    assert.deepEqual(cited(d.notes), ['exception-proof plusport-cursusvoorwaarden#15.6']);
    assert.match(d.notes?.[0]?.en ?? '', /within 7 days/);
  });

  for (const provider of ['ingenium', 'vapro', 'sparse'])
    test(`${provider}: no pay-first rule and no proof reasons, so nothing is required or shown`, () => {
      const reschedule = ask(provider, { type: 'change_conditions', change: 'reschedule' });
      assert.equal(reschedule.outcome, 'allowed');
      assert.equal(reschedule.conclusions?.feePaidFirst, false);
      assert.deepEqual(reschedule.notes, []);
      assert.deepEqual(reschedule.clauses, []);
      const cancellation = ask(provider, { type: 'change_conditions', change: 'cancellation' });
      assert.equal(cancellation.conclusions?.proofHoldsFee, false);
      assert.equal(cancellation.options, undefined);
      assert.deepEqual(cancellation.notes, []);
    });

  test('substitution: VAPRO and Sparse only with the provider’s consent; PlusPort and Ingenium without', () => {
    const consent = (p: string) =>
      ask(p, { type: 'change_conditions', change: 'substitution' }).conclusions?.consentFirst;
    assert.deepEqual(['vapro', 'sparse', 'plusport-courses', 'ingenium'].map(consent), [
      true,
      true,
      false,
      false,
    ]);
  });

  test('PlusPort LSP: the external trainer’s conditions decide (18.4), not the platform', () => {
    const d = ask('plusport-lsp', { type: 'change_conditions', change: 'reschedule' });
    assert.equal(d.outcome, 'not_covered');
    assert.equal(d.parties?.decides, 'external_trainer');
  });
});

describe('textbook_table: which table a package’s textbook follows', () => {
  const table = (parts: string[], provider = 'plusport-courses') =>
    ask(provider, { type: 'textbook_table', packageParts: parts }).conclusions?.withExam;

  test('PlusPort 15.5: textbook and exam without classroom follows "Lesboek & Examen", otherwise the textbook table', () => {
    assert.equal(table(['textbook', 'exam']), true);
    assert.equal(table(['elearning', 'textbook', 'exam']), true);
    assert.equal(table(['textbook', 'classroom', 'exam']), false);
    assert.equal(table(['textbook', 'classroom']), false);
    assert.equal(table(['textbook']), false);
  });

  test('the answer decides the fee: a kept textbook costs nothing with the exam, 100 % with the classroom', () => {
    const plusport = terms('plusport-courses');
    const fee = (withExam: boolean) =>
      cancel(plusport, local('2026-06-01'), [
        { kind: 'textbook', price: 5000, returnedUnused: false, withExam },
      ]).amounts.fee;
    assert.equal(fee(table(['textbook', 'exam']) === true), 0);
    assert.equal(fee(table(['textbook', 'classroom']) === true), 5000);
  });

  test('which packages follow it is data: a copy naming practical sessions answers for those', () => {
    const copy = variant(terms('plusport-courses'), (t) => {
      t.sections.course!.cancellation!.textbook!.withExam!.packages = { with: ['practical'], without: [] };
    });
    const ask2 = (parts: string[]) =>
      evaluate(copy, { type: 'textbook_table', packageParts: parts as ['textbook'] }).conclusions?.withExam;
    assert.equal(ask2(['textbook', 'practical']), true);
    assert.equal(ask2(['textbook', 'exam']), false);
  });

  for (const provider of ['ingenium', 'vapro', 'sparse', 'plusport-lsp'])
    test(`${provider}: no textbook rules, not covered`, () => {
      const d = ask(provider, { type: 'textbook_table', packageParts: ['textbook', 'exam'] });
      assert.equal(d.outcome, 'not_covered');
      assert.equal(d.conclusions, undefined);
    });
});
