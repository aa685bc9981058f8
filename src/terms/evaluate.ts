import { invalidInput, type LocalizedText } from '../platform/domain-problem.ts';
import { compileTerms, type QuestionHandler } from './compile.ts';
import { courseHandlers } from './course/handlers.ts';
import { financeHandlers } from './finance/handlers.ts';
import { LocalTimeError, localizeTimes } from './instant.ts';
import type { Decision } from './model.ts';
import { type Question, type QuestionType, questionSchema } from './question.ts';
import type { TermsVersion } from './terms-version.ts';

/**
 * The one entry to the terms engine: a validated question and a provider's terms in, a decision out.
 * Dispatches by `question.type` over the handlers of the course and finance families. Pure: the
 * moment a question is about travels in the question, never read from a clock.
 */
const handlers = { ...courseHandlers, ...financeHandlers } as {
  [K in QuestionType]: QuestionHandler<Extract<Question, { type: K }>>;
};

const QUESTION_INVALID: LocalizedText = { nl: 'De vraag is ongeldig.', en: 'The question is invalid.' };

export function evaluate(terms: TermsVersion, question: Question): Decision {
  const handler = handlers[question.type] as QuestionHandler<Question> | undefined;
  if (!handler) {
    throw invalidInput('question-type-unknown', [
      { path: 'type', message: `unknown question type '${String(question.type)}'` },
    ]);
  }
  return handler(compileTerms(terms), question);
}

/** Validates JSON as a question, naming every bad field; the boundary for the API and the CLI. */
export function parseQuestion(input: unknown): Question {
  const result = questionSchema.safeParse(input);
  if (!result.success) {
    throw invalidInput(
      'question-invalid',
      result.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || 'type',
        message: issue.message,
      })),
      QUESTION_INVALID,
    );
  }
  return result.data as Question;
}

/**
 * Local wall-clock times in a question (no offset) as instants in the terms' time zone; a time that
 * does not exist there (the spring gap) is a field error naming its path under `prefix`.
 */
export function localizeQuestion(
  input: unknown,
  timeZone: TermsVersion['calendar']['timeZone'],
  prefix = '',
): unknown {
  try {
    return localizeTimes(input, timeZone);
  } catch (error) {
    if (error instanceof LocalTimeError) {
      const path = [prefix, error.path].filter((p) => p !== '').join('.') || prefix || 'question';
      throw invalidInput('question-invalid', [{ path, message: error.message }], QUESTION_INVALID);
    }
    throw error;
  }
}

/**
 * Validates and evaluates: local times to instants, parseQuestion, then evaluate, with bad dates and
 * instants reported as field errors.
 */
export function evaluateJson(terms: TermsVersion, input: unknown): Decision {
  const question = parseQuestion(localizeQuestion(input, terms.calendar.timeZone));
  try {
    return evaluate(terms, question);
  } catch (error) {
    if (error instanceof RangeError)
      throw invalidInput(
        'question-invalid',
        [{ path: 'question', message: error.message }],
        QUESTION_INVALID,
      );
    throw error;
  }
}
