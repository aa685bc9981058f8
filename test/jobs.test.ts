import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { pino } from 'pino';
import type { Executor } from '../src/platform/db/database.ts';
import type { JobInfo, JobPayload, JobQueue } from '../src/platform/jobs/model.ts';
import { createJobQueue } from '../src/platform/jobs/queue.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';
import { waitFor } from './support/wait.ts';

const logger = pino({ level: 'silent' });

interface Run {
  job_id: string;
  marker: string;
  attempt: number;
  process: string;
}

async function runsOf(db: Executor, marker: string): Promise<Run[]> {
  const { rows } = await sql<Run>`
    select job_id, marker, attempt, process from job_runs where marker = ${marker} order by attempt
  `.execute(db);
  return rows;
}

async function jobRowsOf(db: Executor, marker: string): Promise<{ state: string }[]> {
  const { rows } = await sql<{ state: string }>`
    select state::text as state from pgboss.job where data->>'marker' = ${marker}
  `.execute(db);
  return rows;
}

async function waitForRuns(db: Executor, marker: string, count: number): Promise<Run[]> {
  return waitFor(`${count} run(s) of ${marker}`, async () => {
    const runs = await runsOf(db, marker);
    return runs.length >= count ? runs : undefined;
  });
}

for (const kind of testDatabaseKinds()) {
  describe(`job queue (${kind})`, () => {
    let database: TestDatabase;
    let worker: JobQueue;
    let webOnly: JobQueue;
    /** Markers whose handler throws on the attempts listed. */
    const failOn = new Map<string, number[]>();

    /** A handler that records each attempt in the same table a domain change would write to. */
    const recorder = (processName: string) => async (payload: JobPayload, job: JobInfo) => {
      const marker = String(payload.marker);
      await sql`
        insert into job_runs (job_id, marker, attempt, process)
        values (${job.id}, ${marker}, ${job.attempt}, ${processName})
      `.execute(database.db);
      if (failOn.get(marker)?.includes(job.attempt))
        throw new Error(`attempt ${job.attempt} fails on purpose`);
      if (payload.sleepMs && !(payload.firstAttemptOnly && job.attempt > 1))
        await sleep(Number(payload.sleepMs));
    };

    before(async () => {
      database = await openTestDatabase(kind);
      await sql`create table orders (id serial primary key, note text not null)`.execute(database.db);
      await sql`
        create table job_runs (
          job_id text not null, marker text not null, attempt int not null, process text not null,
          primary key (job_id, attempt)
        )
      `.execute(database.db);
      // Maintenance every second, so a job that outlives its expiry is failed and retried quickly.
      worker = createJobQueue({
        pool: database.pool,
        logger,
        runJobs: true,
        pollingIntervalSeconds: 0.5,
        maintenanceIntervalSeconds: 1,
      });
      worker.register('test.record', recorder('worker'), { retryLimit: 2, retryDelaySeconds: 0 });
      worker.register('test.remind', recorder('worker'), { policy: 'short' });
      worker.register('test.hang', recorder('worker'), {
        retryLimit: 1,
        retryDelaySeconds: 0,
        expireInSeconds: 1,
      });
      worker.register('test.chain', async (payload) => {
        // A job that makes a domain change and enqueues the next job in one transaction, as a use
        // case run by a job does; on the embedded database this holds its single connection.
        await database.db.transaction().execute(async (tx) => {
          await sql`insert into orders (note) values (${String(payload.marker)})`.execute(tx);
          await worker.enqueue(tx, 'test.record', { marker: payload.marker });
        });
      });
      await worker.start();
      // A web-only process: the same jobs registered, but it only enqueues.
      webOnly = createJobQueue({ pool: database.pool, logger, runJobs: false, pollingIntervalSeconds: 0.5 });
      webOnly.register('test.record', recorder('web-only'), { retryLimit: 2, retryDelaySeconds: 0 });
      await webOnly.start();
    });
    after(async () => {
      await webOnly?.stop();
      await worker?.stop();
      await database?.close();
    });

    it('runs a job once, after the transaction that enqueued it commits', async () => {
      const marker = 'committed';
      await database.db.transaction().execute(async (tx) => {
        await sql`insert into orders (note) values (${marker})`.execute(tx);
        await worker.enqueue(tx, 'test.record', { marker });
        // Held open past several polls: the job must not run while its transaction is uncommitted.
        await sleep(1200);
        assert.deepEqual(await runsOf(tx, marker), []);
      });
      const runs = await waitForRuns(database.db, marker, 1);
      await sleep(1500);
      assert.deepEqual(await runsOf(database.db, marker), runs);
      assert.equal(runs.length, 1);
      assert.equal(runs[0]?.attempt, 1);
      await waitFor('the job to be marked completed', async () => {
        const rows = await jobRowsOf(database.db, marker);
        return rows.length === 1 && rows[0]?.state === 'completed' ? true : undefined;
      });
    });

    it('never runs a job whose transaction rolls back, nor keeps it', async () => {
      const marker = 'rolled-back';
      await assert.rejects(
        database.db.transaction().execute(async (tx) => {
          await sql`insert into orders (note) values (${marker})`.execute(tx);
          await worker.enqueue(tx, 'test.record', { marker });
          throw new Error('the domain change fails after enqueueing');
        }),
        /domain change fails/,
      );
      await sleep(2000);
      assert.deepEqual(await runsOf(database.db, marker), []);
      assert.deepEqual(await jobRowsOf(database.db, marker), []);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from orders where note = ${marker}`.execute(database.db);
      assert.equal(rows[0]?.n, 0);
    });

    it('retries a failed job until it succeeds, and fails it for good after the retry limit', async () => {
      failOn.set('flaky', [1, 2]);
      failOn.set('hopeless', [1, 2, 3]);
      await database.db.transaction().execute(async (tx) => {
        await worker.enqueue(tx, 'test.record', { marker: 'flaky' });
        await worker.enqueue(tx, 'test.record', { marker: 'hopeless' });
      });
      const flaky = await waitForRuns(database.db, 'flaky', 3);
      assert.deepEqual(
        flaky.map((r) => r.attempt),
        [1, 2, 3],
      );
      assert.equal(new Set(flaky.map((r) => r.job_id)).size, 1);
      await waitFor('the flaky job to complete', async () =>
        (await jobRowsOf(database.db, 'flaky'))[0]?.state === 'completed' ? true : undefined,
      );
      await waitFor('the hopeless job to fail for good', async () =>
        (await jobRowsOf(database.db, 'hopeless'))[0]?.state === 'failed' ? true : undefined,
      );
      await sleep(1000);
      assert.deepEqual(
        (await runsOf(database.db, 'hopeless')).map((r) => r.attempt),
        [1, 2, 3],
      );
    });

    it('fails a job that runs past its expiry (as when its process hangs or dies) and runs it again', async () => {
      const marker = 'hung';
      await database.db.transaction().execute(async (tx) => {
        await worker.enqueue(tx, 'test.hang', { marker, sleepMs: 3000, firstAttemptOnly: true });
      });
      await waitForRuns(database.db, marker, 2);
      await waitFor('the retried job to complete', async () =>
        (await jobRowsOf(database.db, marker))[0]?.state === 'completed' ? true : undefined,
      );
      assert.deepEqual(
        (await runsOf(database.db, marker)).map((r) => r.attempt),
        [1, 2],
      );
    });

    it('holds a job until its startAfter, and keeps one waiting job per key on a short queue', async () => {
      const startAfter = new Date(Date.now() + 2500);
      const enqueue = (marker: string) =>
        database.db
          .transaction()
          .execute((tx) =>
            worker.enqueue(tx, 'test.remind', { marker }, { startAfter, singletonKey: 'session-42' }),
          );
      const first = await enqueue('reminder');
      assert.ok(first);
      assert.equal(await enqueue('reminder-again'), null);
      await sleep(1200);
      assert.deepEqual(await runsOf(database.db, 'reminder'), []);
      const runs = await waitForRuns(database.db, 'reminder', 1);
      assert.equal(runs[0]?.job_id, first);
      assert.deepEqual(await jobRowsOf(database.db, 'reminder-again'), []);
    });

    it('runs jobs enqueued by a process that does not run jobs, in a process that does', async () => {
      const marker = 'from-web';
      await database.db.transaction().execute(async (tx) => {
        await webOnly.enqueue(tx, 'test.record', { marker });
      });
      const runs = await waitForRuns(database.db, marker, 1);
      assert.equal(runs[0]?.process, 'worker');
    });

    it('lets a job open a transaction and enqueue the next job without blocking the queue', async () => {
      await database.db.transaction().execute(async (tx) => {
        await worker.enqueue(tx, 'test.chain', { marker: 'chained' });
      });
      const runs = await waitForRuns(database.db, 'chained', 1);
      assert.equal(runs.length, 1);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from orders where note = 'chained'`.execute(database.db);
      assert.equal(rows[0]?.n, 1);
    });

    it('refuses to enqueue a job nobody registered, and the transaction does not commit', async () => {
      await assert.rejects(
        database.db.transaction().execute(async (tx) => {
          await sql`insert into orders (note) values ('unregistered')`.execute(tx);
          await worker.enqueue(tx, 'test.nobody', {});
        }),
        /job "test.nobody" is not registered/,
      );
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from orders where note = 'unregistered'`.execute(database.db);
      assert.equal(rows[0]?.n, 0);
      assert.throws(() => worker.register('test.late', async () => {}), /before the job queue starts/);
      const unstarted = createJobQueue({ pool: database.pool, logger, runJobs: true });
      unstarted.register('test.record', async () => {});
      await assert.rejects(
        database.db
          .transaction()
          .execute((tx) => unstarted.enqueue(tx, 'test.record', { marker: 'unstarted' })),
        /the job queue is not started/,
      );
      assert.throws(() => worker.register('Bad Name!', async () => {}), /lower-case words/);
    });

    // Last: it stops the worker.
    it('on stop, takes no new jobs and waits for the running one to finish', async () => {
      const marker = 'slow';
      await database.db.transaction().execute(async (tx) => {
        await worker.enqueue(tx, 'test.record', { marker, sleepMs: 1500 });
      });
      await waitForRuns(database.db, marker, 1);
      await worker.stop();
      assert.equal((await jobRowsOf(database.db, marker))[0]?.state, 'completed');

      await database.db.transaction().execute(async (tx) => {
        await worker.enqueue(tx, 'test.record', { marker: 'after-stop' });
      });
      await sleep(1500);
      assert.deepEqual(await runsOf(database.db, 'after-stop'), []);
      assert.equal((await jobRowsOf(database.db, 'after-stop'))[0]?.state, 'created');
    });
  });
}
