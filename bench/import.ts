/**
 * The 100,000-row import sheet (issue 12, item 2; issue 4, item 9 had 10,000): an XLSX of 100,000
 * rows, one learner each, over 50 sessions of 2,000 seats, uploaded (stored, then read and checked
 * by a job) and committed (by a job, in one transaction), through the service as the HTTP route
 * calls it; on the embedded database, and on PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set. Meanwhile the server listens and /healthz is asked every 20 ms over
 * HTTP; the line reports its p99 and worst answer time, the event loop's own p99 and worst delay
 * (monitorEventLoopDelay: less disturbed by a loaded machine than a round trip), and the process's
 * peak RSS. TEST_DATABASES=postgres (or embedded) runs one kind. Prints one JSON line.
 */
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import { commitSheet, getSheet, uploadSheet } from '../src/enrollment/import/service.ts';
import { actorOf, getUser } from '../src/identity/service.ts';
import type { DatabaseKind } from '../src/platform/db/connect.ts';
import { testDatabaseKinds } from '../test/support/databases.ts';
import { addSessions, startImportApp, uploadBody } from '../test/support/import-app.ts';
import { escapeXml, streamedWorkbook } from '../test/support/xlsx-files.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const SESSIONS = 50;

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
// TEST_DATABASES=postgres (or embedded) runs one: each kind's peak memory is best measured alone.
const kinds: DatabaseKind[] = testDatabaseKinds();

/** The sheet as Excel would hold it, built piece by piece so the bench itself holds no 60 MB string. */
function sheetFile(codes: string[]): Buffer {
  const headings = [
    'Sessiecode',
    'Voornaam',
    'Tussenvoegsel',
    'Achternaam',
    'E-mail',
    'Personeelsnummer',
    'Inkoopordernummer',
  ];
  const row = (r: number, values: string[]) =>
    `<row r="${r}">${values.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`).join('')}</row>`;
  function* pieces() {
    yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    yield row(1, headings);
    for (let i = 0; i < ROWS; i++) {
      const code = codes[i % SESSIONS] ?? '';
      yield row(i + 2, [
        code,
        'Cursist',
        'van',
        `Nummer ${i}`,
        `cursist${i}@bench.example`,
        String(10_000 + i),
        `PO-2026;${i % 7}`,
      ]);
    }
    yield '</sheetData></worksheet>';
  }
  return streamedWorkbook(pieces());
}

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

async function run(kind: DatabaseKind) {
  const t = await startImportApp(kind, { runJobs: true });
  try {
    const codes = Array.from({ length: SESSIONS }, (_, i) => `BENCH-${String(i).padStart(2, '0')}`);
    await addSessions(
      t,
      codes.map((code) => ({ code, productCode: 'VCA-B-EX', capacity: ROWS / SESSIONS })),
    );
    const admin = await t.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'customer-admin@demo.klasse.local')
      .executeTakeFirstOrThrow();
    const user = await getUser(
      t.ctx,
      {
        userId: admin.id,
        role: 'platform_admin',
        name: '',
        email: '',
        locale: 'nl',
        providerId: null,
        customerId: null,
      },
      admin.id,
    );
    const actor = actorOf(user);
    const file = sheetFile(codes);
    const body = uploadBody('bench.xlsx', file);

    // The server answers /healthz over HTTP all through the import.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const health: number[] = [];
    // On the embedded database PGlite runs on a worker thread of this process: its WASM memory counts
    // in RSS. The heap of the main thread (heap + external + array buffers) is the app's own.
    // The garbage of building the file and seeding is collected first, so the baseline is the app's.
    collectGarbage();
    const baselineRss = process.memoryUsage.rss();
    let peakRss = baselineRss;
    let peakHeap = 0;
    const heap = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.external;
    };
    let importing = true;
    // The event loop's delay in the process itself: unlike the HTTP round trip it does not count
    // the time the OS takes to schedule the prober on a loaded machine.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const prober = (async () => {
      while (importing) {
        const t0 = performance.now();
        const res = await fetch(`${address}/healthz`);
        await res.arrayBuffer();
        health.push(performance.now() - t0);
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        peakHeap = Math.max(peakHeap, heap());
        await sleep(20);
      }
    })();

    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const v0 = performance.now();
    const vc0 = cpu();
    const queued = await uploadSheet(t.ctx, actor, body);
    const answeredUploadMs = performance.now() - v0;
    let sheet = queued;
    while (sheet.status === 'validating') {
      await sleep(100);
      sheet = await getSheet(t.ctx, actor, queued.id);
      if (process.env.BENCH_VERBOSE) console.error(kind, Math.round(performance.now() - v0), sheet.progress);
    }
    const validateMs = performance.now() - v0;
    const validateCpuMs = cpu() - vc0;
    if (sheet.validCount !== ROWS)
      throw new Error(
        `only ${sheet.validCount} valid rows: ${JSON.stringify(sheet.failure ?? sheet.errors.slice(0, 3))}`,
      );

    const c0 = performance.now();
    const cc0 = cpu();
    const answered = await commitSheet(t.ctx, actor, sheet.id, {});
    const answeredCommitMs = performance.now() - c0;
    if ('progress' in answered) {
      while (
        (
          await t.ctx.db
            .selectFrom('import_sheets')
            .select('status')
            .where('id', '=', sheet.id)
            .executeTakeFirstOrThrow()
        ).status !== 'committed'
      ) {
        await sleep(100);
      }
    }
    const commitMs = performance.now() - c0;
    const commitCpuMs = cpu() - cc0;
    importing = false;
    await prober;
    loopDelay.disable();

    const seats = await t.ctx.db
      .selectFrom('sessions')
      .select('booked')
      .where('code', 'like', 'BENCH-%')
      .execute();
    if (seats.some((s) => s.booked !== ROWS / SESSIONS)) throw new Error('seats counted wrong');
    const sorted = [...health].sort((a, b) => a - b);
    return {
      fileBytes: file.length,
      uploadAnsweredMs: Math.round(answeredUploadMs),
      validateMs: Math.round(validateMs),
      commitAnsweredMs: Math.round(answeredCommitMs),
      commitMs: Math.round(commitMs),
      totalMs: Math.round(validateMs + commitMs),
      validateCpuMs: Math.round(validateCpuMs),
      commitCpuMs: Math.round(commitCpuMs),
      baselineRssMb: Math.round(baselineRss / 1e6),
      peakRssMb: Math.round(peakRss / 1e6),
      peakMainHeapMb: Math.round(peakHeap / 1e6),
      maxRssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
      healthChecks: health.length,
      healthP50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
      healthP99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
      healthMaxMs: Math.round((sorted.at(-1) ?? 0) * 10) / 10,
      loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e5) / 10,
      loopDelayMaxMs: Math.round(loopDelay.max / 1e5) / 10,
    };
  } finally {
    await t.close();
  }
}

const out: Record<string, unknown> = {
  bench: 'import-sheet',
  rows: ROWS,
  sessions: SESSIONS,
  format: 'xlsx',
};
for (const kind of kinds) out[kind] = await run(kind);
// The 1-minute load when it ended: on a shared machine the times and delays move with it.
out.loadAverage = Math.round((os.loadavg()[0] ?? 0) * 10) / 10;
console.log(JSON.stringify(out));
