import { z } from 'zod';
import { ID_DOCUMENTS, NOTICE_SUBJECTS, PRICE_ITEMS } from './door-sections.ts';
import { SESSION_KINDS } from './kinds.ts';
import { centsSchema, instantSchema, isoDateSchema } from './question-fields.ts';

/** Issue 11's new course questions: admission at the door, results, what a price includes, the form of a notice. */

export const admissionQuestionSchema = z.object({
  type: z.literal('admission'),
  kind: z.enum(SESSION_KINDS),
  start: instantSchema.describe('When the session starts (the start time in the confirmation)'),
  arrivedAt: instantSchema.optional().describe('When the learner arrived; absent: only the rules are given'),
  idDocument: z
    .enum(ID_DOCUMENTS)
    .optional()
    .describe(
      'The identity document shown: passport, dutch_driving_licence, eu_id_card, residence_document, other_id, copy or none',
    ),
  detailsMatch: z.boolean().optional().describe('The registered details match the ID (PlusPort 8.3, exams)'),
  price: centsSchema.optional().describe('The price of the session, to state what a refusal costs'),
});
export type AdmissionQuestion = z.infer<typeof admissionQuestionSchema>;

export const resultDueQuestionSchema = z.object({
  type: z.literal('result_due'),
  kind: z.enum(SESSION_KINDS),
  heldOn: isoDateSchema.describe('The day of the exam or practical session'),
  asOf: isoDateSchema.optional().describe('Today: whether the day the result is expected has passed'),
});
export type ResultDueQuestion = z.infer<typeof resultDueQuestionSchema>;

export const priceIncludesQuestionSchema = z.object({
  type: z.literal('price_includes'),
  item: z.enum(PRICE_ITEMS).optional().describe('One item to ask about; absent: every item the terms list'),
});
export type PriceIncludesQuestion = z.infer<typeof priceIncludesQuestionSchema>;

export const noticeFormQuestionSchema = z.object({
  type: z.literal('notice_form'),
  subject: z.enum(NOTICE_SUBJECTS),
  givenAs: z
    .enum(['email', 'letter', 'registered_letter', 'phone', 'in_person', 'portal'])
    .optional()
    .describe('How the notice was (or would be) given; absent: only the required form is given'),
});
export type NoticeFormQuestion = z.infer<typeof noticeFormQuestionSchema>;

export const doorQuestionSchemas = [
  admissionQuestionSchema,
  resultDueQuestionSchema,
  priceIncludesQuestionSchema,
  noticeFormQuestionSchema,
] as const;

export type DoorQuestion = AdmissionQuestion | ResultDueQuestion | PriceIncludesQuestion | NoticeFormQuestion;
