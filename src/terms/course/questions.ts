import { z } from 'zod';
import { type DoorQuestion, doorQuestionSchemas } from './door-questions.ts';
import { type EnrollmentQuestion, enrollmentQuestionSchemas } from './enrollment-questions.ts';
import { centsSchema, instantSchema, isoDateSchema } from './question-fields.ts';
import { CERTIFICATE_CONDITIONS, EXCEPTION_REASONS, SESSION_KINDS } from './sections.ts';

/**
 * The course questions as JSON: dates 'YYYY-MM-DD', instants ISO 8601 with an offset, amounts in
 * euro cents. Each schema is one member of the Question discriminated union (src/terms/question.ts).
 */

export { centsSchema, instantSchema, isoDateSchema } from './question-fields.ts';

/** in_company / out_company: a closed group with its own quote (plusport-cursusvoorwaarden#14.7, plusport-cursusvoorwaarden#15.7; ingenium-leveringsvoorwaarden#25.2). */
export const groupSchema = z.enum(['in_company', 'out_company']);

export const sessionPartSchema = z.object({
  kind: z.enum(SESSION_KINDS),
  price: centsSchema.describe('The price of this part, the basis of a percentage fee'),
  start: instantSchema.describe('When the session starts'),
  previouslyRescheduled: z.boolean().optional().describe('The learner moved this session before'),
  attendance: z.enum(['late', 'no_show']).optional().describe('Arrived late (refused) or did not come'),
});

export const elearningPartSchema = z.object({
  kind: z.literal('elearning'),
  price: centsSchema,
  purchasedOn: isoDateSchema,
  started: z.boolean().describe('The learner has opened the e-learning'),
  extraService: z.boolean().optional().describe('E-learning that came free with a practical training'),
});

export const textbookPartSchema = z.object({
  kind: z.literal('textbook'),
  price: centsSchema,
  returnedUnused: z.boolean().describe('The provider received the book back unused and undamaged'),
  withExam: z
    .boolean()
    .optional()
    .describe('The textbook-and-exam table applies (question textbook_table answers which)'),
});

export const partSchema = z.discriminatedUnion('kind', [
  sessionPartSchema,
  elearningPartSchema,
  textbookPartSchema,
]);
export type PartQuestion = z.infer<typeof partSchema>;
export type SessionPartQuestion = z.infer<typeof sessionPartSchema>;
export type ElearningPartQuestion = z.infer<typeof elearningPartSchema>;
export type TextbookPartQuestion = z.infer<typeof textbookPartSchema>;

export const cancellationQuestionSchema = z.object({
  type: z.literal('cancellation'),
  requestedAt: instantSchema.describe('When the provider received the cancellation'),
  parts: z.array(partSchema).min(1).max(20).describe('The parts cancelled: one, or each part of a package'),
  reason: z
    .enum(EXCEPTION_REASONS)
    .optional()
    .describe('Death, hospital admission or sick report (PlusPort 15.6)'),
  concerns: z
    .enum(['learner', 'family_member'])
    .optional()
    .describe('Whose death, admission or illness: the learner (default) or a first-degree relative'),
  proofReceivedOn: isoDateSchema.optional().describe('When the proof of the reason arrived'),
  asOf: isoDateSchema
    .optional()
    .describe('The day the question is asked, to tell whether a proof deadline passed'),
  group: groupSchema.optional(),
  incurredCosts: centsSchema.optional().describe('VAPRO 16.1: hours spent and materials bought, in cents'),
  quoteTotal: centsSchema
    .optional()
    .describe('VAPRO 16.1: the total quote amount (default: the sum of the prices)'),
});
export type CancellationQuestion = z.infer<typeof cancellationQuestionSchema>;

export const rescheduleQuestionSchema = z.object({
  type: z.literal('reschedule'),
  kind: z.enum([...SESSION_KINDS, 'elearning']),
  price: centsSchema,
  start: instantSchema.describe('When the session to move starts'),
  requestedAt: instantSchema,
  newDate: isoDateSchema.optional().describe('The new date, given with the request'),
  paidInFull: z
    .boolean()
    .optional()
    .describe('The course fee has been paid in full; needed only where the terms require it (PlusPort 14.3)'),
  group: groupSchema.optional(),
  reason: z
    .enum(EXCEPTION_REASONS)
    .optional()
    .describe(
      'Death, hospital admission or sick report, where the terms extend the exception to rescheduling',
    ),
  concerns: z.enum(['learner', 'family_member']).optional(),
  asOf: isoDateSchema
    .optional()
    .describe('The day the question is asked, to tell whether a proof deadline passed'),
  proofReceivedOn: isoDateSchema.optional().describe('When the proof of the reason arrived'),
  earlierReschedules: z
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe('How often this enrollment was rescheduled before'),
  originalDate: isoDateSchema
    .optional()
    .describe('The first date of the session, before any reschedule (the new-date limit runs from it)'),
});
export type RescheduleQuestion = z.infer<typeof rescheduleQuestionSchema>;

export const substitutionQuestionSchema = z.object({
  type: z.literal('substitution'),
  kind: z.enum([...SESSION_KINDS, 'elearning']),
  start: instantSchema,
  requestedAt: instantSchema,
  proofOfParticipationRequired: z.boolean().optional(),
  substitutePassedTheoryExam: z.boolean().optional(),
  vcaExam: z.boolean().optional().describe('The session is a VCA exam (Ingenium 25.2)'),
  consentGiven: z.boolean().optional().describe('The provider gave its written consent'),
});
export type SubstitutionQuestion = z.infer<typeof substitutionQuestionSchema>;

export const providerCancellationQuestionSchema = z.object({
  type: z.literal('provider_cancellation'),
  start: instantSchema,
  notifiedAt: instantSchema.optional().describe('When the provider told the customer'),
  paid: centsSchema.describe('What the customer paid for the cancelled course'),
  alternativeAccepted: z.boolean().optional(),
});
export type ProviderCancellationQuestion = z.infer<typeof providerCancellationQuestionSchema>;

export const forceMajeureRefundQuestionSchema = z.object({
  type: z.literal('force_majeure_refund'),
  invoiceTotal: centsSchema,
  paid: centsSchema.describe('What the customer paid in advance'),
  deliveredValue: centsSchema.optional().describe('The value of what was delivered before the force majeure'),
  supplierCosts: centsSchema
    .optional()
    .describe("The exam supplier's costs charged to the provider (PlusPort 7.3)"),
  permanent: z.boolean().describe('The force majeure is permanent'),
});
export type ForceMajeureRefundQuestion = z.infer<typeof forceMajeureRefundQuestionSchema>;

export const elearningAccessQuestionSchema = z.object({
  type: z.literal('elearning_access'),
  openedOn: isoDateSchema.describe('The day access was given'),
  completedOn: isoDateSchema
    .optional()
    .describe('The day the final exam was passed or the practical completed'),
  asOf: isoDateSchema.optional(),
});
export type ElearningAccessQuestion = z.infer<typeof elearningAccessQuestionSchema>;

export const certificateReleaseQuestionSchema = z.object({
  type: z.literal('certificate_release'),
  kind: z.enum([...SESSION_KINDS, 'elearning']),
  conditions: z.partialRecord(z.enum(CERTIFICATE_CONDITIONS), z.boolean()),
  resultOn: isoDateSchema.optional().describe('The day of the written result'),
});
export type CertificateReleaseQuestion = z.infer<typeof certificateReleaseQuestionSchema>;

export const groupDiscountQuestionSchema = z.object({
  type: z.literal('group_discount'),
  participants: z.int().min(1).max(10_000),
  sameCompany: z.boolean(),
  pricePerParticipant: centsSchema.optional(),
});
export type GroupDiscountQuestion = z.infer<typeof groupDiscountQuestionSchema>;

export const courseQuestionSchemas = [
  cancellationQuestionSchema,
  rescheduleQuestionSchema,
  substitutionQuestionSchema,
  providerCancellationQuestionSchema,
  forceMajeureRefundQuestionSchema,
  elearningAccessQuestionSchema,
  certificateReleaseQuestionSchema,
  groupDiscountQuestionSchema,
  ...doorQuestionSchemas,
  ...enrollmentQuestionSchemas,
] as const;

export type CourseQuestion =
  | CancellationQuestion
  | RescheduleQuestion
  | SubstitutionQuestion
  | ProviderCancellationQuestion
  | ForceMajeureRefundQuestion
  | ElearningAccessQuestion
  | CertificateReleaseQuestion
  | GroupDiscountQuestion
  | DoorQuestion
  | EnrollmentQuestion;
