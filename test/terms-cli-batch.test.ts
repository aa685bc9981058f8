/**
 * `klasse terms evaluate` with a batch (issue 11): a JSON array or JSON Lines answered in one
 * process, one line per question, a refused question reported on its own line without stopping the
 * batch; a day before the first terms version named as such; `klasse terms list` without a database.
 * Runs the CLI's own dispatcher in this process (no database: openContext fails if called).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../src/cli/dispatch.ts';
import { loadConfig } from '../src/platform/config.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function klasse(args: string[], input = ''): Promise<Run> {
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
    openContext: () => Promise.reject(new Error('no database in this test')),
  });
  return { code, stdout, stderr };
}

interface Line {
  index: number;
  answer?: { question: string; outcome: string; terms: { provider: string; version: string } };
  problem?: { type: string; status: number; detail: string; errors?: { path: string; message: string }[] };
}

const lines = (run: Run): Line[] =>
  run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);

const cancellation = (terms: string, requestedAt: string, start: string) => ({
  terms,
  question: { type: 'cancellation', requestedAt, parts: [{ kind: 'classroom', price: 39_500, start }] },
});

describe('klasse terms evaluate, batch mode', () => {
  it('answers a JSON array in order, one JSON line each; a bad question is a problem line, the rest answered', async () => {
    const batch = [
      cancellation('vapro', '2026-05-04T10:00:00+02:00', '2026-05-12T09:00:00+02:00'),
      { terms: 'vapro', question: { type: 'cancellation', parts: [] } },
      cancellation('plusport-courses', '2026-05-04T10:00', '2026-05-12T09:00'),
    ];
    const run = await klasse(['terms', 'evaluate'], JSON.stringify(batch));
    assert.equal(run.code, 1, 'a refused question makes the exit code 1');
    const out = lines(run);
    assert.deepEqual(
      out.map((l) => l.index),
      [0, 1, 2],
    );
    assert.equal(out[0]?.answer?.terms.provider, 'vapro');
    assert.equal(out[1]?.problem?.status, 400);
    assert.ok(out[1]?.problem?.errors?.some((e) => e.path === 'question.requestedAt'));
    assert.equal(out[2]?.answer?.question, 'cancellation');
    assert.match(run.stderr, /2 answered, 1 refused/);
  });

  it('answers JSON Lines; a line that is not JSON is refused on its own line', async () => {
    const input = [
      JSON.stringify({ terms: 'ingenium', question: { type: 'quote_expiry', issuedOn: '2026-05-04' } }),
      '{"terms": "vapro",',
      JSON.stringify({ terms: 'sparse', question: { type: 'payment_due', invoiceDate: '2026-03-27' } }),
    ].join('\n');
    const out = lines(await klasse(['terms', 'evaluate'], input));
    assert.equal(out.length, 3);
    assert.equal(out[0]?.answer?.question, 'quote_expiry');
    assert.equal(out[1]?.problem?.errors?.[0]?.path, 'body');
    assert.equal(out[2]?.answer?.terms.provider, 'sparse');
  });

  it('answers a batch of 1,000 mixed questions in under 2 s of CPU, all exit 0', async () => {
    const kinds = ['vapro', 'plusport-courses', 'sparse', 'ingenium', 'plusport-lsp'];
    const input = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify(
        i % 2 === 0
          ? cancellation(kinds[i % 5]!, `2026-05-0${1 + (i % 9)}T10:00`, '2026-05-12T09:00')
          : { terms: kinds[i % 5], question: { type: 'payment_due', invoiceDate: '2026-05-04' } },
      ),
    ).join('\n');
    const cpu = process.cpuUsage();
    const run = await klasse(['terms', 'evaluate'], input);
    const used = process.cpuUsage(cpu);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(lines(run).length, 1000);
    const seconds = (used.user + used.system) / 1e6;
    assert.ok(seconds < 2, `the batch took ${seconds.toFixed(2)} s of CPU`);
  });

  it('names the versions that exist when the day is before the first version', async () => {
    const run = await klasse(
      ['terms', 'evaluate'],
      JSON.stringify(cancellation('plusport-courses', '2025-03-04T10:00', '2025-03-12T09:00')),
    );
    assert.equal(run.code, 1);
    assert.match(run.stderr, /No terms in force on that day/);
    assert.match(run.stderr, /no version in force on 2025-03-04: the first takes effect on 2026-01-01/);
    assert.match(run.stderr, /Versions: 2026-01 \(in force from 2026-01-01\)/);
    assert.match(run.stderr, /question: no version of the terms 'plusport-courses'/);
    const withOn = lines(
      await klasse(
        ['terms', 'evaluate'],
        JSON.stringify([
          { terms: 'vapro', on: '2020-01-01', question: { type: 'quote_expiry', issuedOn: '2026-05-04' } },
        ]),
      ),
    );
    assert.equal(withOn[0]?.problem?.status, 404);
    assert.match(withOn[0]?.problem?.type ?? '', /terms-not-in-force$/);
    assert.equal(withOn[0]?.problem?.errors?.[0]?.path, 'on');
  });

  it('refuses statutory interest past the rate table, naming the last known half-year', async () => {
    const run = await klasse(
      ['terms', 'evaluate'],
      JSON.stringify({
        terms: 'sparse',
        question: {
          type: 'late_interest',
          principalCents: 100_000,
          dueDate: '2026-06-01',
          paidOn: '2026-08-01',
        },
      }),
    );
    assert.equal(run.code, 1);
    assert.match(run.stderr, /last known half-year: 2026-01-01 to 2026-06-30/);
  });
});

describe('klasse terms list', () => {
  it('lists the built-in terms without a database (--built-in)', async () => {
    const run = await klasse(['terms', 'list', '--built-in', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const items = JSON.parse(run.stdout) as { provider: string; builtIn: boolean }[];
    assert.deepEqual(items.map((i) => i.provider).sort(), [
      'ingenium',
      'plusport-courses',
      'plusport-lsp',
      'sparse',
      'vapro',
    ]);
    assert.equal(run.stderr, '');
  });

  it('lists the built-in terms, with a note, when the database cannot be opened', async () => {
    const run = await klasse(['terms', 'list']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^vapro .*\(built-in\)$/m);
    assert.match(run.stderr, /could not be opened \(no database in this test\); built-in terms only/);
  });
});
