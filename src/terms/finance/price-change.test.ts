import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ask } from './testing.ts';

const change = (provider: Parameters<typeof ask>[0], q: Record<string, unknown>) =>
  ask(provider, { type: 'price_change', agreementDate: '2026-01-15', increaseBp: 500, ...q });

describe('price_change', () => {
  test('PlusPort LSP 8.4: indexation on 1 January; other changes twice a year after 3 months notice', () => {
    assert.equal(change('plusport-lsp', { effectiveOn: '2027-01-01', indexation: true }).outcome, 'allowed');
    assert.equal(
      change('plusport-lsp', { effectiveOn: '2027-02-01', indexation: true }).outcome,
      'not_allowed',
    );
    assert.equal(
      change('plusport-lsp', { effectiveOn: '2026-07-01', noticeOn: '2026-04-01' }).outcome,
      'allowed',
    );
    const short = change('plusport-lsp', { effectiveOn: '2026-06-30', noticeOn: '2026-04-01' });
    assert.equal(short.outcome, 'not_allowed');
    assert.equal(short.dates.earliestEffective, '2026-07-01');
    const third = change('plusport-lsp', {
      effectiveOn: '2026-09-01',
      noticeOn: '2026-04-01',
      changesThisYear: 2,
    });
    assert.equal(third.outcome, 'not_allowed');
    assert.equal(third.conditions?.customerMayDissolve, false);
  });

  test('PlusPort courses 5.2: a rise of 10 % or more within three months lets the customer dissolve', () => {
    const ten = change('plusport-courses', { effectiveOn: '2026-04-15', increaseBp: 1000 });
    assert.equal(ten.outcome, 'allowed');
    assert.equal(ten.conditions?.customerMayDissolve, true);
    assert.equal(
      change('plusport-courses', { effectiveOn: '2026-04-15', increaseBp: 999 }).conditions
        ?.customerMayDissolve,
      false,
    );
    assert.equal(
      change('plusport-courses', { effectiveOn: '2026-04-16', increaseBp: 1000 }).conditions
        ?.customerMayDissolve,
      false,
    );
  });

  test('consumer-price-increase: a consumer may dissolve on any rise (art. 6:236 sub i, 6:237 sub c BW)', () => {
    const soon = change('plusport-courses', {
      effectiveOn: '2026-03-01',
      increaseBp: 300,
      customerKind: 'consumer',
    });
    assert.equal(soon.conditions?.customerMayDissolve, true);
    assert.ok(soon.clauses.some((c) => c.article === '6:236 sub i'));
    const later = change('ingenium', {
      effectiveOn: '2026-09-01',
      increaseBp: 300,
      customerKind: 'consumer',
    });
    assert.ok(later.clauses.some((c) => c.article === '6:237 sub c'));
  });

  test('VAPRO 22.4: a rise between order and execution may be refused within 10 days after the notice', () => {
    const d = change('vapro', {
      effectiveOn: '2026-03-05',
      noticeOn: '2026-03-01',
      executionDate: '2026-04-01',
    });
    assert.equal(d.outcome, 'allowed');
    assert.equal(d.dates.dissolveBy, '2026-03-11');
    const afterExecution = change('vapro', {
      effectiveOn: '2026-05-01',
      noticeOn: '2026-04-20',
      executionDate: '2026-04-01',
    });
    assert.equal(afterExecution.conditions?.customerMayDissolve, false);
  });

  test('Sparse 3.5: three months notice; Ingenium 14.5: cost factors, no right to dissolve', () => {
    assert.equal(change('sparse', { effectiveOn: '2026-06-01', noticeOn: '2026-03-01' }).outcome, 'allowed');
    assert.equal(
      change('sparse', { effectiveOn: '2026-05-31', noticeOn: '2026-03-01' }).outcome,
      'not_allowed',
    );
    assert.equal(change('sparse', { effectiveOn: '2026-06-01' }).outcome, 'not_allowed');
    const ingenium = change('ingenium', { effectiveOn: '2026-02-01' });
    assert.equal(ingenium.outcome, 'allowed');
    assert.equal(ingenium.conditions?.customerMayDissolve, false);
  });
});
