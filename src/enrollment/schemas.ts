/** Enrollment at the HTTP boundary: what a client sends and gets back (zod, as every route). */
import { z } from 'zod';
import { VAT_CODES } from '../catalog/model.ts';
import { emailSchema, LOCALES } from '../identity/model.ts';
import { ENROLLMENT_EVENT_TYPES, ENROLLMENT_SOURCES, ENROLLMENT_STATUSES, LEDGER_KINDS } from './model.ts';

/** An existing user by id, or (customer admin and staff) a new learner by e-mail and name. */
export const learnerRefSchema = z.union([
  z.object({ userId: z.uuid('must be a user id (uuid)') }).strict(),
  z
    .object({
      email: emailSchema,
      name: z.string().trim().min(1, 'must not be empty').max(200),
      locale: z.enum(LOCALES).default('nl'),
    })
    .strict(),
]);
export type LearnerRef = z.infer<typeof learnerRefSchema>;

export const enrollBodySchema = z
  .object({
    sessionId: z.uuid('must be a session id (uuid)'),
    acceptTerms: z.literal(true, {
      error: 'must be true: accept the terms shown by GET /api/sessions/{id}/enrollment-terms',
    }),
    termsVersion: z
      .string()
      .max(40)
      .optional()
      .describe('The terms version the user was shown; refused if another version is now in force'),
    waitlist: z.boolean().default(false).describe('Join the waiting list when the session is full'),
    learners: z
      .array(learnerRefSchema)
      .min(1, 'name at least one learner')
      .max(200)
      .optional()
      .describe('Customer admin and staff: whom to enroll; a learner enrolls themself and leaves this out'),
    purchaseOrderRef: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(100)
      .optional()
      .describe("The company's purchase-order reference (customer admin)"),
  })
  .strict();
export type EnrollBody = z.infer<typeof enrollBodySchema>;

export const enrollmentSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  sessionId: z.uuid(),
  learnerId: z.uuid(),
  customerId: z.uuid().nullable(),
  purchaseOrderRef: z.string().nullable(),
  enrolledBy: z.uuid(),
  source: z.enum(ENROLLMENT_SOURCES),
  status: z.enum(ENROLLMENT_STATUSES),
  waitlistedAt: z.iso.datetime().nullable(),
  offerExpiresAt: z.iso.datetime().nullable(),
  termsKey: z.string(),
  termsVersion: z.string(),
  termsAcceptedBy: z.uuid(),
  termsAcceptedAt: z.iso.datetime(),
  priceCents: z.number().int(),
  previouslyRescheduled: z.boolean(),
  movedFrom: z.uuid().nullable(),
  movedTo: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
});
export type EnrollmentView = z.infer<typeof enrollmentSchema>;

export const enrollmentListItemSchema = enrollmentSchema.extend({
  learnerName: z.string(),
  learnerEmail: z.string(),
  sessionCode: z.string(),
  sessionStartsAt: z.iso.datetime(),
  productName: z.string(),
});

const clauseSchema = z.object({ document: z.string(), article: z.string(), title: z.string() });

/** One note the terms give to show (question confirmation_notes or change_conditions), both languages. */
export const termsNoteSchema = z.object({
  id: z.string(),
  nl: z.string(),
  en: z.string(),
  clauses: z.array(clauseSchema),
});

/**
 * What each change requires or offers under the enrollment's terms (question change_conditions), for
 * the pages to show: nothing where the terms have no such clause.
 */
export const changeConditionsSchema = z.object({
  cancellation: z.object({
    /** The reasons that hold the fee until proof arrives; empty: the terms have none. */
    reasons: z.array(z.string()),
    notes: z.array(termsNoteSchema),
  }),
  reschedule: z.object({
    /** The course fee must be paid in full first. */
    feePaidFirst: z.boolean(),
    notes: z.array(termsNoteSchema),
  }),
  substitution: z.object({
    /** Only with the provider's consent. */
    consentFirst: z.boolean(),
    notes: z.array(termsNoteSchema),
  }),
});
export type ChangeConditions = z.infer<typeof changeConditionsSchema>;

export const enrollmentDetailSchema = enrollmentSchema.extend({
  conditions: changeConditionsSchema,
  events: z.array(
    z.object({
      id: z.uuid(),
      type: z.enum(ENROLLMENT_EVENT_TYPES),
      actorId: z.uuid().nullable(),
      at: z.iso.datetime(),
      decision: z.unknown(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  ledger: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(LEDGER_KINDS),
      amountCents: z.number().int(),
      vatCode: z.enum(VAT_CODES),
      description: z.string(),
      clauses: z.array(clauseSchema),
      createdAt: z.iso.datetime(),
      invoicedAt: z.iso.datetime().nullable(),
    }),
  ),
});

export const enrollResultSchema = z.object({
  items: z.array(enrollmentSchema),
  confirmed: z.number().int(),
  pendingApproval: z.number().int(),
  waitlisted: z.number().int(),
  /** The terms engine's answer to the group discount question, when one was asked (ingenium-leveringsvoorwaarden#3.5). */
  groupDiscount: z.unknown().nullable(),
});

export const enrollmentListQuerySchema = z.object({
  status: z.enum(ENROLLMENT_STATUSES).optional(),
  session: z.uuid('must be a session id (uuid)').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const enrollmentListSchema = z.object({
  items: z.array(enrollmentListItemSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const waitingListSchema = z.object({
  items: z.array(
    z.object({
      enrollmentId: z.uuid(),
      learnerId: z.uuid(),
      learnerName: z.string(),
      learnerEmail: z.string(),
      status: z.enum(ENROLLMENT_STATUSES),
      waitlistedAt: z.iso.datetime().nullable(),
      offerExpiresAt: z.iso.datetime().nullable(),
    }),
  ),
});

export const termsPreviewSchema = z.object({
  key: z.string(),
  version: z.string(),
  effectiveFrom: z.string(),
  cancellationClauses: z.array(clauseSchema),
  feeTimeline: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      fee: z.number().int(),
      outcome: z.string(),
      rule: z.string(),
      clauses: z.array(clauseSchema),
      label: z.unknown(),
    }),
  ),
  groupDiscount: z
    .object({
      outcome: z.string(),
      discountBasisPoints: z.number().int().nullable(),
      clauses: z.array(clauseSchema),
      explanation: z.object({ nl: z.string(), en: z.string() }),
    })
    .nullable(),
});

export const settingsSchema = z
  .object({
    requiresApproval: z.boolean().describe('Staff approve each enrollment before it is confirmed'),
    offerHours: z
      .number()
      .int('must be whole hours')
      .min(1, 'must be at least 1 hour')
      .max(720, 'must be at most 720 hours (30 days)')
      .describe('Hours a waitlisted learner has to accept a freed seat'),
  })
  .strict();
