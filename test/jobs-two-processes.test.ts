import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { pino } from 'pino';
import type { JobQueue } from '../src/platform/jobs/model.ts';
import { createJobQueue } from '../src/platform/jobs/queue.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';
import { waitFor } from './support/wait.ts';

const WORKER = path.join(import.meta.dirname, 'support', 'job-worker-process.ts');
const JOBS = 200;

interface Worker {
  child: ChildProcess;
  /** The JSON events the process printed, in order. */
  events: { event: string; invocations?: number }[];
}

function startWorker(url: string, name: string): Worker {
  const child = spawn(process.execPath, [WORKER, url, name], { stdio: ['ignore', 'pipe', 'inherit'] });
  const worker: Worker = { child, events: [] };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    worker.events.push(JSON.parse(line));
  });
  return worker;
}

// DESIGN (architecture): "run more identical processes against one PostgreSQL; jobs coordinate
// through the database, so any process may run any job, exactly once". Issue 2, done-when: "Two
// processes on one PostgreSQL share the queue: a job runs exactly once (tested)". Separate processes
// need a server database: the embedded one belongs to the process that started it.
for (const kind of testDatabaseKinds().filter((k) => k === 'postgres')) {
  describe(`two processes on one PostgreSQL (${kind})`, () => {
    let database: TestDatabase;
    let enqueuer: JobQueue;
    const workers: Worker[] = [];

    before(async () => {
      database = await openTestDatabase(kind);
      await sql`
        create table job_runs (job_id uuid primary key, process text not null, ran_at timestamptz not null default now())
      `.execute(database.db);
      // This process only enqueues, as a web-only instance does.
      enqueuer = createJobQueue({ pool: database.pool, logger: pino({ level: 'silent' }), runJobs: false });
      enqueuer.register('test.exactly-once', async () => {
        throw new Error('runs only in the worker processes');
      });
      await enqueuer.start();
      for (const name of ['one', 'two']) workers.push(startWorker(database.url!, name));
      await waitFor('both worker processes to be ready', async () =>
        workers.every((w) => w.events.some((e) => e.event === 'ready')) ? true : undefined,
      );
    });
    after(async () => {
      for (const { child } of workers) if (child.exitCode === null) child.kill('SIGKILL');
      await enqueuer?.stop();
      await database?.close();
    });

    it(`runs each of ${JOBS} jobs exactly once, shared between both processes`, async () => {
      // One transaction: all jobs become visible at the same moment, so both processes compete for them.
      const ids = await database.db.transaction().execute(async (tx) => {
        const sent: (string | null)[] = [];
        for (let i = 0; i < JOBS; i++)
          sent.push(await enqueuer.enqueue(tx, 'test.exactly-once', { i, workMs: 5 }));
        return sent;
      });
      assert.equal(new Set(ids).size, JOBS);

      await waitFor(
        `all ${JOBS} jobs to run`,
        async () => {
          const { rows } = await sql<{ n: number }>`select count(*)::int as n from job_runs`.execute(
            database.db,
          );
          return rows[0]?.n === JOBS ? true : undefined;
        },
        60_000,
      );
      await waitFor('every job to be marked completed', async () => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pgboss.job where name = 'test.exactly-once' and state = 'completed'
        `.execute(database.db);
        return rows[0]?.n === JOBS ? true : undefined;
      });

      for (const { child } of workers) child.kill('SIGTERM');
      await Promise.all(
        workers.map(({ child }) => (child.exitCode === null ? once(child, 'exit') : undefined)),
      );
      const invocations = workers.map((w) => w.events.find((e) => e.event === 'stopped')?.invocations);
      assert.deepEqual(
        workers.map((w) => w.child.exitCode),
        [0, 0],
      );

      const { rows } = await sql<{
        job_id: string;
        process: string;
      }>`select job_id, process from job_runs`.execute(database.db);
      assert.deepEqual(new Set(rows.map((r) => r.job_id)), new Set(ids));
      // Each handler call inserts one row with a unique job id: a job run twice would have failed its
      // second insert and still counted as an invocation.
      assert.equal(
        invocations.reduce((sum, n) => (sum ?? 0) + (n ?? 0), 0),
        JOBS,
      );
      const perProcess = { one: 0, two: 0 } as Record<string, number>;
      for (const r of rows) perProcess[r.process] = (perProcess[r.process] ?? 0) + 1;
      assert.ok(
        perProcess.one! > 0 && perProcess.two! > 0,
        `both processes ran jobs: ${JSON.stringify(perProcess)}`,
      );
      assert.deepEqual(invocations, [perProcess.one, perProcess.two]);
    });
  });
}
