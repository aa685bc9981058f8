/**
 * `klasse terms` as a user runs it (issue 3, item 6): the question as JSON on standard input, the
 * decision as JSON on standard output. Every question type the engine lists (QUESTION_TYPES) is
 * asked of every built-in provider through the CLI's own dispatcher in this process (a hundred
 * separate Node processes cost minutes on a 2-core machine and prove nothing more), and each
 * provider once more through a real `node src/cli/main.ts` process; lint is clean on the built-ins;
 * a provider's own terms are read from the database the command is pointed at (both databases).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAppContext } from '../src/app.ts';
import { runCli } from '../src/cli/dispatch.ts';
import { DEMO_EMAIL_DOMAIN, seedDemoIfEmpty } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/connect.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { createLogger } from '../src/platform/logger.ts';
import { QUESTION_TYPES, type QuestionType } from '../src/terms/index.ts';
import { BUILT_IN_PROVIDERS } from '../src/terms/registry.ts';
import { copyTerms } from '../src/terms-library/service.ts';
import { openTestDatabase, testDatabaseKinds } from './support/databases.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node src/cli/main.ts ...args` with `input` on standard input. */
function klasse(args: string[], input: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs `klasse ...args` in this process, through the same dispatcher and command as the binary. */
async function klasseInProcess(args: string[], input: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    readStdin: async () => input,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    loadConfig: () => loadConfig({ LOG_LEVEL: 'warn' }),
    openContext: () => Promise.reject(new Error('built-in terms need no database')),
  });
  return { code, stdout, stderr };
}

/** Runs jobs with at most `limit` at once: each run is a Node process, and the machine is shared. */
async function pooled<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * One question of each type, as a customer or the back office would ask it. Keyed by every type the
 * engine knows (the type check fails here when a type is added without an example).
 */
const QUESTIONS: Record<QuestionType, object> = {
  admission: {
    type: 'admission',
    kind: 'exam',
    start: '2026-05-12T09:00:00+02:00',
    arrivedAt: '2026-05-12T09:10:00+02:00',
    idDocument: 'passport',
    detailsMatch: true,
    price: 19_500,
  },
  result_due: { type: 'result_due', kind: 'exam', heldOn: '2026-05-12' },
  price_includes: { type: 'price_includes' },
  notice_form: { type: 'notice_form', subject: 'cancellation', givenAs: 'phone' },
  confirmation_notes: { type: 'confirmation_notes', parts: ['exam'], start: '2026-05-12T09:00:00+02:00' },
  change_conditions: { type: 'change_conditions', change: 'reschedule' },
  textbook_table: { type: 'textbook_table', packageParts: ['textbook', 'exam'] },
  cancellation: {
    type: 'cancellation',
    requestedAt: '2026-05-04T10:00:00+02:00',
    parts: [{ kind: 'classroom', price: 39_500, start: '2026-05-12T09:00:00+02:00' }],
  },
  reschedule: {
    type: 'reschedule',
    kind: 'classroom',
    price: 39_500,
    start: '2026-05-12T09:00:00+02:00',
    requestedAt: '2026-04-20T10:00:00+02:00',
    newDate: '2026-06-16',
    paidInFull: true,
  },
  substitution: {
    type: 'substitution',
    kind: 'classroom',
    start: '2026-05-12T09:00:00+02:00',
    requestedAt: '2026-05-06T10:00:00+02:00',
  },
  provider_cancellation: {
    type: 'provider_cancellation',
    start: '2026-05-12T09:00:00+02:00',
    notifiedAt: '2026-05-01T10:00:00+02:00',
    paid: 39_500,
  },
  force_majeure_refund: {
    type: 'force_majeure_refund',
    invoiceTotal: 79_000,
    paid: 79_000,
    deliveredValue: 20_000,
    permanent: true,
  },
  elearning_access: { type: 'elearning_access', openedOn: '2026-02-02', asOf: '2026-05-01' },
  certificate_release: {
    type: 'certificate_release',
    kind: 'exam',
    conditions: { examPassed: true, idChecked: true, invoicePaid: true },
    resultOn: '2026-05-12',
  },
  group_discount: { type: 'group_discount', participants: 8, sameCompany: true, pricePerParticipant: 39_500 },
  payment_due: { type: 'payment_due', invoiceDate: '2026-05-04', startDate: '2026-06-15' },
  late_interest: {
    type: 'late_interest',
    principalCents: 121_000,
    dueDate: '2026-03-31',
    // Within the statutory rate table's valid-until (src/money/statutory-interest.ts).
    paidOn: '2026-06-15',
  },
  collection_costs: { type: 'collection_costs', principalCents: 121_000, asOf: '2026-07-15' },
  payment_allocation: {
    type: 'payment_allocation',
    paymentCents: 100_000,
    paidOn: '2026-07-15',
    debts: [
      {
        id: 'F2026-0012',
        principalCents: 60_500,
        interestCents: 1_200,
        costsCents: 4_000,
        dueOn: '2026-03-31',
      },
      { id: 'F2026-0040', principalCents: 90_750, dueOn: '2026-05-31' },
    ],
  },
  credit_restriction_surcharge: {
    type: 'credit_restriction_surcharge',
    invoiceDate: '2026-05-04',
    amountCents: 121_000,
  },
  invoice_dispute_deadline: {
    type: 'invoice_dispute_deadline',
    invoiceDate: '2026-05-04',
    disputedOn: '2026-05-20',
  },
  complaint_deadline: {
    type: 'complaint_deadline',
    subject: 'course',
    completedOn: '2026-05-12',
    circumstanceOn: '2026-05-12',
    discoveredOn: '2026-05-13',
    complaintOn: '2026-05-26',
  },
  quote_expiry: { type: 'quote_expiry', issuedOn: '2026-05-04', acceptedOn: '2026-05-25' },
  contract_notice: {
    type: 'contract_notice',
    startDate: '2025-09-01',
    termMonths: 12,
    asOf: '2026-05-04',
  },
  price_change: {
    type: 'price_change',
    agreementDate: '2026-01-15',
    effectiveOn: '2026-07-01',
    noticeOn: '2026-05-04',
    increaseBp: 500,
  },
  terms_change: { type: 'terms_change', noticeOn: '2026-05-04', effectiveOn: '2026-07-01' },
  force_majeure_termination: {
    type: 'force_majeure_termination',
    startedOn: '2026-03-02',
    terminationOn: '2026-05-15',
    party: 'customer',
  },
};

/** The decision, with the terms version that gave it. */
interface Answer {
  terms: { provider: string; version: string; builtIn: boolean };
  question: string;
  outcome: string;
  clauses: { document: string; article: string }[];
  readings: string[];
  explanation: { nl: string; en: string };
}

describe('klasse terms (built-in terms, no database needed)', () => {
  const cases = BUILT_IN_PROVIDERS.flatMap((provider) => QUESTION_TYPES.map((type) => ({ provider, type })));

  it('has an example question for every question type the engine lists', () => {
    assert.ok(QUESTION_TYPES.length > 0);
    for (const type of QUESTION_TYPES) assert.ok(QUESTIONS[type], `no example question for ${type}`);
  });

  it('answers every question type for every built-in provider: exit 0, a decision citing its clauses', async () => {
    const failures: string[] = [];
    // One real process per provider, the rest through the dispatcher in this process.
    const spawned = new Set(BUILT_IN_PROVIDERS.map((provider, i) => `${provider} ${QUESTION_TYPES[i]}`));
    await pooled(cases, 2, async ({ provider, type }) => {
      const body = JSON.stringify({ terms: provider, question: QUESTIONS[type] });
      const run = spawned.has(`${provider} ${type}`)
        ? await klasse(['terms', 'evaluate'], body)
        : await klasseInProcess(['terms', 'evaluate'], body);
      const what = `${provider} ${type}`;
      if (run.code !== 0) {
        failures.push(`${what}: exit ${run.code}: ${run.stderr.trim()}`);
        return;
      }
      const answer = JSON.parse(run.stdout) as Answer;
      if (answer.terms.provider !== provider) failures.push(`${what}: answered by ${answer.terms.provider}`);
      if (answer.question !== type) failures.push(`${what}: decided ${answer.question}`);
      if (answer.explanation.nl === '' || answer.explanation.en === '')
        failures.push(`${what}: no explanation`);
      // A decision cites the clauses it applied (DESIGN: conventions). Where the terms have no
      // clause on the question, it says so: "not_covered" (src/terms/model.ts), or it names the
      // reading (docs/terms-readings.md) that decides what their silence means.
      if (answer.clauses.length === 0 && answer.outcome !== 'not_covered' && answer.readings.length === 0) {
        failures.push(`${what}: ${answer.outcome} cites no clause and no reading`);
      }
    });
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('prints the field errors of a bad question and exits 1', async () => {
    const run = await klasse(
      ['terms', 'evaluate'],
      JSON.stringify({ terms: 'vapro', question: { type: 'cancellation', parts: [{ kind: 'classroom' }] } }),
    );
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /question\.requestedAt/);
    assert.match(run.stderr, /question\.parts\.0\.price/);
  });

  it('refuses input that is not JSON, and an empty standard input', async () => {
    const notJson = await klasse(['terms', 'evaluate'], '{"terms": "vapro",');
    assert.equal(notJson.code, 1, notJson.stderr);
    assert.match(notJson.stderr, /not JSON/);
    const empty = await klasse(['terms', 'evaluate'], '');
    assert.equal(empty.code, 2, empty.stderr);
    assert.match(empty.stderr, /standard input/);
  });

  it('lints the built-in terms clean: exit 0, every provider named', async () => {
    const run = await klasse(['terms', 'lint'], '');
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    for (const provider of BUILT_IN_PROVIDERS) assert.match(run.stdout, new RegExp(`^${provider} `, 'm'));
    assert.doesNotMatch(run.stdout, /^\s+error /m);

    const one = await klasse(['terms', 'lint', 'vapro', '--json'], '');
    assert.equal(one.code, 0, one.stderr);
    const results = JSON.parse(one.stdout) as { provider: string; errors: number }[];
    assert.deepEqual(
      results.map((r) => [r.provider, r.errors]),
      [['vapro', 0]],
    );
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`klasse terms with a provider's own terms (${kind})`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    const key = 'demo-cli-voorwaarden';

    before(async () => {
      // The command runs in its own process, so the database must be one it can open: a data
      // directory for the embedded database, a database of its own on PostgreSQL.
      let dataDir: string | undefined;
      const database =
        kind === 'embedded'
          ? await (async () => {
              dataDir = await mkdtemp(path.join(tmpdir(), 'klasse-terms-cli-'));
              const handle = await openDatabase({ dataDir });
              await migrate(handle.db);
              return { ...handle, url: undefined };
            })()
          : await openTestDatabase('postgres');
      const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_JOBS: 'false' });
      const running = await createAppContext(config, database, {
        clock: fixedClock('2026-03-02T09:00:00Z'),
        logger: createLogger({ level: 'silent', pretty: false }),
        runJobs: false,
        jobModules: [],
      });
      await seedDemoIfEmpty(running.ctx);
      const planner = (await identity.listUsers(running.ctx, adminActor(), { role: 'planner' })).find((u) =>
        u.email.endsWith(DEMO_EMAIL_DOMAIN),
      );
      assert.ok(planner);
      await copyTerms(running.ctx, identity.actorOf({ ...planner }), 'sparse', {
        key,
        effectiveFrom: '2026-04-01',
      });
      await running.close();
      if (kind === 'embedded') {
        await database.close();
        env = { KLASSE_DATA_DIR: dataDir ?? '' };
        cleanup = () => rm(dataDir ?? '', { recursive: true, force: true });
      } else {
        env = { DATABASE_URL: database.url ?? '' };
        cleanup = () => database.close();
      }
    });
    after(async () => {
      await cleanup?.();
    });

    it("answers from a provider's own terms read from the database", async () => {
      const run = await klasse(
        ['terms', 'evaluate'],
        JSON.stringify({ terms: key, question: QUESTIONS.cancellation }),
        env,
      );
      assert.equal(run.code, 0, run.stderr);
      const answer = JSON.parse(run.stdout) as Answer;
      assert.deepEqual(answer.terms, {
        provider: key,
        version: '2026-04-01',
        effectiveFrom: '2026-04-01',
        builtIn: false,
      });
      assert.ok(answer.clauses.some((c) => c.document === 'sparse-algemene-voorwaarden'));
    });

    it('lists the built-in terms and the copy, and lints the copy', async () => {
      const list = await klasse(['terms', 'list', '--json'], '', env);
      assert.equal(list.code, 0, list.stderr);
      const items = JSON.parse(list.stdout) as { provider: string; builtIn: boolean }[];
      assert.deepEqual(items.map((i) => i.provider).sort(), [...BUILT_IN_PROVIDERS, key].sort());
      const lint = await klasse(['terms', 'lint', key], '', env);
      assert.equal(lint.code, 0, lint.stdout);
      assert.match(lint.stdout, new RegExp(`^${key} 2026-04-01`, 'm'));
      const unknown = await klasse(['terms', 'lint', 'no-such-terms'], '', env);
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /no-such-terms/);
    });
  });
}

/** The platform admin as an actor, to find the demo planner without logging in. */
function adminActor() {
  return {
    userId: '00000000-0000-0000-0000-000000000000',
    role: 'platform_admin' as const,
    name: 'Operator',
    email: 'operator@klasse.local',
    locale: 'nl' as const,
    providerId: null,
    customerId: null,
  };
}
