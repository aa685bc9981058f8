import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rangeOn, toTimelineRanges } from './fee-timeline.ts';

const clause = { document: 'plusport-cursusvoorwaarden', article: '15.5', title: 'Annuleringsregelingen' };

test('ranges keep their words and clauses; a label missing or malformed falls back to the rule', () => {
  const ranges = toTimelineRanges([
    {
      from: '2026-10-11',
      to: '2026-11-25',
      fee: 0,
      outcome: 'allowed',
      rule: 'free',
      clauses: [clause],
      label: { nl: 'gratis', en: 'free' },
    },
    {
      from: '2026-11-26',
      to: '2026-12-02',
      fee: 24_750,
      outcome: 'allowed',
      rule: '50pct',
      clauses: [clause],
      label: 'x',
    },
    {
      from: '2026-12-03',
      to: '2026-12-10',
      fee: 49_500,
      outcome: 'weird',
      rule: '100pct',
      clauses: [],
      label: null,
    },
  ]);
  assert.deepEqual(ranges[0]?.label, { nl: 'gratis', en: 'free' });
  assert.deepEqual(ranges[1]?.label, { nl: '50pct', en: '50pct' });
  assert.equal(ranges[2]?.outcome, 'not_covered');
  assert.equal(rangeOn(ranges, '2026-11-30')?.fee, 24_750);
  assert.equal(rangeOn(ranges, '2026-12-10')?.fee, 49_500);
  assert.equal(rangeOn(ranges, '2026-12-11'), undefined);
});
