import { parseInput } from '../../identity/model.ts';
import { systemClock } from '../../platform/clock.ts';
import { ValidationError } from '../../platform/errors.ts';
import { evaluateBodySchema } from '../../terms/api-schemas.ts';
import { BUILT_IN_PROVIDERS, builtInTerms } from '../../terms/registry.ts';
import {
  answerQuestion,
  builtInTermsOf,
  type LintResult,
  type LoadedTerms,
  lintVersion,
  listTermsFor,
  loadTerms,
  termsKeyOf,
} from '../../terms/service.ts';
import { parseFlags } from '../flags.ts';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../model.ts';

const usage = `klasse terms evaluate < question.json
klasse terms lint [PROVIDER] [--version V] [--json]
klasse terms list [--json]

evaluate  Reads the same JSON as POST /api/terms/evaluate on standard input, e.g.
            {"terms": "vapro", "question": {"type": "cancellation", ...}}
            {"terms": {"provider": "vapro", "version": "2025-01"}, "question": {...}, "on": "2026-05-12"}
          and prints the decision as JSON, with "terms": the version that answered.
          Without a version, the version in force on "on", else on the question's request date.
          A bad question prints each bad field on standard error and exits 1.
lint      Lints every version of PROVIDER (all built-in terms when none is given) and prints the
          findings; exits 1 when any finding is an error (a gap, an overlap, a fee above its clause,
          a rule without a clause). Findings of kind "text" name a clause whose own text is open.
list      The terms and their versions: the five built-in terms and every provider's own.

The built-in terms need no database; a provider's own terms are read from the configured database
(DATABASE_URL, or the embedded database in KLASSE_DATA_DIR).`;

/** The terms of a key: built-in ones from code, a provider's own from the database (as the operator). */
async function withTerms<T>(io: CliIo, key: string, use: (loaded: LoadedTerms) => T): Promise<T> {
  const builtIn = builtInTermsOf(key);
  if (builtIn) return use(builtIn);
  const running = await io.openContext();
  try {
    return use(await loadTerms(running.ctx, null, key));
  } finally {
    await running.close();
  }
}

async function evaluateCommand(args: string[], io: CliIo): Promise<number> {
  parseFlags(args, {});
  const text = await io.readStdin();
  if (text.trim() === '') throw new UsageError('pipe the question as JSON on standard input');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(
      [{ path: 'body', message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }],
      'The question is not JSON; nothing was evaluated.',
    );
  }
  const body = parseInput(evaluateBodySchema, json);
  // The command line has no clock of its own to set: "today" (for a question with no day of its
  // own and no "on") is the system's.
  const result = await withTerms(io, termsKeyOf(body.terms), (loaded) =>
    answerQuestion(loaded, body, systemClock),
  );
  io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  return EXIT_OK;
}

function printLint(io: CliIo, result: LintResult): void {
  const label = `${result.provider} ${result.version}`;
  if (result.findings.length === 0) {
    io.stdout(`${label}: clean\n`);
    return;
  }
  const texts = result.findings.length - result.errors;
  io.stdout(`${label}: ${result.errors} error(s), ${texts} text finding(s)\n`);
  for (const finding of result.findings) {
    const clause = finding.clause ? ` [${finding.clause.document} art. ${finding.clause.article}]` : '';
    io.stdout(
      `  ${finding.severity.padEnd(5)} ${finding.code.padEnd(16)} ${finding.path}${clause}: ${finding.message}\n`,
    );
  }
}

async function lintCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { version: { type: 'string' }, json: { type: 'boolean', default: false } },
    true,
  );
  if (positionals.length > 1) throw new UsageError('give at most one provider');
  const key = positionals[0];
  if (key === undefined && values.version !== undefined) throw new UsageError('--version needs a provider');
  const results =
    key === undefined
      ? builtInTerms().map((terms) => lintVersion(terms.provider, terms))
      : await withTerms(io, key, (loaded) => {
          const versions = loaded.versions.filter(
            (v) => values.version === undefined || v.terms.version === values.version,
          );
          if (versions.length === 0) {
            throw new UsageError(`the terms '${key}' have no version '${values.version ?? ''}'`);
          }
          return versions.map((v) => lintVersion(key, v.terms));
        });
  if (values.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else for (const result of results) printLint(io, result);
  return results.some((result) => result.errors > 0) ? EXIT_FAILED : EXIT_OK;
}

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, { json: { type: 'boolean', default: false } });
  const running = await io.openContext();
  try {
    const items = await listTermsFor(running.ctx, null);
    if (values.json) {
      io.stdout(`${JSON.stringify(items, null, 2)}\n`);
      return EXIT_OK;
    }
    for (const item of items) {
      const kind = item.builtIn ? 'built-in' : `own terms of provider ${item.ownerProviderId}`;
      io.stdout(`${item.provider}  ${item.name} (${kind})\n`);
      for (const v of item.versions) {
        const basedOn = v.basedOn ? `, copied from ${v.basedOn.provider} ${v.basedOn.version}` : '';
        io.stdout(`  ${v.version.padEnd(12)} in force from ${v.effectiveFrom}${basedOn}\n`);
      }
    }
    return EXIT_OK;
  } finally {
    await running.close();
  }
}

export const command: CliCommand = {
  name: 'terms',
  summary: `Ask the terms a question, lint them, list them (built in: ${BUILT_IN_PROVIDERS.join(', ')})`,
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'evaluate') return evaluateCommand(rest, io);
    if (sub === 'lint') return lintCommand(rest, io);
    if (sub === 'list') return listCommand(rest, io);
    throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'say what to do: evaluate, lint or list');
  },
};
