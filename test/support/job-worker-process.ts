/**
 * One Klasse-like process that runs jobs, for the two-process test (test/jobs-two-processes.test.ts):
 *   node test/support/job-worker-process.ts <postgres-url> <process-name>
 * It runs the job 'test.exactly-once', whose handler records the job id with this process's name in
 * job_runs, prints {"event":"ready"} once its worker runs, and on SIGTERM stops gracefully and prints
 * {"event":"stopped","invocations":N}: how often its handler was called, duplicates included.
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
});
let invocations = 0;
jobs.register('test.exactly-once', async (payload, job) => {
  invocations += 1;
  await sql`insert into job_runs (job_id, process) values (${job.id}, ${name})`.execute(handle.db);
  // A little work, so both processes hold jobs at the same time.
  await sleep(Number(payload.workMs ?? 0));
});
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
