import { z } from 'zod';
import { clauseIdSchema } from '../clauses.ts';
import { doorSectionsShape } from './door-sections.ts';
import { labelSchema, PART_KINDS } from './kinds.ts';

export {
  type Label,
  labelSchema,
  PART_KINDS,
  type PartKind,
  SESSION_KINDS,
  type SessionKind,
} from './kinds.ts';

/**
 * The course rules of a provider's terms as data: which fee applies when a customer cancels,
 * reschedules or swaps a participant, what the provider owes when it cancels or force majeure
 * strikes, how long e-learning stays open, when a certificate is released, and when a group discount
 * applies. Every rule carries the clause it implements (a clause id into the terms' catalogue).
 * All sections are optional: a provider whose terms are silent on a question has no section, and the
 * engine answers `not_covered`.
 */

const basisPoints = z.int().min(0).max(100_000).describe('A share in basis points: 10000 = 100 %');
const cents = z.int().min(0).max(1_000_000_000_00);

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,79}$/, 'a lowercase id such as classroom-50');

/** A fixed charge that applies whatever the moment (previously rescheduled, late arrival, ...). */
export const flatFeeSchema = z.object({
  id: ruleId,
  feeBasisPoints: basisPoints,
  clause: clauseIdSchema,
  label: labelSchema,
});
export type FlatFee = z.infer<typeof flatFeeSchema>;

/**
 * How far a request lies before the start, or after a purchase:
 * - working_days_before_start: working days from the request day up to the start day, the start day
 *   not counted (reading request-day-counted, zero-working-days);
 * - calendar_days_before_start: the start date minus the request date (reading weeks-as-days);
 * - working_days_after_purchase: working days after the purchase day up to and including the
 *   request day (reading elearning-window).
 */
export const MEASURES = [
  'working_days_before_start',
  'calendar_days_before_start',
  'working_days_after_purchase',
] as const;
export type Measure = (typeof MEASURES)[number];

/** One row of a table: the measure from `from` to `to` inclusive (`to` null: no upper bound). */
export const tierSchema = z.object({
  id: ruleId,
  from: z.int().min(0).max(10_000),
  to: z.int().min(0).max(10_000).nullable(),
  /** Share of the price of the part; for e-learning the fee when it has not been started. */
  feeBasisPoints: basisPoints,
  /** E-learning only: the fee when the learner has started it (the second column of plusport-cursusvoorwaarden#15.5). */
  startedFeeBasisPoints: basisPoints.optional(),
  /** A fixed fee on top of the share, e.g. plusport-cursusvoorwaarden#14.5: EUR 55.00 to reschedule. */
  fixedFeeCents: cents.optional(),
  /** The fixed fee is payable at once (plusport-cursusvoorwaarden#14.5: "dienen direct te worden betaald"). */
  payableAtOnce: z.boolean().optional(),
  /** False where the table says "niet mogelijk" (not possible). */
  allowed: z.boolean().default(true),
  /** Marked * in plusport-cursusvoorwaarden#15.5: free on death, hospital admission or sick report with proof (15.6). */
  exceptionApplies: z.boolean().default(false),
  clause: clauseIdSchema,
  label: labelSchema,
});
export type Tier = z.infer<typeof tierSchema>;
export type TierInput = z.input<typeof tierSchema>;

export const scheduleSchema = z.object({
  measure: z.enum(MEASURES),
  tiers: z.array(tierSchema).min(1).max(50),
  /** Cancelling a session the learner rescheduled before (plusport-cursusvoorwaarden#15.5: 100 %). */
  previouslyRescheduled: flatFeeSchema.optional(),
  /** Arriving late or not at all (plusport-cursusvoorwaarden#10.2, plusport-cursusvoorwaarden#15.5 "Bij niet op tijd komen"). */
  lateArrival: flatFeeSchema.optional(),
});
export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleInput = z.input<typeof scheduleSchema>;

export const textbookRuleSchema = z.object({
  /** The book was sent in advance and is kept (or returned used or damaged). */
  kept: flatFeeSchema,
  /** The book came back unused and undamaged. */
  returnedUnused: flatFeeSchema,
});

/** What applies to in-company / out-company groups (plusport-cursusvoorwaarden#14.7 / 15.7, ingenium-leveringsvoorwaarden#25.2). */
export const groupRuleSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('see_agreement'), clause: clauseIdSchema, label: labelSchema }),
  z.object({ mode: z.literal('schedule'), schedule: scheduleSchema }),
]);

export const EXCEPTION_REASONS = ['death', 'hospital_admission', 'sick_report'] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

export const cancellationSectionSchema = z.object({
  /** The table per product part. A part without a table is not covered by these terms. */
  parts: z.object({
    elearning: scheduleSchema.optional(),
    exam: scheduleSchema.optional(),
    practical: scheduleSchema.optional(),
    workshop: scheduleSchema.optional(),
    classroom: scheduleSchema.optional(),
    advice: scheduleSchema.optional(),
  }),
  textbook: z
    .object({
      withClassroom: textbookRuleSchema,
      withExam: textbookRuleSchema
        .extend({
          /**
           * The packages whose textbook follows this table rather than withClassroom: those with a
           * part of every kind in `with` and none in `without` (question textbook_table).
           */
          packages: z
            .object({ with: z.array(z.enum(PART_KINDS)).min(1), without: z.array(z.enum(PART_KINDS)) })
            .default({ with: ['exam'], without: ['classroom'] }),
        })
        .optional(),
    })
    .optional(),
  /** E-learning that came free with a practical training (plusport-cursusvoorwaarden#15.5 "E-learning als extra service"). */
  elearningExtraService: flatFeeSchema.optional(),
  /** A request at or after the start: no longer a cancellation, the fee stays due (reading start-hour). */
  afterStart: flatFeeSchema,
  /** plusport-cursusvoorwaarden#15.6: free for the tiers marked * when proof of the reason arrives in time. */
  exception: z
    .object({
      reasons: z.array(z.enum(EXCEPTION_REASONS)).min(1),
      /** The reasons that count when they concern a first-degree relative, not the learner. */
      familyReasons: z.array(z.enum(EXCEPTION_REASONS)).optional(),
      proofCalendarDays: z.int().min(0).max(365),
      clause: clauseIdSchema,
    })
    .optional(),
  /** vapro-leverings-en-betalingsvoorwaarden#16.1: costs already incurred plus a share of the total quote as administration costs. */
  incurredCosts: z
    .object({
      adminBasisPoints: basisPoints,
      /** 'add': the tier's share comes on top ("Bovenop", 16.2); 'greater_of': the larger of the two. */
      combine: z.enum(['add', 'greater_of']),
      clause: clauseIdSchema,
    })
    .optional(),
  groups: groupRuleSchema.optional(),
});
export type CancellationSection = z.infer<typeof cancellationSectionSchema>;

export const rescheduleRuleSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('schedule'),
    schedule: scheduleSchema,
    /** The new date must be given at once and fall within this many months of the first date. */
    newDateWithinMonths: z.object({ months: z.int().min(1).max(60), clause: clauseIdSchema }).optional(),
  }),
  /** plusport-cursusvoorwaarden#14.6: reschedule under the cancellation table of the same part. */
  z.object({ mode: z.literal('as_cancellation'), clause: clauseIdSchema }),
  z.object({ mode: z.literal('not_possible'), clause: clauseIdSchema, label: labelSchema }),
]);
export type RescheduleRule = z.infer<typeof rescheduleRuleSchema>;

export const rescheduleSectionSchema = z.object({
  parts: z.object({
    exam: rescheduleRuleSchema.optional(),
    practical: rescheduleRuleSchema.optional(),
    workshop: rescheduleRuleSchema.optional(),
    classroom: rescheduleRuleSchema.optional(),
    advice: rescheduleRuleSchema.optional(),
    elearning: rescheduleRuleSchema.optional(),
  }),
  /** plusport-cursusvoorwaarden#14.3: the course fee must be paid in full before a reschedule. */
  paidInFull: z.object({ clause: clauseIdSchema }).optional(),
  afterStart: z.object({ clause: clauseIdSchema }),
  groups: z.object({ clause: clauseIdSchema, label: labelSchema }).optional(),
});
export type RescheduleSection = z.infer<typeof rescheduleSectionSchema>;

export const substitutionSectionSchema = z.object({
  /** allowed: the customer may swap; needs_approval: only with the provider's (written) consent. */
  mode: z.enum(['allowed', 'needs_approval']),
  feeCents: cents,
  clause: clauseIdSchema,
  /** plusport-cursusvoorwaarden#14.5: where a proof of participation is required, the colleague passed the online theory exam. */
  theoryExamWhenProofRequired: z.object({ clause: clauseIdSchema }).optional(),
  /** ingenium-leveringsvoorwaarden#25.2: a substitute for a VCA exam is registered by the working day before the exam day. */
  vcaExamRegisteredWorkingDaysBefore: z
    .object({ workingDays: z.int().min(0).max(30), clause: clauseIdSchema })
    .optional(),
  /** The substitute must be announced before the start (ingenium-leveringsvoorwaarden#25.2 "vooraf"). */
  beforeStart: z.object({ clause: clauseIdSchema }),
});
export type SubstitutionSection = z.infer<typeof substitutionSectionSchema>;

export const providerCancellationSectionSchema = z.object({
  /** vapro-leverings-en-betalingsvoorwaarden#15.2: written notice at the latest this many working days before the start. */
  noticeWorkingDays: z.object({ workingDays: z.int().min(1).max(60), clause: clauseIdSchema }).optional(),
  /** What the customer gets back: what it paid for the cancelled course. */
  refundClause: clauseIdSchema,
  /** vapro-leverings-en-betalingsvoorwaarden#15.2: no refund when the customer accepts the alternative offered. */
  alternativeReplacesRefund: z.boolean(),
  /**
   * Who cancels and refunds: the provider itself, or (plusport-algemene-leveringsvoorwaarden#18.4) the external trainer in the
   * marketplace, with the platform not liable for the refund.
   */
  actor: z.enum(['provider', 'external_trainer']).default('provider'),
  clause: clauseIdSchema,
});
export type ProviderCancellationSection = z.infer<typeof providerCancellationSectionSchema>;

/**
 * plusport-cursusvoorwaarden#7.3: on permanent force majeure, prepaid money back pro rata, less 20 % of the
 * total invoice as costs and less the exam supplier's costs; nothing back when less than 20 % was
 * paid. (When either party may terminate is a finance question: src/terms/finance, forceMajeure.)
 */
export const forceMajeureRefundSectionSchema = z.object({
  onlyWhenPermanent: z.boolean(),
  deductInvoiceBasisPoints: basisPoints,
  deductSupplierCosts: z.boolean(),
  clause: clauseIdSchema,
});
export type ForceMajeureRefundSection = z.infer<typeof forceMajeureRefundSectionSchema>;

export const elearningAccessSectionSchema = z.object({
  /** From when the period runs: the day access opened (ingenium-leveringsvoorwaarden#26) or the day the course was completed (plusport-cursusvoorwaarden#4.4). */
  runsFrom: z.enum(['opened', 'completed']),
  period: z.union([
    z.object({ months: z.int().min(0).max(120) }),
    z.object({ days: z.int().min(0).max(3650) }),
  ]),
  clause: clauseIdSchema,
});
export type ElearningAccessSection = z.infer<typeof elearningAccessSectionSchema>;

export const CERTIFICATE_CONDITIONS = [
  'onlineTrainingCompleted',
  'theoryExamPassed',
  'idChecked',
  'practicalPassed',
  'declaredCompetent',
  'examPassed',
  'invoicePaid',
  'finalTestPassed',
] as const;
export type CertificateCondition = (typeof CERTIFICATE_CONDITIONS)[number];

export const certificateRuleSchema = z.object({
  conditions: z
    .array(
      z.object({ condition: z.enum(CERTIFICATE_CONDITIONS), clause: clauseIdSchema, label: labelSchema }),
    )
    .min(1),
  /** The certificate follows this many working days after the (written) result, where the terms say so. */
  releaseWorkingDays: z.object({ workingDays: z.int().min(0).max(60), clause: clauseIdSchema }).optional(),
});
export type CertificateRule = z.infer<typeof certificateRuleSchema>;

export const certificateSectionSchema = z.object({
  parts: z.object({
    exam: certificateRuleSchema.optional(),
    practical: certificateRuleSchema.optional(),
    workshop: certificateRuleSchema.optional(),
    classroom: certificateRuleSchema.optional(),
    elearning: certificateRuleSchema.optional(),
  }),
});
export type CertificateSection = z.infer<typeof certificateSectionSchema>;

export const groupDiscountSectionSchema = z.object({
  minParticipants: z.int().min(2).max(1000),
  /** Participants may attend on different dates and still count (ingenium-leveringsvoorwaarden#3.5). */
  alternativeDates: z.boolean(),
  /** The discount per group size; the terms name none, so a provider fills them from its price list. */
  tiers: z.array(z.object({ minParticipants: z.int().min(2), discountBasisPoints: basisPoints })).max(20),
  clause: clauseIdSchema,
});
export type GroupDiscountSection = z.infer<typeof groupDiscountSectionSchema>;

/**
 * Questions these terms hand to another source: plusport-algemene-leveringsvoorwaarden#18.4, customers cancel on the
 * conditions the external trainer published. The answer is not_covered, citing the clause.
 */
export const deferralSchema = z.object({
  clause: clauseIdSchema,
  label: labelSchema,
  /** Whose conditions decide (and who refunds): the external trainer in the LSP marketplace. */
  decidedBy: z.enum(['external_trainer', 'quote']).default('external_trainer'),
});
export type Deferral = z.infer<typeof deferralSchema>;

/** The course sections of a terms version; each optional. */
export const courseSectionsShape = {
  deferrals: z
    .object({
      cancellation: deferralSchema.optional(),
      reschedule: deferralSchema.optional(),
      substitution: deferralSchema.optional(),
    })
    .optional(),
  cancellation: cancellationSectionSchema.optional(),
  reschedule: rescheduleSectionSchema.optional(),
  substitution: substitutionSectionSchema.optional(),
  providerCancellation: providerCancellationSectionSchema.optional(),
  forceMajeureRefund: forceMajeureRefundSectionSchema.optional(),
  elearningAccess: elearningAccessSectionSchema.optional(),
  certificateRelease: certificateSectionSchema.optional(),
  groupDiscount: groupDiscountSectionSchema.optional(),
  ...doorSectionsShape,
};
export const courseSectionsSchema = z.object(courseSectionsShape);
export type CourseSections = z.infer<typeof courseSectionsSchema>;
export type CourseSectionsInput = z.input<typeof courseSectionsSchema>;
