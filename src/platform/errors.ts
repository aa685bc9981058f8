import { DomainProblem } from './domain-problem.ts';

/**
 * Errors a user can act on. The HTTP layer turns each into RFC 9457 problem+json with a stable
 * `type`; the CLI prints the same title and field errors. Anything else is a 500 with no details.
 */
export interface FieldError {
  /** Where the problem is, as a path: 'email', 'lines.2.price', or 'row 14, column email' for sheets. */
  path: string;
  message: string;
  /**
   * The message in Dutch, for a message put together at run time; a fixed message is found in the
   * Dutch catalogue (src/platform/http/problem-dutch.ts) by its English text.
   */
  nl?: string;
}

export class AppError extends Error {
  readonly status: number;
  /** A stable slug; the problem's `type` is https://klasse.dev/problems/<slug>. */
  readonly slug: string;
  readonly title: string;
  readonly errors: FieldError[];
  /**
   * Extra members of the problem document (RFC 9457 section 3.2), e.g. the fee a change costs now
   * when it differs from the one the client was shown. Never type, title, status, detail or errors.
   */
  extensions: Record<string, unknown> = {};
  /**
   * The detail in Dutch when it is put together at run time (a fixed detail is found in the Dutch
   * catalogue by its English text); the HTTP layer sends the language the request asks for.
   */
  detailNl: string | undefined;

  constructor(status: number, slug: string, title: string, detail?: string, errors: FieldError[] = []) {
    super(detail ?? title);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = errors;
  }

  /** Gives the Dutch wording of a detail that is put together at run time; returns the error. */
  inDutch(detail: string): this {
    this.detailNl = detail;
    return this;
  }
}

export class ValidationError extends AppError {
  constructor(errors: FieldError[], detail = 'The request has invalid fields; nothing was changed.') {
    super(400, 'validation-failed', 'Invalid input', detail, errors);
  }
}

export class UnauthorizedError extends AppError {
  constructor(detail = 'Log in first.') {
    super(401, 'unauthorized', 'Not logged in', detail);
  }
}

export class ForbiddenError extends AppError {
  constructor(detail = 'You may not do this.') {
    super(403, 'forbidden', 'Not allowed', detail);
  }
}

export class NotFoundError extends AppError {
  /** What was not found, in English ('Session'); the HTTP layer words it in Dutch from the catalogue. */
  readonly what: string;

  constructor(what: string) {
    super(404, 'not-found', 'Not found', `${what} does not exist or is not visible to you.`);
    this.what = what;
  }
}

export class ConflictError extends AppError {
  constructor(slug: string, title: string, detail?: string) {
    super(409, slug, title, detail);
  }
}

export const PROBLEM_BASE = 'https://klasse.dev/problems/';

/**
 * The error as the API and the CLI answer it: an AppError as it is, a DomainProblem of the pure rules
 * mapped by its kind (the one place that gives those a status, decision 0018), anything else
 * undefined (a fault of ours). The English text is the detail, as before the rules had their own type.
 */
export function appErrorOf(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (!(error instanceof DomainProblem)) return undefined;
  const mapped =
    error.kind === 'invalid'
      ? new ValidationError([...error.errors], error.text.en)
      : new AppError(404, 'not-found', 'Not found', error.text.en, [...error.errors]);
  mapped.inDutch(error.text.nl);
  mapped.stack = error.stack;
  return mapped;
}
