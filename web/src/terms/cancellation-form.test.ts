import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildQuestion, defaultForm, timelineWindow } from './cancellation-form.ts';

const ZONE = 'Europe/Amsterdam';
const TODAY = '2026-11-23';

test('the form becomes the engine cancellation question, instants with their offset', () => {
  const form = { ...defaultForm(TODAY), price: '495,00', startDate: '2026-12-10', requestDate: '2026-11-30' };
  const result = buildQuestion(form, ZONE, TODAY);
  assert.ok(result.ok);
  assert.deepEqual(result.built.question, {
    type: 'cancellation',
    requestedAt: '2026-11-30T10:00:00+01:00',
    parts: [{ kind: 'classroom', price: 49_500, start: '2026-12-10T09:00:00+01:00' }],
  });
  assert.equal(result.built.anchorDay, '2026-12-10');
  // The engine's window of 60 days before the start already holds the request day.
  assert.deepEqual(timelineWindow(result.built, form.requestDate), { from: '2026-10-11', to: '2026-12-10' });
});

test('a request outside the default window widens the timeline so the request is on it', () => {
  const form = { ...defaultForm(TODAY), price: '100', startDate: '2026-12-10', requestDate: '2026-12-14' };
  const result = buildQuestion(form, ZONE, TODAY);
  assert.ok(result.ok);
  assert.deepEqual(timelineWindow(result.built, form.requestDate), { from: '2026-10-11', to: '2026-12-14' });
});

test('an e-learning, a textbook and a medical reason carry their own facts', () => {
  const elearning = buildQuestion(
    { ...defaultForm(TODAY), kind: 'elearning', price: '95', purchasedOn: '2026-11-01', started: true },
    ZONE,
    TODAY,
  );
  assert.ok(elearning.ok);
  assert.deepEqual(elearning.built.part, {
    kind: 'elearning',
    price: 9_500,
    purchasedOn: '2026-11-01',
    started: true,
  });
  assert.deepEqual(timelineWindow(elearning.built, TODAY), { from: '2026-11-01', to: '2026-12-31' });

  const textbook = buildQuestion({ ...defaultForm(TODAY), kind: 'textbook', price: '39,95' }, ZONE, TODAY);
  assert.ok(textbook.ok);
  assert.deepEqual(textbook.built.part, { kind: 'textbook', price: 3_995, returnedUnused: false });
  assert.equal(timelineWindow(textbook.built, TODAY), null);

  const sick = buildQuestion({ ...defaultForm(TODAY), price: '10', reason: 'sick_report' }, ZONE, TODAY);
  assert.ok(sick.ok);
  assert.equal(sick.built.question.reason, 'sick_report');
  // Asked today, so the engine can tell whether the proof deadline has passed.
  assert.equal(sick.built.question.asOf, TODAY);
});

test('a missing price or date is named before anything is asked', () => {
  const result = buildQuestion({ ...defaultForm(TODAY), price: '', startDate: '' }, ZONE, TODAY);
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.deepEqual(result.errors, { price: 'terms.error.price', startDate: 'terms.error.date' });
});
