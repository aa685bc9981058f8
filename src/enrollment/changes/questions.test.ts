import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Product, Session, SessionWithProduct } from '../../catalog/model.ts';
import { evaluate, findTerms } from '../../terms/index.ts';
import {
  cancellationLedger,
  cancellationQuestion,
  type EnrollmentFacts,
  groupOf,
  isVcaExam,
  partsOf,
  primaryPart,
  providerCancellationLedger,
  providerCancellationQuestion,
  rescheduleQuestion,
  splitCents,
  timelinesOf,
} from './questions.ts';

const session: Session = {
  id: '00000000-0000-4000-8000-000000000001',
  providerId: '00000000-0000-4000-8000-000000000002',
  productId: '00000000-0000-4000-8000-000000000003',
  code: 'S-1',
  startsAt: '2026-03-17T08:00:00.000Z',
  endsAt: '2026-03-17T16:00:00.000Z',
  locationId: null,
  instructorId: null,
  capacity: 10,
  booked: 1,
  seatsLeft: 9,
  minParticipants: 1,
  registrationDeadline: null,
  status: 'planned',
  kind: 'open',
  customerId: null,
  quoteTermsKey: null,
  quoteTermsVersion: null,
  priceCents: null,
  language: 'nl',
  cancelledReason: null,
};

function product(type: Product['type'], code = 'P', name = 'Product'): Product {
  return {
    id: session.productId,
    providerId: session.providerId,
    code,
    name,
    type,
    priceCents: 17_500,
    vatCode: 'exempt_training',
    durationMinutes: null,
    description: '',
    published: true,
    programme: '',
    examDelivery: null,
    examFormat: null,
    reschedulesAsCancellation: false,
    proofOfParticipation: false,
  };
}

function offering(p: Product, components: SessionWithProduct['components'] = []): SessionWithProduct {
  return {
    session,
    product: p,
    components,
    prerequisites: [],
    location: null,
    provider: {
      id: session.providerId,
      name: 'Demo',
      slug: 'demo',
      timeZone: 'Europe/Amsterdam',
      termsProviderId: 'plusport-courses',
      country: 'NL',
    },
  };
}

const facts: EnrollmentFacts = {
  id: '00000000-0000-4000-8000-000000000010',
  providerId: session.providerId,
  sessionId: session.id,
  learnerId: '00000000-0000-4000-8000-000000000011',
  customerId: null,
  status: 'confirmed',
  priceCents: 17_500,
  previouslyRescheduled: false,
  // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam: the purchase day is the provider's.
  purchasedAt: new Date('2026-03-01T23:30:00Z'),
  termsKey: 'plusport-courses',
  termsVersion: '2026-01',
};

const pkg = offering(product('package', 'VCA-PAKKET', 'VCA pakket'), [
  {
    componentId: '00000000-0000-4000-8000-000000000021',
    code: 'EL',
    name: 'E-learning',
    type: 'elearning',
    position: 0,
    priceCents: 9_500,
    vatCode: 'exempt_training',
  },
  {
    componentId: '00000000-0000-4000-8000-000000000022',
    code: 'EX',
    name: 'Examen VCA Basis',
    type: 'exam',
    position: 1,
    priceCents: 8_000,
    vatCode: 'standard_21',
  },
]);

describe('enrollment change questions', () => {
  it('splits cents exactly, the remainder to the largest shares', () => {
    assert.deepEqual(splitCents(100, [1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(splitCents(10_000, [9_500, 8_000]), [5429, 4571]);
    assert.equal(
      splitCents(999_999, [3, 7, 11]).reduce((a, b) => a + b, 0),
      999_999,
    );
  });

  it('a package is its parts, scaled to what the learner pays, the e-learning bought on the local day', () => {
    const parts = partsOf(pkg, { ...facts, priceCents: 15_000 });
    assert.deepEqual(
      parts.map((p) => [p.question.kind, p.question.price, p.vatCode]),
      [
        ['elearning', 8143, 'exempt_training'],
        ['exam', 6857, 'standard_21'],
      ],
    );
    const elearning = parts[0]?.question;
    assert.ok(elearning?.kind === 'elearning');
    assert.equal(elearning.purchasedOn, '2026-03-02');
    assert.equal(elearning.started, false);
    assert.equal(primaryPart(parts)?.question.kind, 'exam');
    const started = partsOf(pkg, facts, { achievedProductIds: new Set([pkg.components[0]!.componentId]) });
    assert.equal(started[0]?.question.kind === 'elearning' && started[0].question.started, true);
  });

  it('a package without parts cannot be cancelled or moved', () => {
    assert.throws(() => partsOf(offering(product('package')), facts), /has no parts/);
  });

  it('cancellation lines: the course fee credited per VAT code, a fee line per part that costs', () => {
    const terms = findTerms('plusport-courses', '2026-03-12');
    const parts = partsOf(pkg, facts);
    // Thursday 12 March: the exam 3 working days away (100 %), the e-learning not started, 8 working days old.
    const decision = evaluate(terms, cancellationQuestion(pkg, parts, new Date('2026-03-12T09:00:00Z')));
    const lines = cancellationLedger(
      decision,
      parts,
      [
        { vatCode: 'exempt_training', cents: 9_500 },
        { vatCode: 'standard_21', cents: 8_000 },
      ],
      false,
    );
    assert.deepEqual(
      lines.map((l) => [l.kind, l.amountCents, l.vatCode]),
      [
        ['course_fee_credit', -9_500, 'exempt_training'],
        ['course_fee_credit', -8_000, 'standard_21'],
        ['cancellation_fee', 8_000, 'standard_21'],
      ],
    );
    assert.deepEqual(
      lines[2]?.clauses.map((c) => c.article),
      ['15.5'],
    );
    assert.match(lines[2]?.description ?? '', /Examen VCA Basis/);
  });

  it('a provider cancellation refunds what was paid and credits what was only charged', () => {
    const terms = findTerms('vapro', '2026-03-02');
    const charged = [{ vatCode: 'exempt_training' as const, cents: 60_000 }];
    const decision = evaluate(
      terms,
      providerCancellationQuestion(session, 60_000, new Date('2026-03-02T09:00:00Z')),
    );
    assert.deepEqual(
      providerCancellationLedger(decision, charged, true).map((l) => [l.kind, l.amountCents]),
      [['refund', -60_000]],
    );
    assert.deepEqual(
      providerCancellationLedger(decision, charged, false).map((l) => [l.kind, l.amountCents]),
      [['course_fee_credit', -60_000]],
    );
    assert.deepEqual(providerCancellationLedger(decision, [], false), []);
  });

  it('a reschedule asks for the session part, with the new date on the provider calendar', () => {
    const target = {
      ...session,
      id: '00000000-0000-4000-8000-000000000099',
      startsAt: '2026-04-13T22:30:00.000Z',
    };
    const question = rescheduleQuestion(pkg, primaryPart(partsOf(pkg, facts))!, target, new Date(), true);
    assert.equal(question.kind, 'exam');
    assert.equal(question.newDate, '2026-04-14');
  });

  it('a closed group without terms of its own asks as a group; with its quote terms it does not', () => {
    assert.equal(groupOf(session), undefined);
    assert.equal(groupOf({ ...session, kind: 'in_company', customerId: session.id }), 'in_company');
    assert.equal(
      groupOf({
        ...session,
        kind: 'in_company',
        customerId: session.id,
        quoteTermsKey: 'x',
        quoteTermsVersion: '1',
      }),
      undefined,
    );
  });

  it('a VCA exam is an exam saying VCA in its code or name (Ingenium 25.2)', () => {
    assert.equal(isVcaExam(offering(product('exam', 'VCA-B', 'Examen VCA Basis'))), true);
    assert.equal(isVcaExam(pkg), true);
    assert.equal(isVcaExam(offering(product('exam', 'NEN3140', 'Examen NEN 3140'))), false);
    assert.equal(isVcaExam(offering(product('classroom', 'VCA-T', 'VCA training'))), false);
  });

  it('the fee curve leaves out a late arrival, which is a moment and not a curve', () => {
    const terms = findTerms('plusport-courses', '2026-03-02');
    const parts = partsOf(offering(product('classroom')), facts, { attendance: 'late' });
    const [curve] = timelinesOf(terms, parts);
    assert.ok(curve);
    assert.ok(curve.ranges.some((r) => r.fee === 0));
  });
});
