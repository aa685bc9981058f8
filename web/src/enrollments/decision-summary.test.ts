import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeDecision } from './decision-summary.ts';

const clause = { document: 'plusport-cursusvoorwaarden', article: '15.5', title: 'Annuleringsregelingen' };

test('a stored change decision gives its fee, clauses and explanation', () => {
  assert.deepEqual(
    summarizeDecision({
      feeCents: 24_750,
      amounts: { fee: 1 },
      clauses: [clause, { bad: 1 }],
      explanation: { nl: 'n', en: 'e' },
    }),
    { feeCents: 24_750, clauses: [clause], explanation: { nl: 'n', en: 'e' } },
  );
  // The engine's own decision shape keeps the fee under amounts.
  assert.equal(summarizeDecision({ amounts: { fee: 0 }, clauses: [] })?.feeCents, 0);
});

test('no decision, or not an object, is nothing to show', () => {
  assert.equal(summarizeDecision(null), null);
  assert.equal(summarizeDecision('allowed'), null);
  assert.deepEqual(summarizeDecision({}), { feeCents: null, clauses: [], explanation: null });
});
