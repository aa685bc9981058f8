import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainProblem } from '../../platform/domain-problem.ts';
import { ask } from './testing.ts';

describe('invoice_dispute_deadline', () => {
  test('PlusPort LSP 8.5: within 10 days after the invoice date, then the invoice counts as accepted', () => {
    const q = { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' };
    assert.equal(ask('plusport-lsp', q).dates.deadline, '2026-03-12');
    assert.equal(ask('plusport-lsp', { ...q, disputedOn: '2026-03-12' }).outcome, 'allowed');
    const late = ask('plusport-lsp', { ...q, disputedOn: '2026-03-13' });
    assert.equal(late.outcome, 'not_allowed');
    assert.match(late.explanation.nl, /De factuur geldt als aanvaard/);
    assert.ok(late.readings.includes('days-after-event'));
  });

  test('VAPRO: by registered letter within 10 days (17.1); a dispute does not suspend payment (22.10)', () => {
    const d = ask('vapro', { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' });
    assert.equal(d.dates.deadline, '2026-03-12');
    assert.match(d.explanation.en, /by registered letter/);
    assert.match(d.explanation.en, /does not suspend payment/);
    assert.ok(d.readings.includes('vapro-invoice-dispute'));
  });

  test('terms without a dispute window: not_covered, art. 6:89 BW', () => {
    for (const provider of ['plusport-courses', 'sparse', 'ingenium'] as const) {
      const d = ask(provider, { type: 'invoice_dispute_deadline', invoiceDate: '2026-03-02' });
      assert.equal(d.outcome, 'not_covered');
      assert.ok(d.clauses.some((c) => c.article === '6:89'));
    }
  });
});

describe('complaint_deadline', () => {
  test('PlusPort courses 16.5 and 16.8: 2 weeks after the course, answer within 7 working days', () => {
    const d = ask('plusport-courses', {
      type: 'complaint_deadline',
      subject: 'course',
      completedOn: '2026-05-01',
      complaintOn: '2026-05-13',
    });
    assert.equal(d.dates.deadline, '2026-05-15');
    assert.equal(d.outcome, 'allowed');
    // From Wednesday 13 May: Ascension (14 May) and Whit Monday (25 May) are not working days.
    assert.equal(d.dates.responseDue, '2026-05-26');
    assert.equal(d.workingDays, 7);
    assert.ok(d.readings.includes('weeks-as-days'));
    assert.match(d.explanation.nl, /per e-mail/);
    const late = ask('plusport-courses', {
      type: 'complaint_deadline',
      subject: 'course',
      completedOn: '2026-05-01',
      complaintOn: '2026-05-16',
    });
    assert.equal(late.outcome, 'not_allowed');
    assert.match(late.explanation.en, /too late/);
  });

  test('Ingenium 13.1: 8 days after discovery, but no later than 14 days after completion', () => {
    const q = { type: 'complaint_deadline', subject: 'service', completedOn: '2026-06-01' };
    assert.equal(ask('ingenium', { ...q, discoveredOn: '2026-06-03' }).dates.deadline, '2026-06-11');
    assert.equal(ask('ingenium', { ...q, discoveredOn: '2026-06-10' }).dates.deadline, '2026-06-15');
    assert.equal(
      ask('ingenium', { ...q, discoveredOn: '2026-06-10', complaintOn: '2026-06-16' }).outcome,
      'not_allowed',
    );
    assert.throws(
      () => ask('ingenium', { type: 'complaint_deadline', subject: 'service' }),
      (error) => error instanceof DomainProblem && JSON.stringify(error.errors).includes('completedOn'),
    );
  });

  test('VAPRO: 10 days after the event by registered letter (17.1); learning materials within 2 working days (19.2)', () => {
    assert.equal(
      ask('vapro', { type: 'complaint_deadline', subject: 'course', circumstanceOn: '2026-03-02' }).dates
        .deadline,
      '2026-03-12',
    );
    assert.equal(
      ask('vapro', {
        type: 'complaint_deadline',
        subject: 'course',
        circumstanceOn: '2026-03-02',
        complaintOn: '2026-03-13',
      }).outcome,
      'not_allowed',
    );
    const materials = ask('vapro', {
      type: 'complaint_deadline',
      subject: 'learning_materials_delivery',
      receivedOn: '2026-04-24',
    });
    // Friday 24 April; Monday 27 April is King's Day.
    assert.equal(materials.dates.deadline, '2026-04-29');
  });

  test('Sparse: no fixed window, claims lapse after 24 months (16.7); software errors within 3 months (40.1)', () => {
    const damage = ask('sparse', {
      type: 'complaint_deadline',
      subject: 'damage',
      discoveredOn: '2026-02-10',
    });
    assert.equal(damage.outcome, 'allowed');
    assert.equal(damage.dates.deadline, undefined);
    assert.equal(damage.dates.claimLapses, '2028-02-10');
    const software = ask('sparse', {
      type: 'complaint_deadline',
      subject: 'software_error',
      deliveredOn: '2025-11-30',
    });
    assert.equal(software.dates.deadline, '2026-02-28');
    const course = ask('sparse', {
      type: 'complaint_deadline',
      subject: 'course',
      completedOn: '2026-02-10',
    });
    assert.equal(course.outcome, 'not_covered');
  });

  test('PlusPort LSP: damage reported within one month of discovery (10.4)', () => {
    const d = ask('plusport-lsp', {
      type: 'complaint_deadline',
      subject: 'damage',
      discoveredOn: '2026-01-31',
    });
    assert.equal(d.dates.deadline, '2026-02-28');
  });
});

describe('quote_expiry', () => {
  test('Ingenium 3.2: 30 days unless the quote says otherwise', () => {
    const q = { type: 'quote_expiry', issuedOn: '2026-01-31' };
    assert.equal(ask('ingenium', q).dates.expiresOn, '2026-03-02');
    assert.equal(ask('ingenium', { ...q, acceptedOn: '2026-03-02' }).outcome, 'allowed');
    assert.equal(ask('ingenium', { ...q, acceptedOn: '2026-03-03' }).outcome, 'not_allowed');
    assert.equal(ask('ingenium', { ...q, statedValidityDays: 14 }).dates.expiresOn, '2026-02-14');
  });

  test('VAPRO and Sparse: quotes without a term are not binding; a stated term decides', () => {
    for (const provider of ['vapro', 'sparse'] as const) {
      const d = ask(provider, { type: 'quote_expiry', issuedOn: '2026-01-31' });
      assert.equal(d.outcome, 'not_covered');
      assert.match(d.explanation.nl, /vrijblijvend/);
      assert.ok(d.clauses.some((c) => c.article === '6:221'));
    }
    assert.equal(
      ask('vapro', { type: 'quote_expiry', issuedOn: '2026-01-31', statedValidityDays: 20 }).dates.expiresOn,
      '2026-02-20',
    );
    assert.equal(
      ask('plusport-lsp', { type: 'quote_expiry', issuedOn: '2026-01-31' }).outcome,
      'not_covered',
    );
  });
});

describe('terms_change', () => {
  test('PlusPort LSP 2.3: at least 3 months notice; a material worsening lets the customer terminate', () => {
    const q = { type: 'terms_change', noticeOn: '2026-01-31' };
    const inTime = ask('plusport-lsp', { ...q, effectiveOn: '2026-04-30', materiallyWorse: true });
    assert.equal(inTime.outcome, 'allowed');
    assert.equal(inTime.dates.earliestEffective, '2026-04-30');
    assert.equal(inTime.conditions?.customerMayTerminate, true);
    assert.equal(inTime.dates.customerMayTerminateAsOf, '2026-04-30');
    assert.equal(ask('plusport-lsp', { ...q, effectiveOn: '2026-04-29' }).outcome, 'not_allowed');
  });

  test('VAPRO 1.4: at least a month between notice and effect, no right to terminate', () => {
    const d = ask('vapro', {
      type: 'terms_change',
      noticeOn: '2026-01-31',
      effectiveOn: '2026-02-28',
      materiallyWorse: true,
    });
    assert.equal(d.outcome, 'allowed');
    assert.equal(d.conditions?.customerMayTerminate, false);
    assert.equal(
      ask('vapro', { type: 'terms_change', noticeOn: '2026-02-01', effectiveOn: '2026-02-28' }).outcome,
      'not_allowed',
    );
  });

  test('terms-version-at-agreement: Ingenium 24.3 keeps the version of the agreement', () => {
    const q = { type: 'terms_change', noticeOn: '2026-01-01', effectiveOn: '2026-02-01' };
    assert.equal(ask('ingenium', { ...q, agreementDate: '2025-06-01' }).outcome, 'not_allowed');
    assert.equal(ask('ingenium', { ...q, agreementDate: '2026-02-01' }).outcome, 'allowed');
  });

  test('no-terms-change-clause: Sparse and PlusPort courses cannot change terms unilaterally', () => {
    for (const provider of ['sparse', 'plusport-courses'] as const) {
      const d = ask(provider, { type: 'terms_change', noticeOn: '2026-01-01', effectiveOn: '2026-06-01' });
      assert.equal(d.outcome, 'not_allowed');
      assert.ok(d.readings.includes('no-terms-change-clause'));
    }
  });
});

describe('force_majeure_termination', () => {
  test('PlusPort LSP 11.2: longer than sixty days, by registered letter, unless foreseeably resolved', () => {
    const q = { type: 'force_majeure_termination', startedOn: '2026-03-01', party: 'customer' };
    assert.equal(ask('plusport-lsp', { ...q, terminationOn: '2026-04-30' }).outcome, 'not_allowed');
    const d = ask('plusport-lsp', { ...q, terminationOn: '2026-05-01' });
    assert.equal(d.outcome, 'allowed');
    assert.equal(d.dates.earliestTermination, '2026-05-01');
    assert.match(d.explanation.nl, /naar verhouding afgerekend/);
    assert.equal(
      ask('plusport-lsp', { ...q, terminationOn: '2026-06-01', foreseeablyResolved: true }).outcome,
      'not_allowed',
    );
  });

  test('Ingenium 20.4 and VAPRO 11.1: longer than two months; Sparse 17.2: longer than 60 days', () => {
    const q = { type: 'force_majeure_termination', startedOn: '2026-01-31', party: 'provider' };
    assert.equal(ask('ingenium', { ...q, terminationOn: '2026-03-31' }).outcome, 'not_allowed');
    assert.equal(ask('ingenium', { ...q, terminationOn: '2026-04-01' }).outcome, 'allowed');
    assert.equal(ask('vapro', { ...q, terminationOn: '2026-04-01' }).dates.earliestTermination, '2026-04-01');
    assert.equal(
      ask('sparse', { ...q, terminationOn: '2026-04-01' }).dates.earliestTermination,
      '2026-04-02',
    );
  });

  test('PlusPort courses 7.1: only the exam supplier may end at once; the customer has only the law', () => {
    const q = { type: 'force_majeure_termination', startedOn: '2026-03-01', terminationOn: '2026-03-02' };
    assert.equal(ask('plusport-courses', { ...q, party: 'provider' }).outcome, 'allowed');
    const customer = ask('plusport-courses', { ...q, party: 'customer' });
    assert.equal(customer.outcome, 'not_allowed');
    assert.ok(customer.clauses.some((c) => c.article === '6:265'));
  });
});
