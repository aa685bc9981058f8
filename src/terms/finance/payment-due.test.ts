import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainProblem } from '../../platform/domain-problem.ts';
import { ask, askWith } from './testing.ts';

describe('payment_due', () => {
  test('PlusPort LSP: 15 days after the invoice date (algemene 8.5)', () => {
    const d = ask('plusport-lsp', { type: 'payment_due', invoiceDate: '2026-03-02' });
    assert.equal(d.outcome, 'allowed');
    assert.equal(d.dates.dueDate, '2026-03-17');
    assert.equal(d.dates.interestFrom, '2026-03-18');
    assert.deepEqual(
      d.clauses.map((c) => c.article),
      ['8.5', '8.8'],
    );
    assert.match(d.explanation.nl, /uiterlijk 17 maart 2026/);
    // Conclusions are data: no suspending payment (8.5), but PlusPort may suspend after notice (8.8).
    assert.deepEqual(d.conclusions, { paymentMayBeSuspended: false, deliveryMayBeSuspended: true });
  });

  test('due-date-non-working-day: a due date on a Saturday stays; the other setting moves it to Monday', () => {
    const stays = ask('plusport-lsp', { type: 'payment_due', invoiceDate: '2026-03-06' });
    assert.equal(stays.dates.dueDate, '2026-03-21');
    assert.ok(stays.readings.includes('due-date-non-working-day'));
    assert.match(stays.explanation.en, /in the weekend; a contractual term does not move/);
    const moves = askWith(
      'plusport-lsp',
      (f) => ({ ...f, payment: { ...f.payment, dueDateOnNonWorkingDay: 'next_working_day' } }),
      { type: 'payment_due', invoiceDate: '2026-03-06' },
    );
    assert.equal(moves.dates.dueDate, '2026-03-23');
  });

  test('PlusPort LSP invoicing service: 15 days; a trainer invoice: 60 days, whatever the invoice states (19.2)', () => {
    const overview = ask('plusport-lsp', {
      type: 'payment_due',
      invoiceDate: '2026-01-10',
      invoiceKind: 'invoicing_service_overview',
    });
    assert.equal(overview.dates.dueDate, '2026-01-25');
    assert.equal(overview.clauses[0]?.article, '19.2');
    const trainer = ask('plusport-lsp', {
      type: 'payment_due',
      invoiceDate: '2026-01-10',
      invoiceKind: 'trainer_invoice',
      statedTermDays: 14,
    });
    assert.equal(trainer.dates.dueDate, '2026-03-11');
    assert.ok(trainer.readings.includes('trainer-invoice-term'));
  });

  test('PlusPort courses: paid before the start, the earlier of the stated term and the day before (cursus 5.3)', () => {
    const early = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 30,
      startDate: '2026-04-20',
    });
    assert.equal(early.dates.dueDate, '2026-04-19');
    assert.equal(early.conditions?.prepayment, true);
    assert.ok(early.readings.includes('prepayment-day-before-start'));
    const termFirst = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 14,
      startDate: '2026-06-01',
    });
    assert.equal(termFirst.dates.dueDate, '2026-04-15');
    const waived = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 30,
      startDate: '2026-04-20',
      invoiceWaivesPrepayment: true,
    });
    assert.equal(waived.dates.dueDate, '2026-05-01');
  });

  test('a prepayment rule without a start date is a field error naming startDate', () => {
    assert.throws(
      () =>
        ask('plusport-courses', { type: 'payment_due', invoiceDate: '2026-04-01', invoiceKind: 'course' }),
      (error) => error instanceof DomainProblem && JSON.stringify(error.errors).includes('startDate'),
    );
  });

  test('statutory-term-extended: Sparse names no term; 30 days after receipt, past a Sunday and King’s Day', () => {
    const d = ask('sparse', { type: 'payment_due', invoiceDate: '2026-03-27' });
    // 27 March + 30 = Sunday 26 April; Monday 27 April is King's Day: Tuesday 28 April.
    assert.equal(d.dates.dueDate, '2026-04-28');
    assert.equal(d.conditions?.statutoryTerm, true);
    assert.ok(d.clauses.some((c) => c.article === '6:119a lid 2'));
    assert.ok(d.readings.includes('statutory-term-extended'));
    assert.ok(d.readings.includes('receipt-defaults-to-invoice-date'));
    const received = ask('sparse', {
      type: 'payment_due',
      invoiceDate: '2026-03-27',
      receivedOn: '2026-03-30',
    });
    assert.equal(received.dates.dueDate, '2026-04-29');
  });

  test('Sparse training: paid before the course (61.1)', () => {
    const d = ask('sparse', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'course',
      startDate: '2026-05-11',
    });
    assert.equal(d.dates.dueDate, '2026-05-10');
  });

  test('Ingenium: 14 days after the invoice date (ingenium-payment-term)', () => {
    const d = ask('ingenium', { type: 'payment_due', invoiceDate: '2026-02-20' });
    assert.equal(d.dates.dueDate, '2026-03-06');
    assert.ok(d.readings.includes('ingenium-payment-term'));
  });

  test('VAPRO: 15 days; learning materials for a new customer or a consumer before delivery instead (22.6)', () => {
    const standard = ask('vapro', { type: 'payment_due', invoiceDate: '2026-05-01' });
    assert.equal(standard.dates.dueDate, '2026-05-16');
    // 22.8: interest runs from the due date itself.
    assert.equal(standard.dates.interestFrom, '2026-05-16');
    const existing = ask('vapro', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'learning_materials',
      startDate: '2026-05-30',
    });
    assert.equal(existing.dates.dueDate, '2026-05-16');
    const newcomer = ask('vapro', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'learning_materials',
      newCustomer: true,
      startDate: '2026-05-30',
    });
    assert.equal(newcomer.dates.dueDate, '2026-05-29');
    const consumer = ask('vapro', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'learning_materials',
      customerKind: 'consumer',
      startDate: '2026-05-05',
    });
    assert.equal(consumer.dates.dueDate, '2026-05-04');
  });

  test('a bad date is a field error', () => {
    assert.throws(() => ask('vapro', { type: 'payment_due', invoiceDate: '2026-02-30' }), DomainProblem);
  });
});
