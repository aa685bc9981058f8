import { z } from 'zod';
import { PART_KINDS } from './kinds.ts';
import { instantSchema } from './question-fields.ts';

/**
 * The questions enrollment asks so that no clause logic or provider wording lives outside the
 * terms (issue 11, "Findable by clause"; issue 8): what a confirmation must say, what a change
 * requires before it goes ahead, and which textbook table a package's textbook follows.
 */

const partKinds = z
  .array(z.enum(PART_KINDS))
  .min(1)
  .max(20)
  .describe('The kinds of the enrolled product: one, or each part of a package');

export const confirmationNotesQuestionSchema = z.object({
  type: z.literal('confirmation_notes'),
  parts: partKinds,
  start: instantSchema
    .optional()
    .describe('When the (first) session starts; gives the moment to arrive by (`moments.arriveBy`)'),
});
export type ConfirmationNotesQuestion = z.infer<typeof confirmationNotesQuestionSchema>;

export const CHANGES = ['cancellation', 'reschedule', 'substitution'] as const;

export const changeConditionsQuestionSchema = z.object({
  type: z.literal('change_conditions'),
  change: z.enum(CHANGES).describe('The change the customer or learner is about to ask for'),
});
export type ChangeConditionsQuestion = z.infer<typeof changeConditionsQuestionSchema>;

export const textbookTableQuestionSchema = z.object({
  type: z.literal('textbook_table'),
  packageParts: partKinds.describe(
    "The kinds of every part of the package the textbook is in, the textbook too (alone: ['textbook'])",
  ),
});
export type TextbookTableQuestion = z.infer<typeof textbookTableQuestionSchema>;

export const enrollmentQuestionSchemas = [
  confirmationNotesQuestionSchema,
  changeConditionsQuestionSchema,
  textbookTableQuestionSchema,
] as const;

export type EnrollmentQuestion = ConfirmationNotesQuestion | ChangeConditionsQuestion | TextbookTableQuestion;
