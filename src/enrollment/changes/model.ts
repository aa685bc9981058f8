import type { ColumnType } from 'kysely';
import { z } from 'zod';
import { isoDateSchema } from '../../calendar/date-schemas.ts';
import { SESSION_CANCEL_REASONS, VAT_CODES } from '../../catalog/model.ts';
import { LEDGER_KINDS } from '../model.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** Tables owned by enrollment changes (migrations/0010_enrollment_changes.sql). */
export interface EnrollmentChangeTables {
  enrollment_course_fee_paid: {
    enrollment_id: string;
    paid_at: Timestamp;
    recorded_by: string | null;
  };
}

/** The changes a customer, learner or staff member previews and confirms. */
export const CHANGE_KINDS = ['substitution', 'reschedule', 'cancellation', 'provider_cancellation'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** plusport-cursusvoorwaarden#15.6: the reasons that make the starred tiers free when proof arrives in time. */
export const MEDICAL_REASONS = ['death', 'hospital_admission', 'sick_report'] as const;
export type MedicalReason = (typeof MEDICAL_REASONS)[number];

const previewedFee = z
  .int('must be whole cents')
  .min(0, 'must not be negative')
  .max(100_000_000_00)
  .describe('The fee the preview showed, in cents: the change is refused if it is no longer that fee');

export const idParamsSchema = z.object({ id: z.uuid({ error: 'must be an id (a UUID)' }) });

export const substitutionBodySchema = z.strictObject({
  /** The colleague who takes the place: a learner of the same company. */
  learnerId: z.uuid({ error: 'must be the id of the colleague (a UUID)' }),
});
export const substitutionConfirmSchema = substitutionBodySchema.extend({ previewedFeeCents: previewedFee });

export const rescheduleBodySchema = z.strictObject({
  /** The session of the same product to move to. */
  sessionId: z.uuid({ error: 'must be the id of the new session (a UUID)' }),
});
export const rescheduleConfirmSchema = rescheduleBodySchema.extend({ previewedFeeCents: previewedFee });

export const cancellationBodySchema = z.strictObject({
  /** plusport-cursusvoorwaarden#15.6: death, hospital admission or own sick report, proof within 7 days. */
  reason: z.enum(MEDICAL_REASONS).optional(),
  /** Staff only: the learner arrived late (and was refused) or did not come (plusport-cursusvoorwaarden#15.5: 100 %). */
  attendance: z.enum(['late', 'no_show']).optional(),
  /** Staff only: the provider received the textbook back unused and undamaged (plusport-cursusvoorwaarden#15.5). */
  textbookReturnedUnused: z.boolean().optional(),
});
export const cancellationConfirmSchema = cancellationBodySchema.extend({ previewedFeeCents: previewedFee });
export type CancellationBody = z.infer<typeof cancellationBodySchema>;

export const proofBodySchema = z.strictObject({
  /** The day the death notice, hospital confirmation or doctor's note arrived; default today. */
  receivedOn: isoDateSchema.optional(),
});

export const sessionCancelBodySchema = z.strictObject({
  reason: z.enum(SESSION_CANCEL_REASONS),
  /** The total refund the go/no-go preview showed, in cents; refused if it changed since. */
  previewedRefundCents: previewedFee.optional(),
});

export const coursePaidBodySchema = z.strictObject({ paid: z.boolean() });

// ---- responses

const clauseSchema = z.object({ document: z.string(), article: z.string(), title: z.string() });

export const decisionSchema = z.object({
  question: z.string(),
  outcome: z.enum(['allowed', 'not_allowed', 'pending_proof', 'needs_approval', 'not_covered']),
  /** The fee of this change in cents (0 when none). */
  feeCents: z.number().int(),
  amounts: z.record(z.string(), z.number()),
  dates: z.record(z.string(), z.string()),
  workingDays: z.number().int().optional(),
  clauses: z.array(clauseSchema),
  readings: z.array(z.string()),
  explanation: z.object({ nl: z.string(), en: z.string() }),
  lines: z
    .array(
      z.object({
        part: z.string(),
        amounts: z.record(z.string(), z.number()),
        rule: z.string(),
        clauses: z.array(clauseSchema),
        workingDays: z.number().int().optional(),
      }),
    )
    .optional(),
  conditions: z.record(z.string(), z.boolean()).optional(),
});
export type DecisionView = z.infer<typeof decisionSchema>;

export const ledgerLineSchema = z.object({
  kind: z.enum(LEDGER_KINDS),
  amountCents: z.number().int(),
  vatCode: z.enum(VAT_CODES),
  description: z.string(),
  clauses: z.array(clauseSchema),
});

export const timelineSchema = z.array(
  z.object({
    part: z.string(),
    priceCents: z.number().int(),
    ranges: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        fee: z.number().int(),
        outcome: z.string(),
        rule: z.string(),
        clauses: z.array(clauseSchema),
        label: z.object({ nl: z.string(), en: z.string() }),
      }),
    ),
  }),
);

export const previewSchema = z.object({
  change: z.enum(CHANGE_KINDS),
  enrollmentId: z.uuid(),
  terms: z.object({ key: z.string(), version: z.string() }),
  decision: decisionSchema,
  /** Whether confirming now would go ahead (the outcome allows it, or holds the fee for proof). */
  canConfirm: z.boolean(),
  /** The ledger lines a confirm at this moment would write. */
  ledger: z.array(ledgerLineSchema),
  /** The cancellation fee of each part of the enrollment, day by day (the fee curve). */
  feeTimeline: timelineSchema,
});
export type ChangePreview = z.infer<typeof previewSchema>;

export const confirmSchema = z.object({
  change: z.enum(CHANGE_KINDS),
  enrollmentId: z.uuid(),
  status: z.string(),
  /** For a reschedule: the new enrollment in the new session. */
  newEnrollmentId: z.uuid().optional(),
  eventId: z.uuid(),
  decision: decisionSchema,
  ledger: z.array(ledgerLineSchema),
});
export type ChangeResult = z.infer<typeof confirmSchema>;

export const sessionCancelResultSchema = z.object({
  sessionId: z.uuid(),
  status: z.literal('cancelled'),
  reason: z.enum(SESSION_CANCEL_REASONS),
  noticeInTime: z.boolean(),
  released: z.array(z.object({ enrollmentId: z.uuid(), refundCents: z.number().int(), mailed: z.boolean() })),
  refundTotalCents: z.number().int(),
});
export type SessionCancelResult = z.infer<typeof sessionCancelResultSchema>;
