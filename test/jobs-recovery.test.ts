/**
 * Issue 12, item 13: "A crash during the import-confirmation job leaves it active until pg-boss's
 * 15-minute default: ... resume at once on restart." A worker process is killed (SIGKILL) in the
 * middle of a job whose expiry is 15 minutes and whose retry delay is 10; a process started after
 * it runs the job again within seconds. Separate processes need a server database; the embedded
 * one is covered by its 'exclusive' mode (every active job at start is a dead process's).
 */
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

interface Worker {
  child: ChildProcess;
  events: { event: string; job?: string }[];
}

function startWorker(url: string, name: string): Worker {
  const child = spawn(process.execPath, [WORKER, url, name], { stdio: ['ignore', 'pipe', 'inherit'] });
  const worker: Worker = { child, events: [] };
  createInterface({ input: child.stdout! }).on('line', (line) => worker.events.push(JSON.parse(line)));
  return worker;
}

async function ready(worker: Worker, event: string): Promise<void> {
  await waitFor(`worker to print ${event}`, async () =>
    worker.events.some((e) => e.event === event) ? true : undefined,
  );
}

for (const kind of testDatabaseKinds().filter((k) => k === 'postgres')) {
  describe(`a job whose process died runs again at once (${kind})`, () => {
    let database: TestDatabase;
    let enqueuer: JobQueue;
    const workers: Worker[] = [];

    before(async () => {
      database = await openTestDatabase(kind);
      await sql`
        create table job_runs (job_id uuid primary key, process text not null, ran_at timestamptz not null default now())
      `.execute(database.db);
      enqueuer = createJobQueue({ pool: database.pool, logger: pino({ level: 'silent' }), runJobs: false });
      enqueuer.register('test.crash-once', async () => {
        throw new Error('runs only in the worker processes');
      });
      await enqueuer.start();
    });
    after(async () => {
      for (const { child } of workers) if (child.exitCode === null) child.kill('SIGKILL');
      await enqueuer?.stop();
      await database?.close();
    });

    it('gives the job of a killed process back and a restarted process finishes it within seconds, not 15 minutes', async () => {
      const first = startWorker(database.url!, 'first');
      workers.push(first);
      await ready(first, 'ready');
      const id = await database.db.transaction().execute((tx) => enqueuer.enqueue(tx, 'test.crash-once', {}));
      await ready(first, 'hanging');
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
      const { rows: active } = await sql<{ state: string }>`
        select state::text from pgboss.job where id = ${id}
      `.execute(database.db);
      assert.equal(active[0]?.state, 'active', 'the killed process left the job active');

      const killedAt = Date.now();
      const second = startWorker(database.url!, 'second');
      workers.push(second);
      await waitFor(
        'the job to complete in the restarted process',
        async () => {
          const { rows } = await sql<{ state: string }>`
            select state::text from pgboss.job where id = ${id}
          `.execute(database.db);
          return rows[0]?.state === 'completed' ? true : undefined;
        },
        15_000,
      );
      const seconds = (Date.now() - killedAt) / 1000;
      assert.ok(seconds < 15, `completed ${seconds.toFixed(1)} s after the restart`);
      const { rows: runs } = await sql<{
        process: string;
      }>`select process from job_runs order by ran_at`.execute(database.db);
      assert.deepEqual(
        runs.map((r) => r.process),
        ['first:attempt-1', 'second:attempt-2'],
      );
    });

    it('never takes the job of a live process: a hanging job of a running worker stays with it', async () => {
      const third = startWorker(database.url!, 'third');
      workers.push(third);
      await ready(third, 'ready');
      const id = await database.db.transaction().execute((tx) => enqueuer.enqueue(tx, 'test.crash-once', {}));
      await waitFor('a worker to take the job', async () => {
        const { rows } = await sql<{
          state: string;
        }>`select state::text from pgboss.job where id = ${id}`.execute(database.db);
        return rows[0]?.state === 'active' ? true : undefined;
      });
      // Both live workers look for orphans every second; three rounds later the job is still theirs.
      await new Promise((resolve) => setTimeout(resolve, 3_500));
      const { rows } = await sql<{ state: string; retry_count: number }>`
        select state::text, retry_count from pgboss.job where id = ${id}
      `.execute(database.db);
      assert.deepEqual(rows[0], { state: 'active', retry_count: 0 });
    });
  });
}
