import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Tx } from '../db/database.ts';
import type {
  BatchJobHandler,
  EnqueueOptions,
  JobHandler,
  JobInfo,
  JobPayload,
  JobQueue,
  JobQueueOptions,
} from './model.ts';
import { createRecovery, type RecoveryMode } from './recovery.ts';
import { poolExecutor, transactionExecutor } from './sql-executor.ts';

export interface JobQueueSettings {
  /** The application's pool (DatabaseHandle.pool): pg-boss runs every query through it. */
  pool: pg.Pool;
  logger: Logger;
  /** Run workers in this process (config.runJobs); false: this process only enqueues. */
  runJobs: boolean;
  /** How long an idle worker waits before looking for new jobs again; default 2, at least 0.5. */
  pollingIntervalSeconds?: number;
  /** How often pg-boss expires, archives and deletes old jobs; default 120. */
  maintenanceIntervalSeconds?: number;
  /**
   * How jobs left active by a process that died are found and run again at once (recovery.ts):
   * 'exclusive' on the embedded database, 'advisory-lock' on PostgreSQL; default 'none' (only the
   * job's expiry gives it back).
   */
  recovery?: RecoveryMode;
  /** How often a process looks for jobs of dead processes ('advisory-lock'); default 10. */
  recoveryIntervalSeconds?: number;
}

type Registration =
  | { kind: 'single'; handler: JobHandler; options: JobQueueOptions }
  | { kind: 'batch'; handler: BatchJobHandler; options: JobQueueOptions; batchSize: number };

type FetchedJob = PgBoss.JobWithMetadata<JobPayload>;

const jobInfo = (name: string, job: FetchedJob): JobInfo => ({
  id: job.id,
  name,
  attempt: job.retryCount + 1,
  maxAttempts: job.retryLimit + 1,
});

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Processes that start together create the same queues at once, and pg-boss's create_queue can then
 * deadlock (PostgreSQL aborts one of them with 40P01, seen in test/jobs-two-processes.test.ts). Both
 * statements are idempotent, so the aborted one is simply run again.
 */
async function retryOnDeadlock(work: () => Promise<void>, tries = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const deadlock =
        typeof error === 'object' && error !== null && 'code' in error && error.code === '40P01';
      if (!deadlock || attempt >= tries) throw error;
      await sleep(50 * attempt + Math.floor(Math.random() * 50));
    }
  }
}

/** pg-boss names a job's queue; these are the names it accepts and we keep readable. */
const JOB_NAME = /^[a-z][a-z0-9]*([._-][a-z0-9]+)*$/;

/**
 * The background queue on pg-boss 10.
 *
 * Outbox: enqueue() calls pg-boss `send` with the caller's transaction as its connection, so the job
 * row is part of the domain change and becomes visible to workers only when that commits (and never
 * if it rolls back). We chose this over an outbox table with a relay: it is one insert, needs no relay
 * process, no second copy of the payload and no polling of our own (docs/decisions/0002).
 *
 * Workers: one loop per job name fetches with pg-boss's `SELECT ... FOR UPDATE SKIP LOCKED`, so any
 * number of processes share a queue and each job is taken by one of them. The loop awaits the
 * handler and then marks the job completed or failed before it fetches again: stop() can therefore
 * wait for every running job, and no query is left running on a pool that is about to close. A batch
 * job's loop takes up to batchSize jobs in one fetch, runs them in one handler call, and completes the
 * ones that succeeded in one statement (mail delivery: issue 12, item 14).
 */
export function createJobQueue(settings: JobQueueSettings): JobQueue {
  const { logger, runJobs } = settings;
  const pollingMs = Math.max(0.5, settings.pollingIntervalSeconds ?? 2) * 1000;
  const executor = poolExecutor(settings.pool);
  const boss = new PgBoss({
    db: executor,
    migrate: true,
    // Expiring, archiving and deleting jobs is done by processes that run jobs; pg-boss takes a lock
    // so only one of them does it at a time.
    supervise: runJobs,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 120,
    schedule: false,
  });
  boss.on('error', (error: unknown) => logger.error({ err: error }, 'job queue error'));

  const recovery = createRecovery(settings.recovery ?? 'none', settings.pool, logger);
  const recoveryMs = Math.max(1, settings.recoveryIntervalSeconds ?? 10) * 1000;
  const registrations = new Map<string, Registration>();
  const stopping = new AbortController();
  const loops: Promise<void>[] = [];
  let state: 'new' | 'starting' | 'started' | 'stopped' = 'new';
  /** The queues exist in the database: set once start() has created them. */
  let queuesReady = false;

  async function failJob(name: string, info: JobInfo, error: unknown) {
    logger.warn(
      { err: error, job: info },
      `job ${name} failed (attempt ${info.attempt} of ${info.maxAttempts})`,
    );
    await boss.fail(name, info.id, { message: errorMessage(error) }).catch((failError: unknown) => {
      // The job stays active until it expires, and is then retried.
      logger.error({ err: failError, job: info }, 'could not record a failed job');
    });
  }

  async function release(jobId: string) {
    await recovery.release(jobId).catch((error: unknown) => {
      // A claim left behind names a job that is no longer active: recovery never looks at it.
      logger.warn({ err: error, job: { id: jobId } }, 'could not release a job claim');
    });
  }

  /** Looks for jobs of dead processes every recoveryMs while this process runs jobs (start() looked first). */
  async function recoverLoop() {
    if (settings.recovery !== 'advisory-lock') return;
    const names = [...registrations.keys()];
    for (;;) {
      await sleep(recoveryMs, undefined, { signal: stopping.signal }).catch(() => {
        // Aborted by stop(): the check below ends the loop.
      });
      if (stopping.signal.aborted) return;
      await recovery.recover(names).catch((error: unknown) => {
        logger.error({ err: error }, 'could not look for jobs of stopped processes');
      });
    }
  }

  async function completeJobs(name: string, ids: string[]) {
    if (ids.length === 0) return;
    await boss.complete(name, ids).catch((completeError: unknown) => {
      logger.error(
        { err: completeError, job: { name, ids } },
        'could not mark jobs completed; they will run again',
      );
    });
  }

  async function runOne(name: string, handler: JobHandler, job: FetchedJob) {
    const info = jobInfo(name, job);
    try {
      await recovery.claim(job.id);
      await handler(job.data, info);
    } catch (error) {
      await failJob(name, info, error);
      await release(job.id);
      return;
    }
    await completeJobs(name, [job.id]);
    await release(job.id);
  }

  async function runBatch(name: string, handler: BatchJobHandler, jobs: FetchedJob[]) {
    const batch = jobs.map((job) => ({ payload: job.data, job: jobInfo(name, job) }));
    let failures: Map<string, Error>;
    try {
      for (const job of jobs) await recovery.claim(job.id);
      failures = await handler(batch);
    } catch (error) {
      failures = new Map(
        batch.map(({ job }) => [job.id, error instanceof Error ? error : new Error(String(error))]),
      );
    }
    await completeJobs(
      name,
      jobs.filter((job) => !failures.has(job.id)).map((job) => job.id),
    );
    for (const { job } of batch) {
      const failure = failures.get(job.id);
      if (failure) await failJob(name, job, failure);
      await release(job.id);
    }
  }

  async function work(name: string, registration: Registration) {
    const batchSize = registration.kind === 'batch' ? registration.batchSize : 1;
    while (!stopping.signal.aborted) {
      const jobs = await boss.fetch<JobPayload>(name, { batchSize, includeMetadata: true });
      if (registration.kind === 'batch') {
        if (jobs.length > 0) await runBatch(name, registration.handler, jobs);
      } else {
        for (const job of jobs) await runOne(name, registration.handler, job);
      }
      if (jobs.length > 0) continue;
      await sleep(pollingMs, undefined, { signal: stopping.signal }).catch(() => {
        // Aborted by stop(): the loop condition ends the worker.
      });
    }
  }

  function declare(name: string, registration: Registration) {
    if (!JOB_NAME.test(name)) {
      throw new Error(`job name "${name}" must be lower-case words joined by '.', '_' or '-'`);
    }
    if (state !== 'new') throw new Error(`job "${name}" must be registered before the job queue starts`);
    if (registrations.has(name)) throw new Error(`job "${name}" is already registered`);
    registrations.set(name, registration);
  }

  return {
    register(name, handler, options = {}) {
      declare(name, { kind: 'single', handler, options });
    },

    registerBatch(name, handler, { batchSize, ...options }) {
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`job "${name}": batchSize must be 1 or more`);
      declare(name, { kind: 'batch', handler, options, batchSize });
    },

    async enqueue(tx: Tx, name: string, payload: JobPayload, options: EnqueueOptions = {}) {
      if (!registrations.has(name)) throw new Error(`job "${name}" is not registered`);
      // After stop() a process may still finish requests that enqueue: the queue lives in the database.
      if (!queuesReady) throw new Error(`cannot enqueue "${name}": the job queue is not started`);
      const id = await boss.send(name, payload, {
        db: transactionExecutor(tx),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      });
      if (id === null && !options.singletonKey) throw new Error(`job "${name}" was not stored`);
      return id;
    },

    async enqueueMany(tx: Tx, name: string, payloads: JobPayload[]) {
      if (!registrations.has(name)) throw new Error(`job "${name}" is not registered`);
      if (!queuesReady) throw new Error(`cannot enqueue "${name}": the job queue is not started`);
      if (payloads.length === 0) return;
      await boss.insert(
        payloads.map((data) => ({ name, data })),
        { db: transactionExecutor(tx) },
      );
    },

    async start() {
      if (state !== 'new') return;
      state = 'starting';
      await boss.start();
      for (const [name, { options }] of registrations) {
        const queue = {
          ...(options.policy ? { policy: options.policy } : {}),
          ...(options.retryLimit !== undefined ? { retryLimit: options.retryLimit } : {}),
          ...(options.retryDelaySeconds !== undefined ? { retryDelay: options.retryDelaySeconds } : {}),
          ...(options.retryBackoff !== undefined ? { retryBackoff: options.retryBackoff } : {}),
          ...(options.expireInSeconds !== undefined ? { expireInSeconds: options.expireInSeconds } : {}),
        };
        await retryOnDeadlock(async () => {
          await boss.createQueue(name, { name, ...queue });
          // createQueue leaves an existing queue as it was: apply the retry policy of this release.
          await boss.updateQueue(name, { name, ...queue });
        });
      }
      state = 'started';
      queuesReady = true;
      if (!runJobs) return;
      await recovery.start();
      // Before the workers fetch: a job a killed process left active runs again right away.
      await recovery.recover([...registrations.keys()]);
      loops.push(recoverLoop());
      for (const [name, registration] of registrations) {
        loops.push(
          work(name, registration).catch((error: unknown) => {
            logger.error({ err: error, job: { name } }, 'job worker stopped');
          }),
        );
      }
      logger.info({ jobs: [...registrations.keys()] }, 'job workers started');
    },

    async stop() {
      if (state === 'new' || state === 'stopped') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      stopping.abort();
      await Promise.all(loops);
      await recovery.stop();
      await boss.stop({ graceful: true, wait: true, close: false });
      await executor.settled();
    },
  };
}
