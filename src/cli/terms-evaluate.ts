import type { RunningContext } from '../app.ts';
import { parseInput } from '../identity/model.ts';
import { systemClock } from '../platform/clock.ts';
import { type AppError, appErrorOf, PROBLEM_BASE, ValidationError } from '../platform/errors.ts';
import { evaluateBodySchema } from '../terms-library/api-schemas.ts';
import {
  answerQuestion,
  builtInTermsOf,
  type LoadedTerms,
  loadTerms,
  termsKeyOf,
} from '../terms-library/service.ts';
import { parseFlags } from './flags.ts';
import { type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from './model.ts';

/**
 * `klasse terms evaluate`: one question, or a batch (a JSON array, or JSON Lines) answered in one
 * process, one JSON line per question. Each terms key is loaded once per batch; a provider's own
 * terms open the database once, on first need.
 */

/** The input as items to answer: one parsed value, or per JSON Lines line a value or its parse error. */
type Input = { kind: 'single'; value: unknown } | { kind: 'batch'; items: (unknown | ValidationError)[] };

function notJson(error: unknown, path: string): ValidationError {
  return new ValidationError(
    [{ path, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }],
    'The question is not JSON; nothing was evaluated.',
  );
}

export function readInput(text: string): Input {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? { kind: 'batch', items: value } : { kind: 'single', value };
  } catch (error) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length <= 1) throw notJson(error, 'body');
    return {
      kind: 'batch',
      items: lines.map((line) => {
        try {
          return JSON.parse(line) as unknown;
        } catch (lineError) {
          return notJson(lineError, 'body');
        }
      }),
    };
  }
}

/** Loads each terms key once: built-in ones from code, a provider's own through one database context. */
class TermsCache {
  readonly #loaded = new Map<string, LoadedTerms>();
  #running: Promise<RunningContext> | undefined;
  readonly #io: CliIo;

  constructor(io: CliIo) {
    this.#io = io;
  }

  async get(key: string): Promise<LoadedTerms> {
    const cached = this.#loaded.get(key) ?? builtInTermsOf(key);
    if (cached) return cached;
    this.#running ??= this.#io.openContext();
    const loaded = await loadTerms((await this.#running).ctx, null, key);
    this.#loaded.set(key, loaded);
    return loaded;
  }

  async close(): Promise<void> {
    if (this.#running) await (await this.#running).close();
  }
}

async function answer(cache: TermsCache, input: unknown): Promise<unknown> {
  const body = parseInput(evaluateBodySchema, input);
  // The command line has no clock of its own to set: "today" (for a question with no day of its
  // own and no "on") is the system's.
  return answerQuestion(await cache.get(termsKeyOf(body.terms)), body, systemClock);
}

/** The problem+json document the API would answer for a refused question. */
function problemOf(error: AppError): Record<string, unknown> {
  return {
    type: `${PROBLEM_BASE}${error.slug}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
}

export async function evaluateCommand(args: string[], io: CliIo): Promise<number> {
  parseFlags(args, {});
  const text = await io.readStdin();
  if (text.trim() === '') throw new UsageError('pipe the question as JSON on standard input');
  const input = readInput(text);
  const cache = new TermsCache(io);
  try {
    if (input.kind === 'single') {
      io.stdout(`${JSON.stringify(await answer(cache, input.value), null, 2)}\n`);
      return EXIT_OK;
    }
    let refused = 0;
    const out: string[] = [];
    for (const [index, item] of input.items.entries()) {
      try {
        if (item instanceof ValidationError) throw item;
        out.push(JSON.stringify({ index, answer: await answer(cache, item) }));
      } catch (error) {
        const refusal = appErrorOf(error);
        if (!refusal) throw error;
        refused++;
        out.push(JSON.stringify({ index, problem: problemOf(refusal) }));
      }
      // Written in chunks: one write per line costs more than the answers on a large batch.
      if (out.length >= 256) io.stdout(`${out.splice(0).join('\n')}\n`);
    }
    if (out.length > 0) io.stdout(`${out.join('\n')}\n`);
    if (refused > 0) {
      io.stderr(`klasse terms evaluate: ${input.items.length - refused} answered, ${refused} refused\n`);
    }
    return refused > 0 ? EXIT_FAILED : EXIT_OK;
  } finally {
    await cache.close();
  }
}
