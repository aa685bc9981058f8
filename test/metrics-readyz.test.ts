import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createAppContext, type RunningContext } from '../src/app.ts';
import { manualClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { buildServer } from '../src/platform/http/server.ts';
import { createLogger } from '../src/platform/logger.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';

/** Issue 12, item 8: /metrics needs its token, /readyz keeps the database's error text to the log. */
const TOKEN = 'a-metrics-token-of-at-least-32-characters';

for (const kind of testDatabaseKinds()) {
  describe(`/metrics and /readyz are not open books (${kind})`, () => {
    let database: TestDatabase;
    let running: RunningContext;
    let emptyDist: string;
    before(async () => {
      database = await openTestDatabase(kind);
      running = await createAppContext(
        loadConfig({ LOG_LEVEL: 'silent', KLASSE_JOBS: 'false', KLASSE_METRICS_TOKEN: TOKEN }),
        database,
        {
          clock: manualClock('2026-03-02T09:00:00Z'),
          logger: createLogger({ level: 'silent', pretty: false }),
          runJobs: false,
          jobModules: [],
        },
      );
      emptyDist = await mkdtemp(path.join(tmpdir(), 'klasse-no-web-'));
    });
    after(async () => {
      await running.close();
      await database.close();
      await rm(emptyDist, { recursive: true, force: true });
    });

    it('answers /metrics only to the configured bearer token', async () => {
      const app = await buildServer(running.ctx, [], { webDistDir: emptyDist });
      try {
        const anonymous = await app.inject({ method: 'GET', url: '/metrics' });
        assert.equal(anonymous.statusCode, 401);
        assert.match(String(anonymous.headers['www-authenticate']), /^Bearer/);
        assert.doesNotMatch(anonymous.body, /process_cpu|http_request_duration/);
        const wrong = await app.inject({
          method: 'GET',
          url: '/metrics',
          headers: { authorization: `Bearer ${TOKEN}x` },
        });
        assert.equal(wrong.statusCode, 401);
        const right = await app.inject({
          method: 'GET',
          url: '/metrics',
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        assert.equal(right.statusCode, 200);
        assert.match(right.body, /process_cpu_seconds_total/);
      } finally {
        await app.close();
      }
    });

    it('answers /metrics 404 when no token is configured', async () => {
      const ctx = { ...running.ctx, config: { ...running.ctx.config, metricsToken: undefined } };
      const app = await buildServer(ctx, [], { webDistDir: emptyDist });
      try {
        for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }]) {
          const response = await app.inject({ method: 'GET', url: '/metrics', headers });
          assert.equal(response.statusCode, 404);
          assert.doesNotMatch(response.body, /process_cpu/);
        }
      } finally {
        await app.close();
      }
    });

    it("says /readyz is not ready without the database's own error text", async () => {
      // A database that refuses connections, at an address and with credentials that must not leak.
      const unreachable = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: new pg.Pool({
            connectionString: 'postgres://klasse_secret_user:hunter2@127.0.0.1:1/klasse_secret_db',
            connectionTimeoutMillis: 1000,
          }),
        }),
      });
      const app = await buildServer({ ...running.ctx, db: unreachable }, [], { webDistDir: emptyDist });
      try {
        const response = await app.inject({ method: 'GET', url: '/readyz' });
        assert.equal(response.statusCode, 503);
        const detail = response.json<{ detail: string }>().detail;
        assert.match(detail, /database/);
        for (const secret of ['127.0.0.1', 'ECONNREFUSED', 'klasse_secret', 'hunter2', 'connect']) {
          assert.ok(!response.body.includes(secret), `the answer does not say '${secret}': ${detail}`);
        }
      } finally {
        await app.close();
        await unreachable.destroy();
      }
    });
  });
}
