import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesInOrder, filtersFromSearch, filtersSessions, filtersToSearch } from './catalog-filters.ts';

test('filters survive the round trip through the address', () => {
  const filters = { q: 'VCA', type: 'exam', city: 'Utrecht', from: '2026-12-01', to: '2026-12-31' };
  const search = filtersToSearch(filters);
  assert.equal(search, '?q=VCA&type=exam&city=Utrecht&from=2026-12-01&to=2026-12-31');
  assert.deepEqual(filtersFromSearch(search), filters);
});

test('unset filters leave no trace, and malformed dates are dropped', () => {
  assert.equal(filtersToSearch({ q: ' ', type: '', city: '', from: '', to: '' }), '');
  assert.deepEqual(filtersFromSearch('?from=12-01-2026&to=2026-12-31&other=x'), {
    q: '',
    type: '',
    city: '',
    from: '',
    to: '2026-12-31',
  });
});

test('place and dates filter sessions; an end before the start is out of order', () => {
  const base = { q: 'vca', type: '', city: '', from: '', to: '' };
  assert.equal(filtersSessions(base), false);
  assert.equal(filtersSessions({ ...base, city: 'Gent' }), true);
  assert.equal(datesInOrder({ ...base, from: '2026-12-02', to: '2026-12-01' }), false);
  assert.equal(datesInOrder({ ...base, from: '2026-12-01', to: '2026-12-01' }), true);
});
