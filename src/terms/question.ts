import { z } from 'zod';
import { isoDateSchema } from '../calendar/date-schemas.ts';
import { type CourseQuestion, courseQuestionSchemas } from './course/questions.ts';
import { type FinanceQuestion, financeQuestionSchemas } from './finance/questions.ts';
import { providerIdSchema } from './terms-version.ts';

/**
 * A question to the terms engine: one JSON object with a `type` naming the question. The union is
 * composed from the course questions (src/terms/course/questions.ts) and the finance questions
 * (src/terms/finance/questions.ts), so adding a question type is a change in one family only.
 */
const members = [...courseQuestionSchemas, ...Object.values(financeQuestionSchemas)] as unknown as readonly [
  (typeof courseQuestionSchemas)[number],
  ...(typeof courseQuestionSchemas)[number][],
];

export const questionSchema = z.discriminatedUnion('type', members);

export type Question = CourseQuestion | FinanceQuestion;
export type QuestionType = Question['type'];

/** Every question type, course first. */
export const QUESTION_TYPES: readonly QuestionType[] = [
  ...courseQuestionSchemas.map((schema) => schema.shape.type.value),
  ...(Object.keys(financeQuestionSchemas) as FinanceQuestion['type'][]),
];

/**
 * What the API and the CLI receive: the provider, optionally the day whose terms apply (default:
 * the question's own moment, else today), and the question.
 */
export const askSchema = z.object({
  provider: providerIdSchema,
  version: z.string().optional().describe('A version label; default: the version in force on `on`'),
  on: isoDateSchema.optional().describe('The day whose terms apply'),
  question: z.unknown(),
});
export type Ask = z.infer<typeof askSchema>;
