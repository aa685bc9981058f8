import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Locale } from '../actor.ts';
import { type AppError, appErrorOf, type FieldError, NotFoundError, PROBLEM_BASE } from '../errors.ts';
import { dutchOf, dutchZodMessage, requestLocale } from './problem-language.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * An RFC 9457 problem document. `type` is stable per kind of problem, so a client branches on it;
 * `errors` names each bad field (DESIGN: conventions); `requestId` ties the answer to the log.
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  // Extension members a problem type defines (AppError.extensions).
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
export type Problem = z.infer<typeof problemSchema>;

/** Problems thrown by Fastify itself or a plugin (bad JSON, too large, wrong media type, rate limit). */
const FRAMEWORK_PROBLEMS: Record<number, { slug: string; title: string }> = {
  400: { slug: 'bad-request', title: 'Bad request' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  406: { slug: 'not-acceptable', title: 'Not acceptable' },
  408: { slug: 'request-timeout', title: 'Request timeout' },
  411: { slug: 'length-required', title: 'Length required' },
  413: { slug: 'payload-too-large', title: 'Request body too large' },
  415: { slug: 'unsupported-media-type', title: 'Unsupported media type' },
  429: { slug: 'rate-limited', title: 'Too many requests' },
  503: { slug: 'unavailable', title: 'Service unavailable' },
};

/**
 * A field path as the client sent it. Body fields are named as they are ('email', 'lines.2.price');
 * fields elsewhere carry where they were ('querystring.page', 'params.id', 'headers.idempotency-key').
 */
function fieldPath(context: string | undefined, instancePath: string): string {
  const inner = instancePath
    .split('/')
    .filter((part) => part !== '')
    .join('.');
  if (!context || context === 'body') return inner === '' ? 'body' : inner;
  return inner === '' ? context : `${context}.${inner}`;
}

export function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && ('statusCode' in error || 'code' in error || 'validation' in error);
}

/** "The request has 2 invalid fields: a, b. Nothing was changed." in the request's language. */
function invalidFieldsDetail(paths: string[], locale: Locale): string {
  const list = paths.join(', ');
  if (locale === 'nl') {
    const what = paths.length === 1 ? 'een ongeldig veld' : `${paths.length} ongeldige velden`;
    return `Het verzoek heeft ${what}: ${list}. Er is niets gewijzigd.`;
  }
  const what = paths.length === 1 ? 'an invalid field' : `${paths.length} invalid fields`;
  return `The request has ${what}: ${list}. Nothing was changed.`;
}

/** A field error as sent: its message in the request's language, without the Dutch member. */
function fieldErrorIn(error: FieldError, locale: Locale): FieldError {
  return {
    path: error.path,
    message: locale === 'nl' ? (error.nl ?? dutchOf(error.message)) : error.message,
  };
}

/** An AppError's detail in the request's language. */
function appErrorDetail(error: AppError, locale: Locale): string {
  if (locale === 'en') return error.message;
  if (error.detailNl !== undefined) return error.detailNl;
  if (error instanceof NotFoundError) {
    const noun = dutchOf(error.what);
    return noun === error.what
      ? 'Wat je zoekt bestaat niet, of is niet zichtbaar voor jou.'
      : `${noun} bestaat niet, of is niet zichtbaar voor jou.`;
  }
  return dutchOf(error.message);
}

/** Fastify's own texts are English; in Dutch the title says it, with a fixed sentence per status. */
const FRAMEWORK_DETAIL_NL: Record<number, string> = {
  400: 'Het verzoek kon niet worden gelezen. Er is niets gewijzigd.',
  413: 'Het verzoek is te groot. Er is niets gewijzigd.',
  415: 'Dit soort inhoud wordt hier niet aangenomen. Er is niets gewijzigd.',
  429: 'Te veel verzoeken achter elkaar. Probeer het over een minuut opnieuw.',
};

/**
 * The problem a thrown error becomes, in the language the request asks for (Accept-Language; English
 * without it), and whether it is a server fault (logged with its stack).
 */
export function problemFor(error: unknown, request: FastifyRequest): { problem: Problem; fault: boolean } {
  const base = { instance: request.url, requestId: request.id };
  const locale = requestLocale(request);
  const title = (english: string) => (locale === 'nl' ? dutchOf(english) : english);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      path: fieldPath(error.validationContext, issue.instancePath),
      message: locale === 'nl' ? dutchZodMessage(issue) : (issue.message ?? 'is invalid'),
    }));
    return {
      problem: {
        type: `${PROBLEM_BASE}validation-failed`,
        title: title('Invalid input'),
        status: 400,
        detail: invalidFieldsDetail(
          errors.map((e) => e.path),
          locale,
        ),
        errors,
        ...base,
      },
      fault: false,
    };
  }
  // An AppError, or a problem of the pure rules mapped to one (src/platform/errors.ts, decision 0018).
  const appError = appErrorOf(error);
  if (appError) {
    return {
      problem: {
        // First, so that a problem's own members always win over an extension of the same name.
        ...appError.extensions,
        type: `${PROBLEM_BASE}${appError.slug}`,
        title: title(appError.title),
        status: appError.status,
        detail: appErrorDetail(appError, locale),
        ...(appError.errors.length > 0
          ? { errors: appError.errors.map((e) => fieldErrorIn(e, locale)) }
          : {}),
        ...base,
      },
      fault: appError.status >= 500,
    };
  }
  if (isFastifyError(error) && typeof error.statusCode === 'number' && error.statusCode < 500) {
    const known = FRAMEWORK_PROBLEMS[error.statusCode] ?? { slug: 'bad-request', title: 'Bad request' };
    return {
      problem: {
        type: `${PROBLEM_BASE}${known.slug}`,
        title: title(known.title),
        status: error.statusCode,
        detail:
          locale === 'nl' ? (FRAMEWORK_DETAIL_NL[error.statusCode] ?? dutchOf(known.title)) : error.message,
        ...base,
      },
      fault: false,
    };
  }
  // Anything else is our fault: the client learns nothing of the internals, the log gets the stack.
  return {
    problem: {
      type: `${PROBLEM_BASE}internal-error`,
      title: title('Internal error'),
      status: 500,
      detail:
        locale === 'nl'
          ? `Er ging bij ons iets mis. Noem verzoek-id ${request.id} als je het meldt.`
          : `Something went wrong on our side. Quote request id ${request.id} when you report it.`,
      ...base,
    },
    fault: true,
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** No route answers this method and path. */
export function notFoundProblem(request: FastifyRequest): Problem {
  const route = `${request.method} ${request.url.split('?')[0]}`;
  const dutch = requestLocale(request) === 'nl';
  return {
    type: `${PROBLEM_BASE}not-found`,
    title: dutch ? 'Niet gevonden' : 'Not found',
    status: 404,
    detail: dutch ? `${route} bestaat niet.` : `There is no ${route}.`,
    instance: request.url,
    requestId: request.id,
  };
}
