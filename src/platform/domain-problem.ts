/**
 * A problem the pure rules (src/terms, src/calendar, src/money) find with their input: a stable
 * code, a message in Dutch and English and the fields at fault. It carries no HTTP status and no
 * problem type: `appErrorOf` (src/platform/errors.ts) maps its kind to the `AppError` the API renders
 * as problem+json and the CLI prints, in that one place (decision 0018). This file imports nothing,
 * so the pure rules may use it.
 */
export type DomainProblemKind =
  /** The input breaks a rule or a schema: the caller can fix it (400 over HTTP). */
  | 'invalid'
  /** The input names something that does not exist, e.g. terms in force on a day before their first version (404). */
  | 'not-found';

export interface LocalizedText {
  nl: string;
  en: string;
}

export interface ProblemField {
  /** Where the problem is, as a path: 'dueDate', 'question.parts.1.start'. */
  path: string;
  message: string;
}

export class DomainProblem extends Error {
  readonly kind: DomainProblemKind;
  /** Stable for the kind of mistake ('question-invalid'), for callers and tests to branch on. */
  readonly code: string;
  readonly text: LocalizedText;
  readonly errors: readonly ProblemField[];

  constructor(
    kind: DomainProblemKind,
    code: string,
    text: LocalizedText,
    errors: readonly ProblemField[] = [],
  ) {
    super(text.en);
    this.name = 'DomainProblem';
    this.kind = kind;
    this.code = code;
    this.text = text;
    this.errors = errors;
  }
}

const INVALID_INPUT: LocalizedText = {
  nl: 'Het verzoek heeft ongeldige velden; er is niets gewijzigd.',
  en: 'The request has invalid fields; nothing was changed.',
};

/** Bad input, naming each bad field. */
export function invalidInput(
  code: string,
  errors: readonly ProblemField[],
  text: LocalizedText = INVALID_INPUT,
): DomainProblem {
  return new DomainProblem('invalid', code, text, errors);
}

/** Something the input names does not exist; `what` is its description, e.g. "Terms of provider 'x'". */
export function notFound(code: string, what: LocalizedText): DomainProblem {
  return new DomainProblem('not-found', code, {
    nl: `${what.nl} bestaat niet of is niet zichtbaar voor u.`,
    en: `${what.en} does not exist or is not visible to you.`,
  });
}
