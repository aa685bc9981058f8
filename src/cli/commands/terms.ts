import type { RunningContext } from '../../app.ts';
import { BUILT_IN_PROVIDERS, builtInTerms, listTerms } from '../../terms/registry.ts';
import {
  builtInTermsOf,
  type LintResult,
  type LoadedTerms,
  lintVersion,
  listTermsFor,
  loadTerms,
} from '../../terms-library/service.ts';
import { parseFlags } from '../flags.ts';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../model.ts';
import { evaluateCommand } from '../terms-evaluate.ts';

const usage = `klasse terms evaluate < question.json        (one question)
klasse terms evaluate < questions.json       (a JSON array of questions)
klasse terms evaluate < questions.jsonl      (JSON Lines: one question a line)
klasse terms lint [PROVIDER] [--version V] [--json]
klasse terms list [--json] [--built-in]

evaluate  Reads the same JSON as POST /api/terms/evaluate on standard input, e.g.
            {"terms": "vapro", "question": {"type": "cancellation", ...}}
            {"terms": {"provider": "vapro", "version": "2025-01"}, "question": {...}, "on": "2026-05-12"}
          and prints the decision as JSON, with "terms": the version that answered.
          Without a version, the version in force on "on", else on the question's request date.
          Instants take a UTC offset, or are local times in the provider's zone (2026-05-12T09:30).
          A bad question prints each bad field on standard error and exits 1.
          A batch (an array, or more than one line of JSON Lines) is answered in one process: one
          JSON line per question, in order: {"index": i, "answer": {...}} or
          {"index": i, "problem": {...}} (the problem+json the API would answer). A refused question
          does not stop the batch; the exit code is 1 when any was refused.
lint      Lints every version of PROVIDER (all built-in terms when none is given) and prints the
          findings; exits 1 when any finding is an error (a gap, an overlap, a fee above its clause,
          a rule without a clause). Findings of kind "text" name a clause whose own text is open.
list      The terms and their versions: the five built-in terms and every provider's own.
          --built-in lists only the built-in terms, without opening a database; without it the
          built-in terms are listed even when the database cannot be opened (a note on stderr).

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

type Listing = Awaited<ReturnType<typeof listTermsFor>>;

/** The built-in terms as the listing shows them, from code. */
function builtInListing(): Listing {
  return listTerms().map((listing) => ({
    provider: listing.provider,
    name: listing.name,
    builtIn: true,
    ownerProviderId: null,
    versions: listing.versions.map((v) => ({ ...v, basedOn: null, createdAt: null })),
  }));
}

/** Every terms key: from the database when it opens, else the built-in ones with a note on stderr. */
async function listing(io: CliIo, builtInOnly: boolean): Promise<Listing> {
  if (builtInOnly) return builtInListing();
  let running: RunningContext;
  try {
    running = await io.openContext();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`klasse terms list: the database could not be opened (${why}); built-in terms only\n`);
    return builtInListing();
  }
  try {
    return await listTermsFor(running.ctx, null);
  } finally {
    await running.close();
  }
}

async function listCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    json: { type: 'boolean', default: false },
    'built-in': { type: 'boolean', default: false },
  });
  const items = await listing(io, values['built-in']);
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
