import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEuroCents } from './euro-input.ts';

test('amounts typed the Dutch or the English way become whole cents', () => {
  assert.equal(parseEuroCents('495'), 49_500);
  assert.equal(parseEuroCents('495,00'), 49_500);
  assert.equal(parseEuroCents('495,5'), 49_550);
  assert.equal(parseEuroCents('39.95'), 3_995);
  assert.equal(parseEuroCents('€ 1.234,56'), 123_456);
  assert.equal(parseEuroCents('€1,234.56'), 123_456);
  assert.equal(parseEuroCents('1.234.567'), 123_456_700);
  assert.equal(parseEuroCents(' 0,01 '), 1);
  // No floating point: 0.29 * 100 is 28.999999999999996 in binary floating point.
  assert.equal(parseEuroCents('0,29'), 29);
});

test('text that is not an amount, or has more than cents, is refused', () => {
  for (const text of ['', 'vierhonderd', '-5', '1,234', '12,345', '4,95,0', '1e3', '12.3.4']) {
    assert.equal(parseEuroCents(text), null, text);
  }
});
