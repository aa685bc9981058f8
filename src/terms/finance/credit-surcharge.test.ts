import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ask } from './testing.ts';

describe('credit_restriction_surcharge', () => {
  test('Ingenium 15.5: 2 %, not due when paid within 7 days after the invoice date (day 7 still in time)', () => {
    const q = { type: 'credit_restriction_surcharge', invoiceDate: '2026-03-02', amountCents: 121_000 };
    const onDay7 = ask('ingenium', { ...q, paidOn: '2026-03-09' });
    assert.equal(onDay7.outcome, 'not_allowed');
    assert.equal(onDay7.amounts.surcharge, 0);
    assert.equal(onDay7.dates.surchargeFreeUntil, '2026-03-09');
    const onDay8 = ask('ingenium', { ...q, paidOn: '2026-03-10' });
    assert.equal(onDay8.outcome, 'allowed');
    assert.equal(onDay8.amounts.surcharge, 2_420);
    const unpaid = ask('ingenium', q);
    assert.equal(unpaid.amounts.surcharge, 2_420);
    assert.match(unpaid.explanation.nl, /tenzij uiterlijk 9 maart 2026 wordt betaald/);
  });

  test('terms without a surcharge clause: none may be charged', () => {
    for (const provider of ['plusport-courses', 'plusport-lsp', 'sparse', 'vapro'] as const) {
      const d = ask(provider, {
        type: 'credit_restriction_surcharge',
        invoiceDate: '2026-03-02',
        amountCents: 10_000,
        paidOn: '2026-04-01',
      });
      assert.equal(d.outcome, 'not_allowed');
      assert.equal(d.amounts.surcharge, 0);
    }
  });
});
