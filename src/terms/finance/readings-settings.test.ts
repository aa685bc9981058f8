import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FinanceSectionsInput } from './sections.ts';
import { ask, askWith } from './testing.ts';

/**
 * Where a finance text is genuinely open (docs/terms-readings.md gives the alternative), a provider
 * that picks the alternative reading gets the other answer. Each test names its reading.
 */

type Change = (f: FinanceSectionsInput) => FinanceSectionsInput;

const withPrepayment =
  (fields: Record<string, unknown>): Change =>
  (f) => ({
    ...f,
    payment: { ...f.payment, prepayment: f.payment.prepayment.map((p) => ({ ...p, ...fields })) },
  });

describe('finance readings: the alternative as a provider setting', () => {
  test('start-hour: a provider that reads "voor aanvang" as the day before gets the day before, without a moment', () => {
    const question = {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      start: '2026-04-20T09:00',
    };
    const moment = ask('plusport-courses', question);
    assert.equal(moment.dates.dueDate, '2026-04-20');
    assert.equal(moment.moments?.dueBefore, '2026-04-20T09:00+02:00');
    const dayBefore = askWith('plusport-courses', withPrepayment({ lastDay: 'day_before_start' }), question);
    assert.equal(dayBefore.dates.dueDate, '2026-04-19');
    assert.equal(dayBefore.moments?.dueBefore, undefined);
    assert.equal(dayBefore.moments?.start, '2026-04-20T09:00+02:00');
    assert.ok(dayBefore.readings.includes('start-hour'));
  });

  test('prepayment-combines-with-term: replaces_term makes the start decide even when the stated term ends first', () => {
    const question = {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 14,
      start: '2026-06-01T09:00',
    };
    assert.equal(ask('plusport-courses', question).dates.dueDate, '2026-04-15');
    const replaced = askWith('plusport-courses', withPrepayment({ combine: 'replaces_term' }), question);
    assert.equal(replaced.dates.dueDate, '2026-06-01');
    assert.equal(replaced.moments?.dueBefore, '2026-06-01T09:00+02:00');
    assert.ok(replaced.readings.includes('prepayment-combines-with-term'));
  });

  test('statutory-rate-by-customer: table commercial charges a consumer of PlusPort courses the commercial rate', () => {
    const question = {
      type: 'late_interest',
      principalCents: 100_000,
      dueDate: '2025-01-31',
      paidOn: '2025-03-01',
      customerKind: 'consumer',
    };
    // 29 days at 6 % (consumer) and at 11.15 % (commercial).
    assert.equal(ask('plusport-courses', question).amounts.interest, 477);
    const commercial = askWith(
      'plusport-courses',
      (f) => ({
        ...f,
        lateInterest: { ...f.lateInterest, rate: { kind: 'statutory', table: 'commercial' } },
      }),
      question,
    );
    assert.equal(commercial.amounts.interest, 886);
    assert.ok(!commercial.readings.includes('statutory-rate-by-customer'));
  });

  test('monthly-rate-without-counting-rule: started-months counts a part of a month as a whole month at Ingenium', () => {
    const question = {
      type: 'late_interest',
      principalCents: 100_000,
      dueDate: '2026-03-16',
      paidOn: '2026-04-28',
    };
    const perDay = ask('ingenium', question);
    // 17 March to 28 April: 43 days at 30 % a year = EUR 35.34; as two started months of 2.5 %: EUR 50.
    assert.equal(perDay.amounts.contractualInterest, 3534);
    const started = askWith(
      'ingenium',
      (f) => ({
        ...f,
        lateInterest: {
          ...f.lateInterest,
          rate: { ...f.lateInterest.rate, counting: 'started-months' } as typeof f.lateInterest.rate,
        },
      }),
      question,
    );
    assert.equal(started.amounts.contractualInterest, 5000);
    assert.ok(!started.readings.includes('monthly-rate-without-counting-rule'));
  });

  test('contractual-compounding: compounding yearly adds interest on interest after the first year at VAPRO', () => {
    const question = {
      type: 'late_interest',
      principalCents: 100_000,
      dueDate: '2025-01-15',
      paidOn: '2026-03-14',
    };
    const simple = ask('vapro', question);
    const compounded = askWith(
      'vapro',
      (f) => ({ ...f, lateInterest: { ...f.lateInterest, compoundContractual: true } }),
      question,
    );
    // 14 started months of 1 %: EUR 140 simple; compounded, months 13 and 14 also bear 1 % on the first year's EUR 120.
    assert.equal(simple.amounts.interest, 14_000);
    assert.equal(compounded.amounts.interest, 14_240);
  });

  test('collection-costs-handed-over: dueWhen default charges PlusPort LSP scale costs before the claim is handed over', () => {
    const question = { type: 'collection_costs', principalCents: 100_000, asOf: '2026-06-02' };
    const waiting = ask('plusport-lsp', question);
    assert.equal(waiting.amounts.collectionCosts, 4000);
    assert.ok(waiting.readings.includes('collection-costs-handed-over'));
    const onDefault = askWith(
      'plusport-lsp',
      (f) => ({ ...f, collectionCosts: { ...f.collectionCosts!, dueWhen: 'default' } }),
      question,
    );
    // The scale: 15 % of EUR 1,000 = EUR 150.
    assert.equal(onDefault.amounts.collectionCosts, 15_000);
  });

  test('vapro-invoice-dispute: a VAPRO copy that reads 17.1 as complaints only sets no window for an invoice', () => {
    const question = { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' };
    assert.equal(ask('vapro', question).dates.deadline, '2026-03-12');
    const without = askWith('vapro', (f) => ({ ...f, invoiceDispute: null }), question);
    assert.equal(without.outcome, 'not_covered');
    assert.equal(without.dates.deadline, undefined);
    assert.ok(without.clauses.some((c) => c.article === '6:89'));
  });

  test('calendar-month-notice: unit months ends a Sparse secondment notice of 15 January on 15 February', () => {
    const question = {
      type: 'contract_notice',
      contractKind: 'secondment',
      startDate: '2025-06-01',
      asOf: '2026-01-15',
    };
    assert.equal(ask('sparse', question).dates.endsOn, '2026-02-28');
    const months = askWith(
      'sparse',
      (f) => ({
        ...f,
        contract: {
          rules: f.contract.rules.map((rule) =>
            rule.kind === 'secondment' ? { ...rule, indefiniteNotice: { amount: 1, unit: 'months' } } : rule,
          ),
        },
      }),
      question,
    );
    assert.equal(months.dates.endsOn, '2026-02-15');
  });

  test('renewal-period: a fixed renewal of 12 months renews a 6-month Ingenium agreement for a year', () => {
    const question = { type: 'contract_notice', startDate: '2026-01-01', termMonths: 6, asOf: '2026-05-31' };
    assert.equal(ask('ingenium', question).dates.nextTermEnds, '2026-12-31');
    const yearly = askWith(
      'ingenium',
      (f) => ({
        ...f,
        contract: {
          rules: f.contract.rules.map((rule) => ({ ...rule, renewal: { kind: 'fixed', months: 12 } })),
        },
      }),
      question,
    );
    assert.equal(yearly.dates.nextTermEnds, '2027-06-30');
  });
});
