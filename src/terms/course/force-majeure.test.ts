import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../evaluate.ts';
import { terms } from '../testing.ts';

const refund = (
  question: {
    invoiceTotal: number;
    paid: number;
    permanent: boolean;
    deliveredValue?: number;
    supplierCosts?: number;
  },
  provider = 'plusport-courses',
) => evaluate(terms(provider), { type: 'force_majeure_refund', ...question });

test('force-majeure-refund: paid 1000, invoice 1000, supplier 50: 1000 - 200 - 50 = 750', () => {
  const decision = refund({ invoiceTotal: 100000, paid: 100000, supplierCosts: 5000, permanent: true });
  assert.deepEqual(
    [decision.outcome, decision.amounts.refund, decision.amounts.costsDeduction],
    ['allowed', 75000, 20000],
  );
  assert.equal(decision.clauses[0]?.article, '7.3');
});

test('pro rata: what was delivered is deducted too; less than 20 % paid gives nothing back', () => {
  assert.equal(
    refund({ invoiceTotal: 100000, paid: 100000, deliveredValue: 30000, permanent: true }).amounts.refund,
    50000,
  );
  assert.equal(refund({ invoiceTotal: 100000, paid: 19999, permanent: true }).amounts.refund, 0);
  assert.equal(refund({ invoiceTotal: 100000, paid: 20000, permanent: true }).amounts.refund, 0);
  assert.equal(refund({ invoiceTotal: 100000, paid: 20001, permanent: true }).amounts.refund, 1);
});

test('temporary force majeure: no refund, a new date (7.4); other providers: not covered', () => {
  assert.deepEqual(
    [
      refund({ invoiceTotal: 100000, paid: 100000, permanent: false }).outcome,
      refund({ invoiceTotal: 100000, paid: 100000, permanent: false }).amounts.refund,
    ],
    ['not_allowed', 0],
  );
  assert.equal(
    refund({ invoiceTotal: 100000, paid: 100000, permanent: true }, 'ingenium').outcome,
    'not_covered',
  );
});
