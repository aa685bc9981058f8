import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIsoDate } from '../calendar/epoch-day.ts';
import { DomainProblem } from '../platform/domain-problem.ts';
import {
  type AllocationResult,
  allocatePayment,
  type OpenDebt,
  STATUTORY_ALLOCATION_ORDER,
} from './allocation.ts';

const d = parseIsoDate;

const A: OpenDebt = {
  id: 'A',
  principal: 100_000,
  interest: 2_000,
  costs: 15_000,
  dueOn: d('2025-01-15'),
  createdOn: d('2025-01-01'),
  interestBasisPoints: 1015,
};
const B: OpenDebt = {
  id: 'B',
  principal: 50_000,
  interest: 500,
  costs: 0,
  dueOn: d('2025-02-15'),
  createdOn: d('2025-02-01'),
  interestBasisPoints: 1200,
};
/** Not yet due on 1 March 2025, though oldest and most burdensome. */
const C: OpenDebt = {
  id: 'C',
  principal: 30_000,
  interest: 0,
  costs: 0,
  dueOn: d('2025-12-31'),
  createdOn: d('2024-12-01'),
  interestBasisPoints: 2000,
};

function lines(result: AllocationResult): string[] {
  return result.lines.map((l) => `${l.debtId} ${l.part} ${l.amount} (left ${l.remaining})`);
}

describe('allocatePayment by art. 6:43 and 6:44 BW', () => {
  const paidOn = d('2025-03-01');

  it('pays due debts before those not yet due, the most burdensome first; costs, interest, principal', () => {
    const result = allocatePayment({ debts: [A, B, C], amount: 60_000, paidOn });
    assert.deepEqual(result.debtOrder, ['B', 'A', 'C']);
    assert.deepEqual(lines(result), [
      'B interest 500 (left 0)',
      'B principal 50000 (left 0)',
      'A costs 9500 (left 5500)',
    ]);
    assert.equal(result.unallocated, 0);
    assert.equal(result.namedDebtFirst, false);
  });

  it('pays the oldest first among equally burdensome due debts', () => {
    const result = allocatePayment({
      debts: [{ ...B, interestBasisPoints: 1015 }, A],
      amount: 1_000,
      paidOn,
    });
    assert.deepEqual(result.debtOrder, ['A', 'B']);
    assert.deepEqual(lines(result), ['A costs 1000 (left 14000)']);
  });

  it('pays the debt the debtor names first, and the rest by the statutory order', () => {
    const result = allocatePayment({ debts: [A, B, C], amount: 130_000, paidOn, namedDebtId: 'A' });
    assert.deepEqual(result.debtOrder, ['A', 'B', 'C']);
    assert.deepEqual(lines(result), [
      'A costs 15000 (left 0)',
      'A interest 2000 (left 0)',
      'A principal 100000 (left 0)',
      'B interest 500 (left 0)',
      'B principal 12500 (left 37500)',
    ]);
    assert.equal(result.namedDebtFirst, true);
  });

  it('returns what is left after every debt is paid', () => {
    const result = allocatePayment({ debts: [A, B, C], amount: 250_000, paidOn });
    assert.equal(result.unallocated, 250_000 - (117_000 + 50_500 + 30_000));
    assert.ok(result.lines.every((l) => l.remaining === 0));
  });

  it('allocates nothing for a zero payment and refuses a negative one', () => {
    assert.deepEqual(allocatePayment({ debts: [A], amount: 0, paidOn }).lines, []);
    assert.throws(() => allocatePayment({ debts: [A], amount: -1, paidOn }), /must not be negative/);
  });

  it('refuses a named debt that is not open and a debt listed twice', () => {
    assert.throws(
      () => allocatePayment({ debts: [A], amount: 1, paidOn, namedDebtId: 'Z' }),
      (error: unknown) => error instanceof DomainProblem && error.errors[0]?.path === 'namedDebtId',
    );
    assert.throws(() => allocatePayment({ debts: [A, A], amount: 1, paidOn }), DomainProblem);
  });
});

describe('allocatePayment with an order the terms name', () => {
  const paidOn = d('2025-03-01');

  it('can pay costs of every debt, then interest of every debt, then principal', () => {
    const result = allocatePayment({
      debts: [A, B, C],
      amount: 20_000,
      paidOn,
      order: { ...STATUTORY_ALLOCATION_ORDER, partsAcrossDebts: true },
    });
    assert.deepEqual(lines(result), [
      'A costs 15000 (left 0)',
      'B interest 500 (left 0)',
      'A interest 2000 (left 0)',
      'B principal 2500 (left 47500)',
    ]);
  });

  it('can rank by age alone, and ignore the debt the debtor names', () => {
    const result = allocatePayment({
      debts: [A, B, C],
      amount: 31_000,
      paidOn,
      namedDebtId: 'B',
      order: {
        honourNamedDebt: false,
        debts: ['oldest'],
        parts: ['principal', 'interest', 'costs'],
        partsAcrossDebts: false,
      },
    });
    assert.deepEqual(result.debtOrder, ['C', 'A', 'B']);
    assert.deepEqual(lines(result), ['C principal 30000 (left 0)', 'A principal 1000 (left 99000)']);
    assert.equal(result.namedDebtFirst, false);
  });

  it('refuses an order that leaves out a part', () => {
    assert.throws(
      () =>
        allocatePayment({
          debts: [A],
          amount: 1,
          paidOn,
          order: { ...STATUTORY_ALLOCATION_ORDER, parts: ['costs', 'interest', 'interest'] },
        }),
      /costs, interest and principal once each/,
    );
  });
});
