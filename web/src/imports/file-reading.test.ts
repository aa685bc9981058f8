import assert from 'node:assert/strict';
import { test } from 'node:test';
import { progressShare, sheetFormat } from './file-reading.ts';

test('the sheet format comes from the file name; other files are refused', () => {
  assert.equal(sheetFormat('medewerkers.CSV'), 'csv');
  assert.equal(sheetFormat('Aanmeldingen december.xlsx'), 'xlsx');
  assert.equal(sheetFormat('oud.xls'), null);
  assert.equal(sheetFormat('lijst.csv.pdf'), null);
});

test('progress is a share of the total, never beyond the ends, and unknown without a total', () => {
  assert.equal(progressShare(2_500, 10_000), 0.25);
  assert.equal(progressShare(12, 10), 1);
  assert.equal(progressShare(0, 0), null);
});
