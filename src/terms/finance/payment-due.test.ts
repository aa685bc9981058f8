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

  test('PlusPort courses: paid before the start moment, or by the stated term when that is earlier (cursus 5.3, reading start-hour)', () => {
    const early = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 30,
      start: '2026-04-20T09:00',
    });
    // "Voor aanvang van de Cursus" is the moment of 15.2: the payment must be in before 09:00 on the start day.
    assert.equal(early.dates.dueDate, '2026-04-20');
    assert.deepEqual(early.moments, { start: '2026-04-20T09:00+02:00', dueBefore: '2026-04-20T09:00+02:00' });
    assert.equal(early.conditions?.prepayment, true);
    assert.ok(early.readings.includes('start-hour'));
    assert.match(early.explanation.nl, /vóór 20 april 2026 09:00 \(Europe\/Amsterdam/);
    assert.equal(early.missingInputs, undefined);
    const termFirst = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      statedTermDays: 14,
      startDate: '2026-06-01',
    });
    // The term decides, so the start hour does not matter and is not asked for.
    assert.equal(termFirst.dates.dueDate, '2026-04-15');
    assert.equal(termFirst.moments?.dueBefore, undefined);
    assert.equal(termFirst.missingInputs, undefined);
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

  test('start-hour: with only the start date, the start date is the last day and the answer names the missing start hour', () => {
    const d = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-04-01',
      invoiceKind: 'course',
      startDate: '2026-04-20',
    });
    assert.equal(d.dates.dueDate, '2026-04-20');
    // No stated term either: PlusPort leaves the term to the invoice (5.4), so that input is named too.
    assert.deepEqual(d.missingInputs, ['statedTermDays', 'start']);
    assert.equal(d.moments, undefined);
    assert.match(d.explanation.en, /hour was not given \(field start\)/);
  });

  test('start-hour: a start with its offset is read in the provider zone; a start date that is another day is a field error', () => {
    const d = ask('plusport-courses', {
      type: 'payment_due',
      invoiceDate: '2026-10-01',
      invoiceKind: 'course',
      start: '2026-10-26T08:30:00Z',
    });
    assert.deepEqual(d.moments, { start: '2026-10-26T09:30+01:00', dueBefore: '2026-10-26T09:30+01:00' });
    assert.throws(
      () =>
        ask('plusport-courses', {
          type: 'payment_due',
          invoiceDate: '2026-10-01',
          invoiceKind: 'course',
          start: '2026-10-26T09:30',
          startDate: '2026-10-25',
        }),
      (error) => error instanceof DomainProblem && JSON.stringify(error.errors).includes('startDate'),
    );
  });

  test('a prepayment rule without a start is a field error naming start (or startDate)', () => {
    assert.throws(
      () =>
        ask('plusport-courses', { type: 'payment_due', invoiceDate: '2026-04-01', invoiceKind: 'course' }),
      (error) =>
        error instanceof DomainProblem &&
        JSON.stringify(error.errors).includes('"path":"start"') &&
        JSON.stringify(error.errors).includes('startDate'),
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

  test('Sparse training: paid before the course starts (61.1 "voorafgaand aan opleiding", reading start-hour)', () => {
    const d = ask('sparse', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'course',
      start: '2026-05-11T13:30',
    });
    assert.equal(d.dates.dueDate, '2026-05-11');
    assert.equal(d.moments?.dueBefore, '2026-05-11T13:30+02:00');
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
    assert.equal(newcomer.dates.dueDate, '2026-05-30');
    const consumer = ask('vapro', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'learning_materials',
      customerKind: 'consumer',
      start: '2026-05-05T10:00',
    });
    assert.equal(consumer.dates.dueDate, '2026-05-05');
    assert.equal(consumer.moments?.dueBefore, '2026-05-05T10:00+02:00');
  });

  test('ask only what the rule needs: the start only where a prepayment rule applies; inputs that would change the answer are named', () => {
    // Ingenium has no prepayment rule and vapro-leverings-en-betalingsvoorwaarden#22.6 binds only consumers and new customers: no start is asked.
    const ingenium = ask('ingenium', {
      type: 'payment_due',
      invoiceDate: '2026-02-20',
      invoiceKind: 'course',
    });
    assert.equal(ingenium.dates.dueDate, '2026-03-06');
    assert.equal(ingenium.missingInputs, undefined);
    const existing = ask('vapro', {
      type: 'payment_due',
      invoiceDate: '2026-05-01',
      invoiceKind: 'learning_materials',
    });
    assert.equal(existing.dates.dueDate, '2026-05-16');
    assert.equal(existing.missingInputs, undefined);
    // Sparse sets no term: the statutory 30 days run from receipt, so both the invoice's term and the day of receipt are named.
    const sparse = ask('sparse', { type: 'payment_due', invoiceDate: '2026-03-27' });
    assert.deepEqual(sparse.missingInputs, ['statedTermDays', 'receivedOn']);
    const complete = ask('sparse', {
      type: 'payment_due',
      invoiceDate: '2026-03-27',
      statedTermDays: 14,
    });
    assert.equal(complete.dates.dueDate, '2026-04-10');
    assert.equal(complete.missingInputs, undefined);
  });

  test('a bad date is a field error', () => {
    assert.throws(() => ask('vapro', { type: 'payment_due', invoiceDate: '2026-02-30' }), DomainProblem);
  });
});
