import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import pg from 'pg';
import { z } from 'zod';
import { openAppContext, startKlasse } from '../src/app.ts';
import { runCli } from '../src/cli/dispatch.ts';
import type { CliIo } from '../src/cli/model.ts';
import { type Config, loadConfig } from '../src/platform/config.ts';
import type { RouteModule } from '../src/platform/http/types.ts';
import { createLogger } from '../src/platform/logger.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The settings of a Klasse on this test's database: a temp dir (embedded) or a fresh PostgreSQL. */
interface TestSite {
  env: Record<string, string>;
  close(): Promise<void>;
}

async function testSite(kind: 'embedded' | 'postgres'): Promise<TestSite> {
  if (kind === 'embedded') {
    const dir = await mkdtemp(path.join(tmpdir(), 'klasse-app-'));
    return { env: { KLASSE_DATA_DIR: dir }, close: () => rm(dir, { recursive: true, force: true }) };
  }
  // A fresh database of its own; the test database's handle drops it on close.
  const database: TestDatabase = await openTestDatabase('postgres');
  const url = database.url;
  if (!url) throw new Error('no PostgreSQL URL');
  await database.db.destroy();
  return { env: { DATABASE_URL: url }, close: () => database.close() };
}

/** A GET with request headers, answering the response headers too. */
function getWith(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        );
      })
      .on('error', reject);
  });
}

/** A GET on a fresh connection (no keep-alive), so a closed server refuses it. */
function get(url: string): Promise<{ status: number; body: string }> {
  return getWith(url, {});
}

function post(url: string, payload: object): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(payload));
  });
}

interface LogLine {
  level: number;
  msg: string;
  url?: string;
}

/** Starts `node src/main.ts` and collects its JSON log lines. */
function startChild(env: Record<string, string>): {
  child: ChildProcess;
  lines: LogLine[];
  listening: Promise<string>;
  /** Resolves when the log says Klasse serves everything. */
  ready: Promise<void>;
} {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  // Settings of the test runner's own environment must not leak into the app under test.
  for (const name of ['DATABASE_URL', 'KLASSE_DATA_DIR', 'SMTP_URL'])
    if (!(name in env)) delete childEnv[name];
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: ROOT,
    env: { ...childEnv, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const listening = new Promise<string>((resolve, reject) => {
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        const line = JSON.parse(pending.slice(0, newline)) as LogLine;
        lines.push(line);
        if (line.msg.startsWith('Klasse listening on') && line.url) resolve(line.url);
        if (line.msg.startsWith('Klasse ready on')) onReady();
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`Klasse exited (${code}) before listening:\n${stderr}\n${JSON.stringify(lines)}`)),
    );
  });
  return { child, lines, listening, ready };
}

function captureIo(
  config: Config,
  openContext: CliIo['openContext'] = () => Promise.reject(new Error('not used by these commands')),
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    readStdin: async () => '',
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    loadConfig: () => config,
    openContext,
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`Klasse process (${kind})`, () => {
    let site: TestSite;
    before(async () => {
      site = await testSite(kind);
    });
    after(async () => {
      await site.close();
    });

    it('stops gracefully: refuses new connections, lets the request in flight finish', async () => {
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered: () => void = () => {};
      const inHandler = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const slowRoutes: RouteModule = async (app) => {
        app.post('/slow', { schema: { body: z.object({ n: z.number() }) } }, async (request) => {
          entered();
          await released;
          return { n: request.body.n };
        });
      };
      const config = loadConfig({ ...site.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
      const klasse = await startKlasse(config, {
        logger: createLogger({ level: 'silent', pretty: false }),
        routeModules: [slowRoutes],
        seedDemo: false,
      });
      assert.equal((await get(`${klasse.url}/healthz`)).status, 200);
      assert.equal((await get(`${klasse.url}/readyz`)).status, 200);

      const inFlight = post(`${klasse.url}/api/slow`, { n: 7 });
      await inHandler;
      const stopped = klasse.stop();
      // The listening socket closes at once: a new connection is refused.
      await assert.rejects(async () => {
        for (let i = 0; i < 50; i++) {
          await get(`${klasse.url}/healthz`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }, /ECONNREFUSED|ECONNRESET|socket hang up/);
      release();
      const answer = await inFlight;
      assert.equal(answer.status, 200);
      assert.deepEqual(JSON.parse(answer.body), { n: 7 });
      await stopped;
    });

    it('runs as `node src/main.ts`: serves the web app and /healthz at once, the API once started, and exits 0 on SIGTERM', {
      timeout: 120_000,
    }, async () => {
      // On PostgreSQL the start would be quick: holding the migration lock keeps it starting until
      // released. On the embedded database a fresh data folder takes seconds (initdb) anyway.
      let migrationLock: pg.Client | undefined;
      if (kind === 'postgres') {
        migrationLock = new pg.Client({ connectionString: site.env.DATABASE_URL });
        await migrationLock.connect();
        await migrationLock.query('select pg_advisory_lock(4242001)');
      }
      const { child, lines, listening, ready } = startChild(site.env);
      try {
        const url = await listening;
        assert.match(url, /^http:\/\/localhost:\d+$/);
        // Issue 12, item 17: the page and the health check answer before the database is ready.
        assert.equal((await get(`${url}/healthz`)).status, 200);
        const page = await get(`${url}/`);
        assert.equal(page.status, 200);
        assert.match(page.body, /<html/i);
        const starting = await getWith(`${url}/api/me`, { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' });
        assert.equal(starting.status, 503);
        assert.equal(starting.headers['retry-after'], '2');
        assert.match(String(starting.headers['content-type']), /application\/problem\+json/);
        const problem = JSON.parse(starting.body) as { type: string; detail: string };
        assert.equal(problem.type, 'https://klasse.dev/problems/starting');
        assert.match(problem.detail, /^Klasse start op/);
        const notReady = await getWith(`${url}/readyz`, { 'accept-language': 'en' });
        assert.equal(notReady.status, 503);
        assert.match(notReady.body, /Klasse is starting/);

        await migrationLock?.query('select pg_advisory_unlock(4242001)');
        await ready;
        assert.equal((await get(`${url}/readyz`)).status, 200);
        assert.equal((await get(`${url}/api/me`)).status, 401);
        // Every context's routes together still make a valid OpenAPI 3.1 document.
        const openapi = await get(`${url}/api/openapi.json`);
        const document = JSON.parse(openapi.body) as { openapi: string; paths: Record<string, unknown> };
        assert.match(document.openapi, /^3\.1\./);
        assert.ok(Object.keys(document.paths).length > 3);
        const result = await validate(document as Parameters<typeof validate>[0]);
        assert.deepEqual(result.valid ? [] : result.errors, []);
        const readyLine = lines.find((l) => l.msg.startsWith('Klasse ready on'));
        if (kind === 'embedded') {
          assert.match(readyLine?.msg ?? '', /\(embedded database in .+\)$/);
          assert.ok(
            lines.some((l) => l.level === 40 && /never fsyncs/.test(l.msg)),
            'warns that the embedded database never fsyncs',
          );
          assert.ok(
            lines.some((l) => /Demo accounts, all with password/.test(l.msg)),
            'a first start on an empty embedded database says how to log in',
          );
          // Issue 8: a command that opens the embedded database refuses while the server holds it.
          const config = loadConfig({ ...site.env, LOG_LEVEL: 'silent' });
          const io = captureIo(config, () =>
            openAppContext(config, {
              logger: createLogger({ level: 'silent', pretty: false }),
              runJobs: false,
            }),
          );
          assert.equal(await runCli(['demo', '--reset'], io), 1);
          assert.match(io.err.join(''), new RegExp(`in use by another Klasse \\(process ${child.pid}\\)`));
          assert.deepEqual(io.out, []);
        } else {
          assert.match(readyLine?.msg ?? '', /\(PostgreSQL at 127\.0\.0\.1:5432\/klasse_test_/);
          assert.doesNotMatch(readyLine?.msg ?? '', /postgres:\/\//);
        }
      } finally {
        await migrationLock?.end();
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const [code] = (await exited) as [number | null];
        assert.equal(code, 0);
      }
      assert.ok(lines.some((l) => l.msg === 'Klasse stopped'));
    });

    it('`klasse migrate` finds the database the server migrated up to date', async () => {
      const config = loadConfig({ ...site.env, LOG_LEVEL: 'silent' });
      const status = captureIo(config);
      assert.equal(await runCli(['migrate', '--status'], status), 0);
      assert.match(status.out.join(''), /Up to date/);
      assert.doesNotMatch(status.out.join(''), /pending {2}/);
      const apply = captureIo(config);
      assert.equal(await runCli(['migrate'], apply), 0);
      assert.match(apply.out.join(''), /Nothing to apply/);
    });
  });
}

describe('klasse command line', () => {
  it('lists its commands with `npx klasse help`', { timeout: 60_000 }, async () => {
    const child = spawn('npx', ['klasse', 'help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0);
    assert.match(out, /Usage: klasse <command>/);
    assert.match(out, /^ {2}migrate +Apply pending database migrations/m);
  });

  it('refuses an unknown command and a bad flag with exit code 2 and says why', async () => {
    const io = captureIo(loadConfig({}));
    assert.equal(await runCli(['frobnicate'], io), 2);
    assert.match(io.err.join(''), /unknown command 'frobnicate'.*klasse help/);

    const flags = captureIo(loadConfig({}));
    assert.equal(await runCli(['migrate', '--sideways'], flags), 2);
    assert.match(flags.err.join(''), /Unknown option '--sideways'/);
    assert.match(flags.err.join(''), /Usage: klasse migrate/);

    const help = captureIo(loadConfig({}));
    assert.equal(await runCli(['help', 'migrate'], help), 0);
    assert.match(help.out.join(''), /--status/);
  });
});
