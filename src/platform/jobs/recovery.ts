/**
 * Dead-worker recovery (issue 12, item 13): a process killed in the middle of a job leaves it
 * 'active', and pg-boss gives it back only when its expiry passes (15 minutes by default). Here a
 * restarted process, or any live one, gives such a job back at once.
 *
 * How a dead process is told from a live one:
 * - 'exclusive' (the embedded database): only this process reaches the database, so at start every
 *   active job was left by a process that is gone.
 * - 'advisory-lock' (PostgreSQL): each process holds an advisory lock on a connection of its own
 *   while it lives, and claims every job it takes under that lock's key (job_claims). PostgreSQL
 *   drops the lock the moment the process's connection dies, kill -9 included; a claim whose lock
 *   nobody holds is an orphan. Checked at start and then every few seconds.
 * - 'none': leave it to the jobs' expiry (tests of the queue itself).
 */
import { randomInt } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import * as store from './store.ts';

export type RecoveryMode = 'exclusive' | 'advisory-lock' | 'none';

/** A job taken but not yet claimed is this old before it counts as orphaned. */
const UNCLAIMED_GRACE_SECONDS = 60;

export interface Recovery {
  /** Takes the worker lock (advisory-lock mode); call before the first job is taken. */
  start(): Promise<void>;
  /** Records that this process runs the job. */
  claim(jobId: string): Promise<void>;
  release(jobId: string): Promise<void>;
  /** Gives the orphaned jobs of these queues back to the queue; returns how many. */
  recover(names: string[]): Promise<number>;
  stop(): Promise<void>;
}

export function createRecovery(mode: RecoveryMode, pool: pg.Pool, logger: Logger): Recovery {
  let lockClient: pg.Client | undefined;
  let workerKey = 0;
  let startedOnce = false;

  async function requeue(ids: string[]): Promise<number> {
    const requeued = await store.requeueOrphans(pool, ids);
    if (requeued.length > 0) {
      logger.warn(
        { jobs: requeued },
        `gave ${requeued.length} job(s) of a stopped process back to the queue`,
      );
    }
    return requeued.length;
  }

  return {
    async start() {
      if (mode !== 'advisory-lock') return;
      lockClient = new pg.Client({ connectionString: pool.options.connectionString });
      lockClient.on('error', (error) => logger.error({ err: error }, 'job worker lock connection lost'));
      await lockClient.connect();
      // A random key; another live process holding the same one is improbable, but checked.
      for (;;) {
        workerKey = randomInt(1, 2 ** 31 - 1);
        if (await store.tryWorkerLock(lockClient, workerKey)) break;
      }
    },
    async claim(jobId) {
      if (mode === 'advisory-lock') await store.claimJob(pool, jobId, workerKey);
    },
    async release(jobId) {
      if (mode === 'advisory-lock') await store.releaseClaim(pool, jobId);
    },
    async recover(names) {
      if (mode === 'none' || names.length === 0) return 0;
      if (mode === 'exclusive') {
        // Only once, at start: afterwards the active jobs are this process's own.
        if (startedOnce) return 0;
        startedOnce = true;
        return requeue(await store.activeJobs(pool, names));
      }
      return requeue(await store.orphanedJobs(pool, names, UNCLAIMED_GRACE_SECONDS));
    },
    async stop() {
      await lockClient?.end().catch(() => {
        // The connection is gone already; so is the lock.
      });
      lockClient = undefined;
    },
  };
}
