import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ask, FINANCE_PROVIDERS } from './testing.ts';

const debt = (
  id: string,
  principalCents: number,
  interestCents: number,
  costsCents: number,
  dueOn = '2026-01-15',
) => ({
  id,
  principalCents,
  interestCents,
  costsCents,
  dueOn,
});

describe('payment_allocation', () => {
  test('Ingenium 15.4: costs, then interest, then principal', () => {
    const d = ask('ingenium', {
      type: 'payment_allocation',
      paymentCents: 10_000,
      paidOn: '2026-03-01',
      debts: [debt('F-1', 100_000, 2_000, 5_000)],
    });
    assert.equal(d.outcome, 'allowed');
    assert.deepEqual(
      [d.amounts.toCosts, d.amounts.toInterest, d.amounts.toPrincipal, d.amounts.unallocated],
      [5_000, 2_000, 3_000, 0],
    );
    assert.equal(d.clauses[0]?.article, '15.4');
  });

  test('a payment naming another order may be refused (VAPRO 22.9, art. 6:44 lid 2 BW)', () => {
    const d = ask('vapro', {
      type: 'payment_allocation',
      paymentCents: 10_000,
      paidOn: '2026-03-01',
      debts: [debt('F-1', 100_000, 2_000, 5_000)],
      debtorOrder: ['principal', 'interest', 'costs'],
    });
    assert.equal(d.outcome, 'not_allowed');
    assert.equal(d.amounts.toCosts, 5_000);
    assert.match(d.explanation.nl, /mag deze betaling weigeren/);
  });

  test('terms without an allocation clause: the law (Sparse, art. 6:43 and 6:44 BW); a named invoice first', () => {
    const d = ask('sparse', {
      type: 'payment_allocation',
      paymentCents: 50_000,
      paidOn: '2026-03-01',
      debts: [debt('F-1', 40_000, 0, 0, '2026-01-01'), debt('F-2', 40_000, 1_000, 4_000, '2026-02-01')],
      namedDebtId: 'F-2',
    });
    assert.ok(d.readings.includes('law-when-terms-silent'));
    assert.ok(d.clauses.some((c) => c.article === '6:44'));
    assert.deepEqual(
      d.lines?.map((l) => [l.part, l.amounts.amount]),
      [
        ['F-2 costs', 4_000],
        ['F-2 interest', 1_000],
        ['F-2 principal', 40_000],
        ['F-1 principal', 5_000],
      ],
    );
  });

  test('property: the allocation adds up to the payment and never exceeds a component', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FINANCE_PROVIDERS),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.tuple(fc.nat(5_000_000), fc.nat(500_000), fc.nat(500_000)), {
          minLength: 1,
          maxLength: 5,
        }),
        (provider, payment, parts) => {
          const debts = parts.map(([p, i, c], index) =>
            debt(`F-${index}`, p, i, c, `2026-01-${String(10 + index)}`),
          );
          const d = ask(provider, {
            type: 'payment_allocation',
            paymentCents: payment,
            paidOn: '2026-03-01',
            debts,
          });
          const applied = d.amounts.toCosts! + d.amounts.toInterest! + d.amounts.toPrincipal!;
          assert.equal(applied + d.amounts.unallocated!, payment);
          assert.ok(d.amounts.toCosts! <= parts.reduce((s, [, , c]) => s + c, 0));
          assert.ok(d.amounts.toInterest! <= parts.reduce((s, [, i]) => s + i, 0));
          assert.ok(d.amounts.toPrincipal! <= parts.reduce((s, [p]) => s + p, 0));
        },
      ),
      { numRuns: 300 },
    );
  });
});
