/**
 * The enrollment benchmarks (issue 4, item 9): the real app (startKlasse on a fresh PostgreSQL
 * database, PORT 0, real HTTP, real API-token auth, Idempotency-Key on every request) taking N
 * concurrent enrollment POSTs from N distinct learners, against the same seat-taking transaction run
 * bare with plain `pg` (BEGIN; conditional UPDATE ... RETURNING; INSERT enrollment and its events;
 * COMMIT, as named prepared statements like the app's) over the
 * same number of requests and the same pool size. The ratio http/bare says what the app's path
 * (auth, idempotency, validation, terms, events, ledger, mail queueing) costs over the bare minimum.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { pino } from 'pino';
import { startKlasse } from '../../src/app.ts';
import { createApiToken } from '../../src/identity/service.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { bareTransaction, writtenByApp } from './bare-enroll.ts';
import { type ClientRequest, startHttpClient } from './http-client.ts';
import { benchAdminUrl, createBenchDatabase } from './postgres.ts';
import { postgresCpuMs } from './postgres-cpu.ts';

export interface EnrollBenchShape {
  bench: 'enroll-hot' | 'enroll-spread';
  requests: number;
  /** Sessions the requests spread over (request i goes to session i mod sessions). */
  sessions: number;
  /** Seats per session. */
  seats: number;
}

/** The app's database pool and the bare run's: the same size, so only the path differs. */
const POOL_SIZE = Number(process.env.BENCH_POOL_SIZE ?? 10);
/** Keep-alive sockets the HTTP client (a worker thread: bench/support/http-client.ts) holds open to the app. */
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 64);

interface Outcome {
  confirmed: number;
  waitlisted: number;
  rows: number;
  overbooked: number;
}

interface Timed {
  ms: number;
  latencies: number[];
  /** Statements sent to the database during the run (every pool's), and this process's CPU time. */
  queries: number;
  cpuMs: number;
  /** PostgreSQL's CPU time in the run, when it runs on this machine. */
  postgresCpuMs: number | undefined;
}

/**
 * Counts the statements this process sends to PostgreSQL, the app's and the bare pool's alike (one
 * `pg` module serves both): the cost of one enrollment in round trips, which the machine's load does
 * not change the way it changes enrollments/s.
 */
let statements = 0;
const sendQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (sendQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof sendQuery;

export async function runEnrollBench(shape: EnrollBenchShape): Promise<void> {
  const adminUrl = benchAdminUrl();
  if (!adminUrl) {
    console.log(
      JSON.stringify({
        bench: shape.bench,
        skipped: 'set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL',
      }),
    );
    return;
  }
  const database = await createBenchDatabase(adminUrl);
  try {
    console.log(JSON.stringify(await measure(shape, database.url)));
  } finally {
    await database.drop();
  }
}

async function measure(shape: EnrollBenchShape, url: string): Promise<Record<string, unknown>> {
  const config = loadConfig({
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    KLASSE_DB_POOL_SIZE: String(POOL_SIZE),
    // One client address sends every request here; the per-address limit (600/min) would refuse them.
    KLASSE_API_RATE_LIMIT: '0',
  });
  // The app's warnings (slow requests, the 1,000-deep queue makes many) go to stderr: stdout is the one JSON line.
  const logger = createLogger({ level: 'warn', pretty: false, destination: pino.destination(2) });
  const klasse = await startKlasse(config, { seedDemo: true, logger });
  const bare = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const client = startHttpClient(SOCKETS);
  try {
    const { ctx } = klasse;
    const fixture = await prepare(ctx.db, shape);
    const tokens: string[] = [];
    for (let i = 0; i < fixture.learners.length; i += 50) {
      const batch = fixture.learners.slice(i, i + 50);
      tokens.push(
        ...(await Promise.all(
          batch.map(async (l) => (await createApiToken(ctx, l.actor, { name: 'bench' })).token),
        )),
      );
    }
    const enrollment = (token: string, sessionId: string): ClientRequest => ({
      method: 'POST',
      url: `${klasse.url}/api/enrollments`,
      token,
      expect: 201,
      body: { sessionId, acceptTerms: true, waitlist: true },
    });

    // Warm-up: every token used once (its first use is recorded, as a learner's session is live
    // before they enroll), then JIT and pool connections on sessions of their own, both paths.
    for (let i = 0; i < tokens.length; i += SOCKETS)
      await client.send(
        tokens
          .slice(i, i + SOCKETS)
          .map((token) => ({ method: 'GET', url: `${klasse.url}/api/me`, token, expect: 200 })),
      );
    const warm = Math.min(100, shape.requests);
    await client.send(tokens.slice(0, warm).map((t) => enrollment(t, fixture.warmSession)));
    const bareEnroll = bareTransaction(
      bare,
      fixture.providerId,
      await writtenByApp(bare, fixture.warmSession),
    );
    await Promise.all(fixture.learners.slice(0, warm).map((l) => bareEnroll(fixture.bareWarmSession, l.id)));

    const target = (set: string[], i: number) => set[i % set.length] as string;
    const httpRequests = tokens.map((token, i) => enrollment(token, target(fixture.httpSessions, i)));
    const httpRun = await timed(url, () => client.send(httpRequests));
    const bareRun = await timed(url, () =>
      Promise.all(
        fixture.learners.map(async (l, i) => {
          const start = performance.now();
          await bareEnroll(target(fixture.bareSessions, i), l.id);
          return performance.now() - start;
        }),
      ),
    );

    const httpOutcome = await outcome(bare, fixture.httpSessions);
    const bareOutcome = await outcome(bare, fixture.bareSessions);
    const perSession = Math.ceil(shape.requests / shape.sessions);
    const expectConfirmed = shape.sessions * Math.min(shape.seats, perSession);
    const lost = shape.requests - httpOutcome.rows;
    const failures: string[] = [];
    if (httpOutcome.confirmed !== expectConfirmed)
      failures.push(`http: ${httpOutcome.confirmed} confirmed, expected ${expectConfirmed}`);
    if (httpOutcome.waitlisted !== shape.requests - expectConfirmed)
      failures.push(
        `http: ${httpOutcome.waitlisted} waitlisted, expected ${shape.requests - expectConfirmed}`,
      );
    if (lost !== 0) failures.push(`http: ${lost} requests left no enrollment`);
    if (httpOutcome.overbooked + bareOutcome.overbooked > 0) failures.push('a session is overbooked');
    if (bareOutcome.confirmed !== expectConfirmed || bareOutcome.rows !== shape.requests)
      failures.push(`bare: ${bareOutcome.confirmed} confirmed of ${bareOutcome.rows} rows`);
    const httpPerSecond = rate(shape.requests, httpRun.ms);
    const barePerSecond = rate(shape.requests, bareRun.ms);
    const result = {
      bench: shape.bench,
      requests: shape.requests,
      sessions: shape.sessions,
      seats: shape.seats,
      confirmed: httpOutcome.confirmed,
      waitlisted: httpOutcome.waitlisted,
      lost,
      httpPerSecond,
      barePerSecond,
      ratio: Math.round((httpPerSecond / barePerSecond) * 100) / 100,
      httpMs: Math.round(httpRun.ms),
      bareMs: Math.round(bareRun.ms),
      httpP50Ms: percentile(httpRun.latencies, 0.5),
      httpP95Ms: percentile(httpRun.latencies, 0.95),
      bareP50Ms: percentile(bareRun.latencies, 0.5),
      bareP95Ms: percentile(bareRun.latencies, 0.95),
      httpQueriesPerRequest: round1(httpRun.queries / shape.requests),
      bareQueriesPerRequest: round1(bareRun.queries / shape.requests),
      // CPU of this one process (app, HTTP client, pg client), not of PostgreSQL.
      httpCpuMsPerRequest: round1(httpRun.cpuMs / shape.requests),
      bareCpuMsPerRequest: round1(bareRun.cpuMs / shape.requests),
      // bare CPU / HTTP CPU per request: the share of the app's CPU that is the bare transaction's,
      // which the machine's load changes far less than it changes the rates (issue 12, item 20).
      cpuRatio: Math.round((bareRun.cpuMs / httpRun.cpuMs) * 100) / 100,
      // PostgreSQL's CPU (null when it runs elsewhere): with the app's, what two cores must share.
      httpPostgresCpuMsPerRequest: perRequest(httpRun.postgresCpuMs, shape.requests),
      barePostgresCpuMsPerRequest: perRequest(bareRun.postgresCpuMs, shape.requests),
      loadAverage: round1(os.loadavg()[0] ?? 0),
      // The cores this process may run on (bench/enroll-pinned.sh pins it and PostgreSQL apart).
      appCores: allowedCores(),
      poolSize: POOL_SIZE,
      sockets: SOCKETS,
      database: 'postgres',
      ok: failures.length === 0,
      ...(failures.length > 0 ? { failures } : {}),
    };
    if (failures.length > 0) process.exitCode = 1;
    return result;
  } finally {
    await client.close();
    await bare.end();
    await klasse.stop();
  }
}

interface Learner {
  id: string;
  actor: {
    userId: string;
    role: 'learner';
    name: string;
    email: string;
    locale: 'nl' | 'en';
    providerId: string;
    customerId: null;
  };
}

interface Fixture {
  providerId: string;
  learners: Learner[];
  httpSessions: string[];
  bareSessions: string[];
  warmSession: string;
  bareWarmSession: string;
}

type Db = Awaited<ReturnType<typeof startKlasse>>['ctx']['db'];

/** The learners (one per request) and the sessions, written directly: setup, not what is measured. */
async function prepare(db: Db, shape: EnrollBenchShape): Promise<Fixture> {
  const provider = await db
    .selectFrom('providers')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  const product = await db
    .selectFrom('products')
    .select('id')
    .where('code', '=', 'NEN3140-VP')
    .executeTakeFirstOrThrow();
  const location = await db
    .insertInto('locations')
    .values({
      provider_id: provider.id,
      name: 'Benchmark location',
      street: 'Europalaan 10',
      postal_code: '3526 KS',
      city: 'Utrecht',
      online_url: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const start = new Date(Date.now() + 30 * 86_400_000);
  start.setUTCHours(8, 0, 0, 0);
  const addSessions = async (prefix: string, count: number, capacity: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 500) {
      const rows = await db
        .insertInto('sessions')
        .values(
          Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
            provider_id: provider.id,
            product_id: product.id,
            code: `${prefix}-${i + j}`,
            starts_at: start,
            ends_at: new Date(start.getTime() + 8 * 3_600_000),
            location_id: location.id,
            capacity,
            kind: 'open' as const,
            status: 'planned' as const,
          })),
        )
        .returning('id')
        .execute();
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  };
  const learners: Learner[] = [];
  for (let i = 0; i < shape.requests; i += 500) {
    const rows = await db
      .insertInto('users')
      .values(
        Array.from({ length: Math.min(500, shape.requests - i) }, (_, j) => ({
          email: `bench-${i + j}@bench.example`,
          name: `Bench Learner ${i + j}`,
          role: 'learner' as const,
          locale: (i + j) % 2 === 0 ? ('nl' as const) : ('en' as const),
          provider_id: provider.id,
          customer_id: null,
          password_hash: null,
        })),
      )
      .returning(['id', 'email', 'name', 'locale'])
      .execute();
    for (const r of rows)
      learners.push({
        id: r.id,
        actor: {
          userId: r.id,
          role: 'learner',
          name: r.name,
          email: r.email,
          locale: r.locale,
          providerId: provider.id,
          customerId: null,
        },
      });
  }
  return {
    providerId: provider.id,
    learners,
    httpSessions: await addSessions('HTTP', shape.sessions, shape.seats),
    bareSessions: await addSessions('BARE', shape.sessions, shape.seats),
    warmSession: (await addSessions('WARM', 1, 20))[0] as string,
    bareWarmSession: (await addSessions('BAREWARM', 1, 20))[0] as string,
  };
}

/** Runs n requests all at once (run answers each one's latency); wall time, statements and CPU. */
async function timed(url: string, run: () => Promise<number[]>): Promise<Timed> {
  const p0 = postgresCpuMs(url);
  const q0 = statements;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const latencies = await run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const p1 = postgresCpuMs(url);
  return {
    ms,
    latencies,
    queries: statements - q0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    postgresCpuMs: p0 === undefined || p1 === undefined ? undefined : p1 - p0,
  };
}

async function outcome(pool: pg.Pool, sessionIds: string[]): Promise<Outcome> {
  const statuses = await pool.query<{ status: string; n: string }>(
    'select status, count(*) as n from enrollments where session_id = any($1) group by status',
    [sessionIds],
  );
  const count = (s: string) => Number(statuses.rows.find((r) => r.status === s)?.n ?? 0);
  // booked must equal the seat-holding enrollments and stay within capacity, for every session.
  const overbooked = await pool.query<{ n: string }>(
    `select count(*) as n from sessions s
      where s.id = any($1)
        and (s.booked > s.capacity
          or s.booked <> (select count(*) from enrollments e where e.session_id = s.id
                          and e.status in ('confirmed', 'pending_approval', 'offered', 'cancellation_pending')))`,
    [sessionIds],
  );
  return {
    confirmed: count('confirmed'),
    waitlisted: count('waitlisted'),
    rows: statuses.rows.reduce((sum, r) => sum + Number(r.n), 0),
    overbooked: Number(overbooked.rows[0]?.n ?? 0),
  };
}

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const round1 = (x: number) => Math.round(x * 10) / 10;
const perRequest = (ms: number | undefined, n: number) => (ms === undefined ? null : round1(ms / n));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
}

/** This process's CPU affinity as Linux lists it ('0', '0-1'), or 'all' where /proc does not say. */
function allowedCores(): string {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    return /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1] ?? 'all';
  } catch {
    return 'all';
  }
}
