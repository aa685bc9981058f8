import type { Tx } from '../db/database.ts';

export type JobPayload = Record<string, unknown>;
export type JobHandler = (payload: JobPayload, job: { id: string; name: string }) => Promise<void>;

/**
 * The background queue (pg-boss on the same `pg` pool). A job caused by a domain change is enqueued
 * with `enqueue(tx, ...)` inside that change's transaction (outbox), so both commit or neither.
 */
export interface JobQueue {
  register(name: string, handler: JobHandler): void;
  enqueue(
    tx: Tx,
    name: string,
    payload: JobPayload,
    options?: { startAfter?: Date; singletonKey?: string },
  ): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
