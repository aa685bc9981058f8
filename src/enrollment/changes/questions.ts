/**
 * Pure: an enrollment in a session of a product turned into the terms engine's question for each
 * change (src/terms/course/questions.ts), and the engine's decision turned into the ledger lines
 * billing will invoice or credit. No I/O; the services load the facts and write the result.
 */
import { Temporal } from 'temporal-polyfill';
import type { ProductType, Session, SessionWithProduct, VatCode } from '../../catalog/model.ts';
import type {
  CourseQuestion,
  Decision,
  DecisionLine,
  FeeTimelineRange,
  TermsVersion,
} from '../../terms/index.ts';
import { feeTimeline } from '../../terms/index.ts';
import type { ClauseJson, LedgerKind } from '../model.ts';
import { splitPrice } from '../rules.ts';

type CancellationQuestion = Extract<CourseQuestion, { type: 'cancellation' }>;
type RescheduleQuestion = Extract<CourseQuestion, { type: 'reschedule' }>;
type SubstitutionQuestion = Extract<CourseQuestion, { type: 'substitution' }>;
type ProviderCancellationQuestion = Extract<CourseQuestion, { type: 'provider_cancellation' }>;
export type PartQuestion = CancellationQuestion['parts'][number];
type SessionPartKind = 'exam' | 'practical' | 'workshop' | 'classroom';
type ChangeKindOfPart = RescheduleQuestion['kind'];

/** What a change needs to know about the enrollment itself. */
export interface EnrollmentFacts {
  id: string;
  providerId: string;
  sessionId: string;
  learnerId: string;
  customerId: string | null;
  status: string;
  /** Price per participant in cents excl. VAT, after any group discount. */
  priceCents: number;
  previouslyRescheduled: boolean;
  /** When the learner bought it: the enrollment, or the first one it was moved from. */
  purchasedAt: Date;
  termsKey: string;
  termsVersion: string;
}

/** One part of the enrollment as the engine sees it, with what the ledger needs beside it. */
export interface PartSpec {
  question: PartQuestion;
  vatCode: VatCode;
  /** The product (or package component) this part is. */
  productId: string;
  name: string;
}

export interface PartOptions {
  /** Staff: the learner arrived late (refused) or did not come (plusport-cursusvoorwaarden#15.5: 100 %). */
  attendance?: 'late' | 'no_show' | undefined;
  /** Staff: the textbook came back unused and undamaged (plusport-cursusvoorwaarden#15.5). */
  textbookReturnedUnused?: boolean | undefined;
  /** The terms' answer to textbook_table for this package: its textbook follows the textbook-and-exam table. */
  textbookWithExam?: boolean;
  /**
   * Products the learner has a result for. Klasse does not yet track opening an e-learning; a learner
   * with a result (completed or passed) has certainly started it, anyone else is taken as not started.
   */
  achievedProductIds?: ReadonlySet<string>;
}

/** A product type outside a package that the engine treats as a session on a date. */
const SESSION_TYPES: ReadonlySet<ProductType> = new Set(['exam', 'practical', 'workshop', 'classroom']);

export class UnsupportedProductError extends Error {}

/** The local date of an instant in the provider's time zone, 'YYYY-MM-DD'. */
export function localDate(at: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

function partOf(
  type: ProductType,
  price: number,
  offering: SessionWithProduct,
  enrollment: EnrollmentFacts,
  productId: string,
  options: PartOptions,
  withExam: boolean,
): PartQuestion {
  if (SESSION_TYPES.has(type)) {
    return {
      kind: type as SessionPartKind,
      price,
      start: offering.session.startsAt,
      ...(enrollment.previouslyRescheduled ? { previouslyRescheduled: true } : {}),
      ...(options.attendance ? { attendance: options.attendance } : {}),
    };
  }
  if (type === 'elearning') {
    return {
      kind: 'elearning',
      price,
      // The purchase is the enrollment (plusport-cursusvoorwaarden#15.5 "na aankoop"), on the provider's calendar.
      purchasedOn: localDate(enrollment.purchasedAt, offering.provider.timeZone),
      started: options.achievedProductIds?.has(productId) === true,
    };
  }
  if (type === 'textbook') {
    return {
      kind: 'textbook',
      price,
      returnedUnused: options.textbookReturnedUnused === true,
      ...(withExam ? { withExam: true } : {}),
    };
  }
  throw new UnsupportedProductError(`a ${type} inside a package is not a part the terms know`);
}

/** Splits cents over weights exactly (largest remainder), with enrollment's own rule (rules.ts). */
export function splitCents(amount: number, weights: readonly number[]): number[] {
  return splitPrice(
    amount,
    weights.map((priceCents) => ({ description: '', vatCode: 'exempt_training', priceCents })),
  ).map((p) => p.priceCents);
}

/**
 * The parts of the enrollment: the product itself, or each part of a package with its share of the
 * price (plusport-cursusvoorwaarden#15.5, reading package-parts). The package parts carry list prices; when the
 * learner pays another price (a session price, a group discount), each part's share is scaled so the
 * parts add up to what the learner pays.
 */
export function partsOf(
  offering: SessionWithProduct,
  enrollment: EnrollmentFacts,
  options: PartOptions = {},
): PartSpec[] {
  const { product, components } = offering;
  if (product.type !== 'package') {
    return [
      {
        question: partOf(
          product.type,
          enrollment.priceCents,
          offering,
          enrollment,
          product.id,
          options,
          false,
        ),
        vatCode: product.vatCode,
        productId: product.id,
        name: product.name,
      },
    ];
  }
  if (components.length === 0)
    throw new UnsupportedProductError(`the package ${product.code} has no parts to cancel or move`);
  const listed = components.reduce((sum, c) => sum + c.priceCents, 0);
  const prices =
    listed === enrollment.priceCents
      ? components.map((c) => c.priceCents)
      : splitCents(
          enrollment.priceCents,
          components.map((c) => c.priceCents),
        );
  return components.map((component, i) => ({
    question: partOf(
      component.type,
      prices[i] ?? 0,
      offering,
      enrollment,
      component.componentId,
      options,
      options.textbookWithExam === true,
    ),
    vatCode: component.vatCode,
    productId: component.componentId,
    name: component.name,
  }));
}

/** The part a reschedule or substitution is about: the session part, else the e-learning. */
export function primaryPart(parts: readonly PartSpec[]): PartSpec | undefined {
  return (
    parts.find((p) => p.question.kind !== 'elearning' && p.question.kind !== 'textbook') ??
    parts.find((p) => p.question.kind === 'elearning')
  );
}

/**
 * A closed group without terms of its own answers to the quote (plusport-cursusvoorwaarden#14.7, plusport-cursusvoorwaarden#15.7;
 * ingenium-leveringsvoorwaarden#25.2: four weeks for in-company). When the session carries the quote's terms, those terms are the
 * agreement the enrollment was made under, so the group's own tables are already in them.
 */
export function groupOf(session: Session): 'in_company' | 'out_company' | undefined {
  if (session.kind === 'open' || session.quoteTermsKey !== null) return undefined;
  return session.kind;
}

export function cancellationQuestion(
  offering: SessionWithProduct,
  parts: readonly PartSpec[],
  requestedAt: Date,
  reason?: CancellationQuestion['reason'],
): CancellationQuestion {
  const group = groupOf(offering.session);
  return {
    type: 'cancellation',
    requestedAt: requestedAt.toISOString(),
    parts: parts.map((p) => p.question),
    ...(reason ? { reason } : {}),
    ...(group ? { group } : {}),
  };
}

export function rescheduleQuestion(
  offering: SessionWithProduct,
  part: PartSpec,
  target: Session,
  requestedAt: Date,
  /** Only where the terms require the fee paid first (change_conditions); else left out. */
  paidInFull: boolean | undefined,
): RescheduleQuestion {
  const group = groupOf(offering.session);
  return {
    type: 'reschedule',
    kind: part.question.kind as ChangeKindOfPart,
    price: part.question.price,
    start: offering.session.startsAt,
    requestedAt: requestedAt.toISOString(),
    newDate: localDate(new Date(target.startsAt), offering.provider.timeZone),
    ...(paidInFull === undefined ? {} : { paidInFull }),
    ...(group ? { group } : {}),
  };
}

/** ingenium-leveringsvoorwaarden#25.2 (reading vca-substitute): a VCA exam is an exam whose code or name says VCA. */
export function isVcaExam(offering: SessionWithProduct): boolean {
  const exams =
    offering.product.type === 'exam'
      ? [offering.product]
      : offering.components.filter((c) => c.type === 'exam');
  return exams.some((e) => /\bVCA\b/i.test(`${e.code} ${e.name}`));
}

export interface SubstituteFacts {
  /** plusport-cursusvoorwaarden#14.5/14.8: a proof of participation is issued for the practical session. */
  proofOfParticipationRequired: boolean;
  /** The colleague meets every "passed" prerequisite of the product (the online theory exam). */
  substitutePassedTheoryExam: boolean;
  /** vapro-leverings-en-betalingsvoorwaarden#16.3, sparse-algemene-voorwaarden#59.2: staff doing the substitution is the provider's consent. */
  consentGiven: boolean;
}

export function substitutionQuestion(
  offering: SessionWithProduct,
  part: PartSpec,
  requestedAt: Date,
  facts: SubstituteFacts,
): SubstitutionQuestion {
  return {
    type: 'substitution',
    kind: part.question.kind as ChangeKindOfPart,
    start: offering.session.startsAt,
    requestedAt: requestedAt.toISOString(),
    proofOfParticipationRequired: facts.proofOfParticipationRequired,
    substitutePassedTheoryExam: facts.substitutePassedTheoryExam,
    vcaExam: isVcaExam(offering),
    consentGiven: facts.consentGiven,
  };
}

export function providerCancellationQuestion(
  session: Session,
  paidCents: number,
  notifiedAt?: Date,
): ProviderCancellationQuestion {
  return {
    type: 'provider_cancellation',
    start: session.startsAt,
    paid: paidCents,
    ...(notifiedAt ? { notifiedAt: notifiedAt.toISOString() } : {}),
  };
}

// ---- decisions to ledger lines

/** A ledger line before it is written: the amounts billing invoices (positive) or credits (negative). */
export interface LedgerDraft {
  kind: LedgerKind;
  amountCents: number;
  vatCode: VatCode;
  description: string;
  clauses: ClauseJson[];
}

/** What the enrollment was charged for its course fee, per VAT code (net of earlier credits). */
export interface ChargedAmount {
  vatCode: VatCode;
  cents: number;
}

function clausesOf(refs: readonly ClauseJson[]): ClauseJson[] {
  return refs.map((c) => ({ document: c.document, article: c.article, title: c.title }));
}

function cite(clauses: readonly ClauseJson[]): string {
  return clauses.map((c) => `${c.document} ${c.article}`).join('; ');
}

/**
 * The course fee given back: what was paid is refunded, what was only invoiced (or not yet) is
 * credited. Billing (a later issue) turns a credit into a credit note and a refund into a payment.
 */
export function courseFeeCreditLines(
  charged: readonly ChargedAmount[],
  paid: boolean,
  clauses: readonly ClauseJson[],
  why: string,
): LedgerDraft[] {
  return charged
    .filter((c) => c.cents > 0)
    .map((c) => ({
      kind: paid ? 'refund' : 'course_fee_credit',
      amountCents: -c.cents,
      vatCode: c.vatCode,
      description: `${paid ? 'Terugbetaling' : 'Creditering'} cursusgeld: ${why} (${cite(clauses)})`,
      clauses: clausesOf(clauses),
    }));
}

export function totalOf(charged: readonly ChargedAmount[]): number {
  return charged.reduce((sum, c) => sum + c.cents, 0);
}

/**
 * The cancellation fee lines of a decision: one per part with a fee, citing that part's clauses
 * (a package, plusport-cursusvoorwaarden#15.5), plus vapro-leverings-en-betalingsvoorwaarden#16.1's incurred costs; or one line for a single part.
 */
export function cancellationFeeLines(decision: Decision, parts: readonly PartSpec[]): LedgerDraft[] {
  const fee = decision.amounts.fee ?? 0;
  const lines: readonly DecisionLine[] | undefined = decision.lines;
  const first = parts[0];
  if (!first) return [];
  if (!lines) {
    if (fee <= 0) return [];
    return [
      {
        kind: 'cancellation_fee',
        amountCents: fee,
        vatCode: first.vatCode,
        description: `Annuleringskosten ${first.name} (${cite(decision.clauses)})`,
        clauses: clausesOf(decision.clauses),
      },
    ];
  }
  const drafts: LedgerDraft[] = [];
  lines.forEach((line, i) => {
    const amount = line.amounts.fee ?? 0;
    if (amount <= 0) return;
    const part = i < parts.length ? parts[i] : undefined;
    drafts.push({
      kind: 'cancellation_fee',
      amountCents: amount,
      vatCode: (part ?? first).vatCode,
      description: part
        ? `Annuleringskosten ${part.name} (${cite(line.clauses)})`
        : `Gemaakte kosten en administratiekosten (${cite(line.clauses)})`,
      clauses: clausesOf(line.clauses),
    });
  });
  return drafts;
}

/** A cancellation by the customer or learner: the course fee credited, the fee invoiced. */
export function cancellationLedger(
  decision: Decision,
  parts: readonly PartSpec[],
  charged: readonly ChargedAmount[],
  paid: boolean,
): LedgerDraft[] {
  return [
    ...courseFeeCreditLines(charged, paid, decision.clauses, 'annulering door de klant'),
    ...cancellationFeeLines(decision, parts),
  ];
}

export function rescheduleLedger(decision: Decision, part: PartSpec): LedgerDraft[] {
  const fee = decision.amounts.fee ?? 0;
  if (fee <= 0) return [];
  return [
    {
      kind: 'reschedule_fee',
      amountCents: fee,
      vatCode: part.vatCode,
      description: `Verschuivingskosten ${part.name} (${cite(decision.clauses)})`,
      clauses: clausesOf(decision.clauses),
    },
  ];
}

/** The provider cancels: what the engine says is refunded, per VAT code of what was charged. */
export function providerCancellationLedger(
  decision: Decision,
  charged: readonly ChargedAmount[],
  paid: boolean,
): LedgerDraft[] {
  const refund = decision.amounts.refund ?? 0;
  const total = totalOf(charged);
  if (refund <= 0 || total <= 0) return [];
  const positive = charged.filter((c) => c.cents > 0);
  const shares =
    refund === total
      ? positive.map((c) => c.cents)
      : splitCents(
          refund,
          positive.map((c) => c.cents),
        );
  return courseFeeCreditLines(
    positive.map((c, i) => ({ vatCode: c.vatCode, cents: shares[i] ?? 0 })),
    paid,
    decision.clauses,
    'de aanbieder annuleert de sessie',
  );
}

// ---- fee curve

export interface PartTimeline {
  part: string;
  priceCents: number;
  ranges: FeeTimelineRange[];
}

/** The cancellation fee of each session or e-learning part, day by day (the fee curve to show). */
export function timelinesOf(terms: TermsVersion, parts: readonly PartSpec[]): PartTimeline[] {
  const timelines: PartTimeline[] = [];
  for (const spec of parts) {
    const part = spec.question;
    if (part.kind === 'textbook') continue;
    // The curve of cancelling in time: a late arrival or no-show is a single moment, not a curve.
    const inTime = part.kind === 'elearning' ? part : { ...part, attendance: undefined };
    if (inTime.kind !== 'elearning') delete inTime.attendance;
    timelines.push({ part: part.kind, priceCents: part.price, ranges: feeTimeline(terms, { part: inTime }) });
  }
  return timelines;
}
