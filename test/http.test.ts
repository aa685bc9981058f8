import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { sql } from 'kysely';
import { z } from 'zod';
import { createAppContext, type RunningContext } from '../src/app.ts';
import { manualClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { AppError } from '../src/platform/errors.ts';
import { buildServer } from '../src/platform/http/server.ts';
import type { KlasseApp, RouteModule } from '../src/platform/http/types.ts';
import { createLogger } from '../src/platform/logger.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';

const probeBody = z.object({
  name: z.string().min(1, 'must not be empty'),
  seats: z.number().int().positive('must be at least 1'),
});

/**
 * A tiny context for these tests: POST /api/probes writes a row (a real effect to count), and a few
 * routes fail on purpose. Its table is made by the test, not by a migration.
 */
function probeRoutes(gate: { entered?: () => void; release?: Promise<void> }): RouteModule {
  return async (app, ctx) => {
    app.post(
      '/probes',
      {
        schema: {
          summary: 'Create a probe',
          body: probeBody,
          response: { 201: z.object({ id: z.number().int(), name: z.string(), seats: z.number().int() }) },
        },
      },
      async (request, reply) => {
        const { rows } = await sql<{ id: number }>`
          insert into http_probe (name, seats) values (${request.body.name}, ${request.body.seats}) returning id
        `.execute(ctx.db);
        reply.code(201);
        return { id: rows[0]?.id ?? 0, ...request.body };
      },
    );
    app.post('/probes/slow', { schema: { body: probeBody } }, async (request) => {
      gate.entered?.();
      await gate.release;
      return { name: request.body.name };
    });
    app.post('/probes/secret', { config: { idempotency: false } }, async () => ({ token: randomUUID() }));
    app.post('/probes/api-token', async () => ({ name: 'ci', token: randomUUID() }));
    app.delete(
      '/probes/:id',
      { schema: { params: z.object({ id: z.coerce.number().int() }) } },
      async (request, reply) => {
        await sql`delete from http_probe where id = ${request.params.id}`.execute(ctx.db);
        return reply.code(204).send();
      },
    );
    app.post('/probes/crash', async () => {
      throw new Error('secret internals: connection string postgres://admin:hunter2@db');
    });
    app.get('/probes/refused', async () => {
      throw new AppError(409, 'seat-taken', 'Seat taken', 'Someone else booked the last seat.');
    });
  };
}

const METRICS_TOKEN = 'metrics-token-for-the-http-tests-0123456789';

async function probeCount(database: TestDatabase): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from http_probe`.execute(database.db);
  return rows[0]?.n ?? -1;
}

for (const kind of testDatabaseKinds()) {
  describe(`HTTP server (${kind})`, () => {
    let database: TestDatabase;
    let running: RunningContext;
    let app: KlasseApp;
    let emptyDist: string;
    const clock = manualClock('2026-03-02T09:00:00Z');
    const gate: { entered?: () => void; release?: Promise<void> } = {};

    before(async () => {
      database = await openTestDatabase(kind);
      await sql`create table http_probe (id serial primary key, name text not null, seats int not null)`.execute(
        database.db,
      );
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        KLASSE_JOBS: 'false',
        KLASSE_METRICS_TOKEN: METRICS_TOKEN,
      });
      running = await createAppContext(config, database, {
        clock,
        logger: createLogger({ level: 'silent', pretty: false }),
        runJobs: false,
        jobModules: [],
      });
      emptyDist = await mkdtemp(path.join(tmpdir(), 'klasse-no-web-'));
      app = await buildServer(running.ctx, [probeRoutes(gate)], { webDistDir: emptyDist });
      await app.ready();
    });
    after(async () => {
      await app.close();
      await running.close();
      await database.close();
      await rm(emptyDist, { recursive: true, force: true });
    });

    it('answers /healthz, and /readyz only while every migration is applied', async () => {
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.deepEqual(health.json(), { status: 'ok' });

      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: 'ready' });

      await database.db.deleteFrom('klasse_migrations').where('name', '=', '0003_idempotency.sql').execute();
      try {
        const notReady = await app.inject({ method: 'GET', url: '/readyz' });
        assert.equal(notReady.statusCode, 503);
        assert.match(notReady.headers['content-type'] ?? '', /^application\/problem\+json/);
        assert.match(notReady.json<{ detail: string }>().detail, /0003_idempotency\.sql/);
      } finally {
        await database.db.insertInto('klasse_migrations').values({ name: '0003_idempotency.sql' }).execute();
      }
    });

    it('serves a valid OpenAPI 3.1 document of the API, and a docs page', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
      assert.match(document.openapi, /^3\.1\./);
      const create = (
        document.paths['/api/probes'] as
          | { post?: { parameters?: { in: string; name: string }[] } }
          | undefined
      )?.post;
      assert.ok(create, 'the probe route is described');
      assert.ok(
        create.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key'),
        'a mutating operation documents the Idempotency-Key header',
      );
      assert.equal(document.paths['/healthz'], undefined, 'only the API is described');
      const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
      assert.deepEqual(result.valid ? [] : result.errors, []);

      const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
      assert.equal(docs.statusCode, 200);
      assert.match(docs.headers['content-type'] ?? '', /text\/html/);
      assert.match(docs.body, /swagger/i);
    });

    it('refuses a bad body with problem+json naming each bad field, and writes nothing', async () => {
      const before = await probeCount(database);
      const response = await app.inject({
        method: 'POST',
        url: '/api/probes',
        payload: { name: '', seats: 0, extra: true },
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.headers['content-type'] ?? '', /^application\/problem\+json/);
      const problem = response.json<{
        type: string;
        title: string;
        status: number;
        detail: string;
        instance: string;
        errors: { path: string; message: string }[];
      }>();
      assert.equal(problem.type, 'https://klasse.dev/problems/validation-failed');
      assert.equal(problem.status, 400);
      assert.equal(problem.instance, '/api/probes');
      assert.ok(problem.title.length > 0 && problem.detail.length > 0);
      assert.deepEqual(
        problem.errors.map((e) => e.path).sort(),
        ['name', 'seats'],
        'each bad field is named by its path',
      );
      assert.equal(problem.errors.find((e) => e.path === 'seats')?.message, 'must be at least 1');
      assert.equal(await probeCount(database), before);

      const malformed = await app.inject({
        method: 'POST',
        url: '/api/probes',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": "x",',
      });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json<{ type: string }>().type, 'https://klasse.dev/problems/bad-request');
      assert.equal(await probeCount(database), before);
    });

    it('turns an AppError into its problem, and anything else into a 500 that reveals nothing', async () => {
      const refused = await app.inject({ method: 'GET', url: '/api/probes/refused' });
      assert.equal(refused.statusCode, 409);
      assert.deepEqual(
        { ...refused.json<Record<string, unknown>>(), requestId: undefined },
        {
          type: 'https://klasse.dev/problems/seat-taken',
          title: 'Seat taken',
          status: 409,
          detail: 'Someone else booked the last seat.',
          instance: '/api/probes/refused',
          requestId: undefined,
        },
      );

      const crash = await app.inject({ method: 'POST', url: '/api/probes/crash' });
      assert.equal(crash.statusCode, 500);
      assert.match(crash.headers['content-type'] ?? '', /^application\/problem\+json/);
      assert.equal(crash.json<{ type: string }>().type, 'https://klasse.dev/problems/internal-error');
      assert.doesNotMatch(crash.body, /hunter2|secret|postgres:/);
      assert.match(crash.body, new RegExp(String(crash.headers['x-request-id'])));
    });

    it('answers an unknown API route with a 404 problem', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
      assert.equal(response.statusCode, 404);
      assert.match(response.headers['content-type'] ?? '', /^application\/problem\+json/);
      const problem = response.json<{ type: string; detail: string }>();
      assert.equal(problem.type, 'https://klasse.dev/problems/not-found');
      assert.match(problem.detail, /GET \/api\/no-such-thing/);

      const html = await app.inject({ method: 'GET', url: '/api/nope', headers: { accept: 'text/html' } });
      assert.equal(html.statusCode, 404, 'an API path never falls back to the web app');
    });

    it('runs a retried POST with the same Idempotency-Key once and replays its response', async () => {
      const before = await probeCount(database);
      const send = (payload: object, key = 'retry-7f3a') =>
        app.inject({ method: 'POST', url: '/api/probes', headers: { 'idempotency-key': key }, payload });

      const first = await send({ name: 'BHV', seats: 12 });
      assert.equal(first.statusCode, 201);
      assert.equal(first.headers['idempotent-replayed'], undefined);

      // Same body with its keys in another order: the same request.
      const retry = await send({ seats: 12, name: 'BHV' });
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.match(retry.headers['content-type'] ?? '', /^application\/json/);
      assert.deepEqual(retry.json(), first.json());
      assert.equal(await probeCount(database), before + 1, 'the effect happened once');

      const reused = await send({ name: 'VCA', seats: 3 });
      assert.equal(reused.statusCode, 422);
      assert.match(reused.headers['content-type'] ?? '', /^application\/problem\+json/);
      assert.equal(
        reused.json<{ type: string }>().type,
        'https://klasse.dev/problems/idempotency-key-reused',
      );
      assert.equal(await probeCount(database), before + 1);

      // A DELETE answered 204 replays as 204 with no body.
      const id = first.json<{ id: number }>().id;
      const remove = () =>
        app.inject({
          method: 'DELETE',
          url: `/api/probes/${id}`,
          headers: { 'idempotency-key': 'remove-1' },
        });
      assert.equal((await remove()).statusCode, 204);
      const removedAgain = await remove();
      assert.equal(removedAgain.statusCode, 204);
      assert.equal(removedAgain.headers['idempotent-replayed'], 'true');
      assert.equal(removedAgain.body, '');
      assert.equal(await probeCount(database), before);

      // Without a key every POST runs.
      await app.inject({ method: 'POST', url: '/api/probes', payload: { name: 'BHV', seats: 12 } });
      await app.inject({ method: 'POST', url: '/api/probes', payload: { name: 'BHV', seats: 12 } });
      assert.equal(await probeCount(database), before + 2);
    });

    it('refuses a retry while the first request with its key is still running', async () => {
      let release: () => void = () => {};
      gate.release = new Promise<void>((resolve) => {
        release = resolve;
      });
      const entered = new Promise<void>((resolve) => {
        gate.entered = resolve;
      });
      const request = {
        method: 'POST' as const,
        url: '/api/probes/slow',
        payload: { name: 'slow', seats: 1 },
      };
      const first = app.inject({ ...request, headers: { 'idempotency-key': 'slow-1' } });
      await entered;
      const second = await app.inject({ ...request, headers: { 'idempotency-key': 'slow-1' } });
      assert.equal(second.statusCode, 409);
      assert.equal(
        second.json<{ type: string }>().type,
        'https://klasse.dev/problems/idempotency-request-in-progress',
      );
      release();
      assert.equal((await first).statusCode, 200);
      const third = await app.inject({ ...request, headers: { 'idempotency-key': 'slow-1' } });
      assert.equal(third.headers['idempotent-replayed'], 'true');
      gate.entered = undefined;
      gate.release = undefined;
    });

    it('runs a retry again once the first request with its key was abandoned in flight', async () => {
      // The first request's process died after claiming the key: no response was ever stored.
      const abandonedAt = new Date(clock.now().epochMilliseconds - 121_000);
      await database.db
        .insertInto('idempotency_keys')
        .values({
          scope: 'anonymous:127.0.0.1',
          key: 'abandoned-1',
          method: 'POST',
          path: '/api/probes',
          request_hash: 'of a body never answered',
          created_at: abandonedAt,
        })
        .execute();
      const before = await probeCount(database);
      const retry = await app.inject({
        method: 'POST',
        url: '/api/probes',
        headers: { 'idempotency-key': 'abandoned-1' },
        payload: { name: 'Retried', seats: 1 },
      });
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(await probeCount(database), before + 1);
      const replay = await app.inject({
        method: 'POST',
        url: '/api/probes',
        headers: { 'idempotency-key': 'abandoned-1' },
        payload: { name: 'Retried', seats: 1 },
      });
      assert.equal(replay.headers['idempotent-replayed'], 'true', 'the retry took the key over');
      assert.equal(await probeCount(database), before + 1);
    });

    it('lets a key expire after 24 hours, and gives it back when the server failed', async () => {
      const before = await probeCount(database);
      const send = (payload: object) =>
        app.inject({
          method: 'POST',
          url: '/api/probes',
          headers: { 'idempotency-key': 'day-old' },
          payload,
        });
      assert.equal((await send({ name: 'A', seats: 1 })).statusCode, 201);
      clock.advance({ hours: 24, minutes: 1 });
      const later = await send({ name: 'B', seats: 2 });
      assert.equal(later.statusCode, 201, 'an expired key is a new request');
      assert.equal(later.headers['idempotent-replayed'], undefined);
      assert.equal(await probeCount(database), before + 2);

      const crash = () =>
        app.inject({ method: 'POST', url: '/api/probes/crash', headers: { 'idempotency-key': 'crash-1' } });
      assert.equal((await crash()).statusCode, 500);
      const again = await crash();
      assert.equal(again.statusCode, 500);
      assert.equal(
        again.headers['idempotent-replayed'],
        undefined,
        'a failed request is run again, not replayed',
      );

      // A response with a secret is never stored: the retry runs again and gets a secret of its own.
      const secret = () =>
        app.inject({ method: 'POST', url: '/api/probes/secret', headers: { 'idempotency-key': 'secret-1' } });
      const [one, two] = [await secret(), await secret()];
      assert.notEqual(one.json<{ token: string }>().token, two.json<{ token: string }>().token);
      assert.equal(two.headers['idempotent-replayed'], undefined);
      // Nor, on any route, a response with a secret field, or a request with a password in its body.
      const apiToken = () =>
        app.inject({ method: 'POST', url: '/api/probes/api-token', headers: { 'idempotency-key': 'tok-1' } });
      const [first, second] = [await apiToken(), await apiToken()];
      assert.notEqual(first.json<{ token: string }>().token, second.json<{ token: string }>().token);
      const login = { name: 'P', seats: 1, account: { newPassword: 'correct horse battery staple' } };
      const withPassword = () =>
        app.inject({
          method: 'POST',
          url: '/api/probes',
          headers: { 'idempotency-key': 'pw-1' },
          payload: login,
        });
      assert.equal((await withPassword()).statusCode, 201);
      assert.equal((await withPassword()).headers['idempotent-replayed'], undefined);
      const stored = await database.db
        .selectFrom('idempotency_keys')
        .select('key')
        .where('key', 'in', ['secret-1', 'tok-1', 'pw-1'])
        .execute();
      assert.deepEqual(stored, []);

      const bad = await app.inject({
        method: 'POST',
        url: '/api/probes',
        headers: { 'idempotency-key': 'has spaces' },
        payload: { name: 'A', seats: 1 },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json<{ errors: { path: string }[] }>().errors[0]?.path, 'headers.idempotency-key');
    });

    it('sends security headers', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/probes/refused' });
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /object-src 'none'/);
      assert.doesNotMatch(csp, /upgrade-insecure-requests/, 'plain HTTP: nothing is upgraded');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS without TLS');
    });

    it('echoes a sane X-Request-Id and replaces an odd one', async () => {
      const kept = await app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'lb-42.abc' },
      });
      assert.equal(kept.headers['x-request-id'], 'lb-42.abc');
      const replaced = await app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'x'.repeat(300) },
      });
      assert.match(String(replaced.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      const problem = await app.inject({
        method: 'GET',
        url: '/api/nope',
        headers: { 'x-request-id': 'trace-1' },
      });
      assert.equal(problem.json<{ requestId: string }>().requestId, 'trace-1');
    });

    it('exposes Prometheus metrics with a request duration histogram by route and status', async () => {
      await app.inject({ method: 'GET', url: '/api/probes/refused' });
      const response = await app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      assert.equal(response.statusCode, 200);
      assert.match(response.headers['content-type'] ?? '', /^text\/plain/);
      const histogram = response.body
        .split('\n')
        .filter((line) => line.startsWith('http_request_duration_seconds'));
      const refused = histogram.find((line) =>
        line.startsWith(
          'http_request_duration_seconds_count{method="GET",route="/api/probes/refused",status_code="409"}',
        ),
      );
      assert.ok(
        refused && Number(refused.split(' ')[1]) >= 1,
        `a count for the route: ${histogram.join('\n')}`,
      );
      assert.ok(
        histogram.some((line) => line.includes('route="unmatched"')),
        'unknown URLs share one label',
      );
      assert.match(response.body, /process_cpu_seconds_total/);
    });

    it('limits each client to the configured number of API requests per minute', async () => {
      const ctx = running.ctx;
      const limited = await buildServer(
        { ...ctx, config: { ...ctx.config, apiRateLimit: 3 } },
        [probeRoutes(gate)],
        {
          webDistDir: emptyDist,
        },
      );
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) {
          statuses.push((await limited.inject({ method: 'GET', url: '/api/probes/refused' })).statusCode);
        }
        assert.deepEqual(statuses, [409, 409, 409, 429]);
        const refused = await limited.inject({ method: 'GET', url: '/api/probes/refused' });
        assert.match(refused.headers['content-type'] ?? '', /^application\/problem\+json/);
        assert.equal(refused.json<{ type: string }>().type, 'https://klasse.dev/problems/rate-limited');
        assert.ok(Number(refused.headers['retry-after']) > 0);
        assert.equal((await limited.inject({ method: 'GET', url: '/healthz' })).statusCode, 200, 'only /api');
      } finally {
        await limited.close();
      }
    });

    it('serves the built web app at /, with the app for any other page a browser asks for', async () => {
      const dist = await mkdtemp(path.join(tmpdir(), 'klasse-web-'));
      await mkdir(path.join(dist, 'assets'));
      await writeFile(
        path.join(dist, 'index.html'),
        '<!doctype html><div id="root"></div><script src="/assets/app-1a2b.js"></script>',
      );
      await writeFile(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log("klasse")');
      const web = await buildServer(running.ctx, [probeRoutes(gate)], { webDistDir: dist });
      try {
        const index = await web.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
        assert.equal(index.statusCode, 200);
        assert.match(index.body, /id="root"/);
        assert.equal(index.headers['cache-control'], 'no-cache');
        assert.ok(index.headers['content-security-policy'], 'the page gets the security headers');

        const deepLink = await web.inject({
          method: 'GET',
          url: '/sessions/42?tab=x',
          headers: { accept: 'text/html' },
        });
        assert.equal(deepLink.statusCode, 200);
        assert.match(deepLink.body, /id="root"/);

        const asset = await web.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
        assert.equal(asset.statusCode, 200);
        assert.match(asset.headers['cache-control'] ?? '', /immutable/);

        const missingAsset = await web.inject({
          method: 'GET',
          url: '/assets/gone.js',
          headers: { accept: '*/*' },
        });
        assert.equal(missingAsset.statusCode, 404);
        const api = await web.inject({ method: 'GET', url: '/api/nope', headers: { accept: 'text/html' } });
        assert.equal(api.statusCode, 404);
        assert.match(api.headers['content-type'] ?? '', /^application\/problem\+json/);
      } finally {
        await web.close();
        await rm(dist, { recursive: true, force: true });
      }
    });

    it('says how to build the web app when there is no build', async () => {
      const response = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /npm run build:web/);
    });
  });
}
