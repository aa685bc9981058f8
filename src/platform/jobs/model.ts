import type { Tx } from '../db/database.ts';

export type JobPayload = Record<string, unknown>;

/** What a handler learns about the job it runs. */
export interface JobInfo {
  id: string;
  name: string;
  /** 1 on the first run, 2 on the first retry, and so on. */
  attempt: number;
  /** The run after which a failure is final (retryLimit + 1). */
  maxAttempts: number;
}

/**
 * Runs one job. Throwing fails this attempt; the queue retries it until maxAttempts. A job runs at
 * least once and, across every process sharing the database, never twice at the same time; a
 * process killed after the handler's effect committed but before the job was marked done runs it
 * again, so a handler checks its own effect first where doubling it would hurt (as mail delivery does).
 */
export type JobHandler = (payload: JobPayload, job: JobInfo) => Promise<void>;

/** One job of a batch: its payload and what the handler learns about it. */
export interface BatchJob {
  payload: JobPayload;
  job: JobInfo;
}

/**
 * Runs a batch of jobs of one name together (fewer queries and round trips per job than one at a
 * time). Answers the jobs that failed, by job id, with why; every other job of the batch is marked
 * completed. Throwing fails the whole batch. The at-least-once rule of JobHandler holds per job.
 */
export type BatchJobHandler = (jobs: BatchJob[]) => Promise<Map<string, Error>>;

/** How a queue retries its failed jobs, and how it treats a singletonKey. */
export interface JobQueueOptions {
  /**
   * pg-boss's queue policy: 'standard' (default) ignores singletonKey; 'short' keeps at most one waiting
   * job per key; 'singleton' runs at most one per key at a time; 'stately' allows one waiting and one
   * running per key. On the last three, a job without a key counts as key ''.
   */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
  /** Retries after the first run; default 2. */
  retryLimit?: number;
  /** Seconds before a retry; with retryBackoff the delay doubles on every retry (with jitter). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /**
   * A running job not finished within this time is failed and retried; default 15 minutes. Set it
   * to a few times the job's expected run: it is how long a job stuck in a live process waits (one
   * whose process died is given back at once, see recovery.ts).
   */
  expireInSeconds?: number;
}

export interface EnqueueOptions {
  startAfter?: Date;
  /** Deduplicates as the queue's policy says; an enqueue it drops returns null. */
  singletonKey?: string;
}

/**
 * The background queue (pg-boss on the same `pg` pool). A job caused by a domain change is enqueued
 * with `enqueue(tx, ...)` inside that change's transaction (outbox), so both commit or neither.
 */
export interface JobQueue {
  /** Declares a job and its handler; every job a process enqueues or runs is registered before start(). */
  register(name: string, handler: JobHandler, options?: JobQueueOptions): void;
  /** Declares a job whose worker takes up to batchSize waiting jobs at a time and runs them together. */
  registerBatch(
    name: string,
    handler: BatchJobHandler,
    options: JobQueueOptions & { batchSize: number },
  ): void;
  /** Returns the job id, or null when a job with the same singletonKey is already waiting. */
  enqueue(tx: Tx, name: string, payload: JobPayload, options?: EnqueueOptions): Promise<string | null>;
  /**
   * Enqueues many jobs of one name in one statement, in the caller's transaction (no singletonKey):
   * for a change that causes hundreds of jobs at once, such as an import sheet's confirmation mails.
   */
  enqueueMany(tx: Tx, name: string, payloads: JobPayload[]): Promise<void>;
  /** Prepares the queues, and starts the workers when this process runs jobs. */
  start(): Promise<void>;
  /** Takes no new jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
}
