/**
 * The SQL of dead-worker recovery (recovery.ts): claims in job_claims (migration 0014), and
 * giving an orphaned active job back to pg-boss's queue (pgboss.job, pg-boss 10's table).
 */
import type pg from 'pg';

/** The advisory-lock namespace of worker processes: 'KLJB' as a 32-bit integer. */
export const WORKER_LOCK_NAMESPACE = 1_263_291_970;

type Query = Pick<pg.Pool, 'query'>;

export async function claimJob(db: Query, jobId: string, workerKey: number): Promise<void> {
  await db.query(
    `insert into job_claims (job_id, worker_key) values ($1, $2)
     on conflict (job_id) do update set worker_key = excluded.worker_key, claimed_at = now()`,
    [jobId, workerKey],
  );
}

export async function releaseClaim(db: Query, jobId: string): Promise<void> {
  await db.query('delete from job_claims where job_id = $1', [jobId]);
}

/** Takes this process's lock on its own connection; false when another live process holds that key. */
export async function tryWorkerLock(client: pg.Client, workerKey: number): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>(
    'select pg_try_advisory_lock($1::int, $2::int) as locked',
    [WORKER_LOCK_NAMESPACE, workerKey],
  );
  return rows[0]?.locked === true;
}

/**
 * Active jobs of these queues whose process is gone: claimed by a worker key no session holds the
 * lock of, or (taken but not yet claimed, a moment's window) started more than graceSeconds ago
 * without a claim.
 */
export async function orphanedJobs(db: Query, names: string[], graceSeconds: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select j.id from pgboss.job j left join job_claims c on c.job_id = j.id
     where j.state = 'active' and j.name = any($1::text[])
       and case when c.job_id is null then j.started_on < now() - make_interval(secs => $2)
           else not exists (
             select 1 from pg_locks l
             where l.locktype = 'advisory' and l.granted and l.objsubid = 2
               and l.classid::bigint = $3 and l.objid::bigint = c.worker_key)
           end`,
    [names, graceSeconds, WORKER_LOCK_NAMESPACE],
  );
  return rows.map((r) => r.id);
}

/** Every active job of these queues: on a database only this process can reach, all are orphans. */
export async function activeJobs(db: Query, names: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select id from pgboss.job where state = 'active' and name = any($1::text[])`,
    [names],
  );
  return rows.map((r) => r.id);
}

/**
 * Gives the jobs back to the queue to run at once, as a failed attempt: a job that kills its
 * process every time still stops at its retry limit (pg-boss counts the attempt when it fetches
 * the job again). Returns the jobs given back, with their new state.
 */
export async function requeueOrphans(
  db: Query,
  ids: string[],
): Promise<{ id: string; name: string; state: string }[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; name: string; state: string }>(
    `update pgboss.job set
       state = (case when retry_count < retry_limit then 'retry' else 'failed' end)::pgboss.job_state,
       start_after = now(),
       completed_on = case when retry_count < retry_limit then null else now() end,
       output = jsonb_build_object('message', 'the process running this job stopped')
     where id = any($1::uuid[]) and state = 'active'
     returning id, name, state::text`,
    [ids],
  );
  await db.query('delete from job_claims where job_id = any($1::uuid[])', [ids]);
  return rows;
}
