/**
 * One Klasse-like process that runs jobs, for the two-process test (test/jobs-two-processes.test.ts):
 *   node test/support/job-worker-process.ts <postgres-url> <process-name>
 * It runs the job 'test.exactly-once', whose handler records the job id with this process's name in
 * job_runs, prints {"event":"ready"} once its worker runs, and on SIGTERM stops gracefully and prints
 * {"event":"stopped","invocations":N}: how often its handler was called, duplicates included.
 *
 * It also runs 'test.crash-once' for the recovery test (test/jobs-recovery.test.ts): on its first
 * attempt the handler records that it started and then hangs until the process is killed; on a
 * later attempt it records that it finished. Both processes watch each other's locks
 * (recovery 'advisory-lock'), every second.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { pino } from 'pino';
import { openDatabase } from '../../src/platform/db/connect.ts';
import { createJobQueue } from '../../src/platform/jobs/queue.ts';

const [url, name] = process.argv.slice(2);
if (!url || !name) throw new Error('usage: job-worker-process.ts <postgres-url> <process-name>');

const handle = await openDatabase({ url, dataDir: 'unused', poolSize: 4 });
const jobs = createJobQueue({
  pool: handle.pool,
  logger: pino({ level: 'warn' }, pino.destination(2)),
  runJobs: true,
  pollingIntervalSeconds: 0.5,
  recovery: 'advisory-lock',
  recoveryIntervalSeconds: 1,
});
let invocations = 0;
jobs.register('test.exactly-once', async (payload, job) => {
  invocations += 1;
  await sql`insert into job_runs (job_id, process) values (${job.id}, ${name})`.execute(handle.db);
  // A little work, so both processes hold jobs at the same time.
  await sleep(Number(payload.workMs ?? 0));
});
jobs.register(
  'test.crash-once',
  async (_payload, job) => {
    await sql`insert into job_runs (job_id, process) values (gen_random_uuid(), ${`${name}:attempt-${job.attempt}`})`.execute(
      handle.db,
    );
    if (job.attempt === 1) {
      console.log(JSON.stringify({ event: 'hanging', name, job: job.id }));
      await new Promise(() => {
        // Never settles: the test kills this process here, in the middle of the job.
      });
    }
  },
  // The 15-minute default expiry: only recovery can give the job back within the test's time.
  { retryLimit: 2, retryDelaySeconds: 600, expireInSeconds: 900 },
);
await jobs.start();
console.log(JSON.stringify({ event: 'ready', name }));

process.once('SIGTERM', () => {
  void (async () => {
    await jobs.stop();
    await handle.close();
    console.log(JSON.stringify({ event: 'stopped', name, invocations }));
    process.exit(0);
  })();
});
