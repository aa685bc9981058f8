/**
 * Input handling on both databases (issue 12, items 1, 9 and 10; docs/security.md, "Input handling"):
 * no body can hold the server, a visitor's body is refused before it is parsed, a NUL character is a
 * 400 on every route, UTF-16 sheets are read as such, and impossible dates are a 400 everywhere.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '../src/platform/http/problem.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type FullApp, startFullApp } from './support/full-app.ts';
import type { Session } from './support/identity-app.ts';

const PROBLEMS = 'https://klasse.dev/problems/';

/**
 * The body of the probe: a megabyte of base64 that ends in a run of line breaks and a character
 * that is not base64. The old pattern backtracked quadratically over that run (seconds for 40,000
 * line breaks, an hour for a megabyte of them).
 */
function pathologicalUpload(): string {
  const breaks = '\n'.repeat(40_000);
  const filler = 'A'.repeat(1_000_000 - breaks.length);
  return JSON.stringify({ fileName: 'x.csv', contentBase64: `${filler}${breaks}!` });
}

interface Timing {
  status: number;
  /** Wall-clock milliseconds from sending to the whole answer. */
  ms: number;
  /** CPU milliseconds this process (all its threads) spent meanwhile. */
  cpuMs: number;
}

/**
 * The fastest of up to three tries, so that one stall of a busy machine (seven engineers share two
 * cores here) does not fail the test; the CPU time is what the request itself cost.
 */
async function fastest(send: () => Promise<{ statusCode: number }>): Promise<Timing> {
  let best: Timing = { status: 0, ms: Number.POSITIVE_INFINITY, cpuMs: Number.POSITIVE_INFINITY };
  for (let attempt = 0; attempt < 3 && best.ms >= 100; attempt++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const response = await send();
    const used = process.cpuUsage(cpu);
    const timing = {
      status: response.statusCode,
      ms: performance.now() - started,
      cpuMs: (used.user + used.system) / 1000,
    };
    if (timing.ms < best.ms) best = timing;
  }
  return best;
}

for (const kind of testDatabaseKinds()) {
  describe(`input handling (${kind})`, () => {
    let f: FullApp;
    before(async () => {
      f = await startFullApp(kind);
    });
    after(async () => {
      await f.close();
    });

    const send = (who: Session | undefined, method: 'GET' | 'POST', url: string, payload?: unknown) =>
      f.app.inject({
        method,
        url,
        headers: who ? (method === 'GET' ? who.read : who.write) : {},
        ...(payload === undefined ? {} : { payload: payload as string }),
      });

    it('answers a 1 MB pathological upload in under 100 ms, from a visitor and from a logged-in user', async () => {
      const body = pathologicalUpload();
      const post = (who: Session | undefined) => () =>
        f.app.inject({
          method: 'POST',
          url: '/api/imports',
          headers: { ...(who?.write ?? {}), 'content-type': 'application/json' },
          payload: body,
        });
      await post(f.planner)(); // warm up the code paths once
      const anonymous = await fastest(post(undefined));
      const loggedIn = await fastest(post(f.planner));
      console.log(
        JSON.stringify({
          bench: 'pathological-upload-1mb',
          database: kind,
          visitor: {
            status: anonymous.status,
            ms: +anonymous.ms.toFixed(1),
            cpuMs: +anonymous.cpuMs.toFixed(1),
          },
          loggedIn: {
            status: loggedIn.status,
            ms: +loggedIn.ms.toFixed(1),
            cpuMs: +loggedIn.cpuMs.toFixed(1),
          },
        }),
      );
      // A visitor's body is never read: well under 100 ms even on a machine this busy.
      assert.ok(anonymous.status === 413 || anonymous.status === 401, `visitor: ${anonymous.status}`);
      assert.ok(anonymous.ms < 100, `visitor answered in ${anonymous.ms.toFixed(1)} ms`);
      // A logged-in user's megabyte is parsed and checked in linear time: under 100 ms of CPU (the
      // old pattern took seconds), and under a second of wall time on a shared machine.
      assert.equal(loggedIn.status, 400);
      assert.ok(loggedIn.cpuMs < 100, `logged-in user's request cost ${loggedIn.cpuMs.toFixed(1)} ms of CPU`);
      assert.ok(loggedIn.ms < 1000, `logged-in user answered in ${loggedIn.ms.toFixed(1)} ms`);
    });

    it("refuses a visitor's large body before reading it, and a chunked one while reading it", async () => {
      const big = await f.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@example.nl', password: 'x'.repeat(100_000) }),
      });
      assert.equal(big.statusCode, 413, big.body);
      assert.equal(big.json<Problem>().type, `${PROBLEMS}payload-too-large`);
      const chunked = await f.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        payload: Readable.from([JSON.stringify({ email: 'a@example.nl', password: 'x'.repeat(100_000) })]),
      });
      assert.equal(chunked.statusCode, 413, chunked.body);
      // A visitor's small upload is refused for want of a login, not validated.
      const small = await send(undefined, 'POST', '/api/imports', { fileName: 'x.csv', contentBase64: '!' });
      assert.equal(small.statusCode, 401, small.body);
    });

    it('answers a sheet heading of 40,000 "(" at once (no backtracking pattern on sheet contents)', async () => {
      const csv = `${'('.repeat(40_000)};Voornaam\nx;y\n`;
      const started = performance.now();
      const response = await send(f.planner, 'POST', '/api/imports', {
        fileName: 'haakjes.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      });
      const ms = performance.now() - started;
      assert.ok(response.statusCode < 500, response.body);
      assert.ok(ms < 1000, `answered in ${ms.toFixed(0)} ms`);
    });

    it('refuses a NUL character in any body field, object key, query or path parameter, naming it', async () => {
      const customers = async () => (await f.ctx.db.selectFrom('customers').select('id').execute()).length;
      const before = await customers();
      const cases: [Session | undefined, 'GET' | 'POST', string, unknown, string][] = [
        [
          f.planner,
          'POST',
          '/api/customers',
          {
            name: 'Nul\u0000 BV',
            street: 'Straat 1',
            postalCode: '1234 AB',
            city: 'Utrecht',
            country: 'NL',
            billingEmail: 'f@example.nl',
          },
          'name',
        ],
        [
          f.planner,
          'POST',
          '/api/locations',
          { name: 'Zaal', city: 'Utrecht', extra: { 'k\u0000': 1 } },
          'extra.k\\u0000',
        ],
        [undefined, 'GET', '/api/catalog?q=a%00b', undefined, 'querystring.q'],
        [f.planner, 'GET', '/api/terms/vapro%00/2026', undefined, 'params.provider'],
        [
          f.planner,
          'POST',
          '/api/auth/login',
          { email: 'x@example.nl', password: ['ok', 'a\u0000'] },
          'password.1',
        ],
      ];
      for (const [who, method, url, payload, path] of cases) {
        const response = await send(who, method, url, payload);
        assert.equal(response.statusCode, 400, `${method} ${url}: ${response.body}`);
        const problem = response.json<Problem>();
        assert.equal(problem.type, `${PROBLEMS}nul-character`);
        assert.deepEqual(
          problem.errors?.map((e) => e.path),
          [path],
          url,
        );
      }
      assert.equal(await customers(), before, 'nothing was stored');
    });

    it('refuses a sheet with a NUL in a cell naming row and column, and reads a UTF-16 sheet', async () => {
      const nul = await send(f.planner, 'POST', '/api/imports', {
        fileName: 'nul.csv',
        contentBase64: Buffer.from('Sessiecode;Voornaam\nX;a\u0000b\n').toString('base64'),
      });
      assert.equal(nul.statusCode, 400, nul.body);
      assert.deepEqual(
        nul.json<Problem>().errors?.map((e) => e.path),
        ['row 2, column 2'],
      );
      const text =
        '\ufeffSessiecode\tVoornaam\tAchternaam\tE-mail\r\nGEEN\tJosé\tÖztürk\tjose@example.nl\r\n';
      const utf16 = await send(f.planner, 'POST', '/api/imports', {
        fileName: 'unicode.txt',
        contentBase64: Buffer.from(text, 'utf16le').toString('base64'),
      });
      assert.equal(utf16.statusCode, 201, utf16.body);
      assert.deepEqual(utf16.json<{ headings: string[] }>().headings, [
        'Sessiecode',
        'Voornaam',
        'Achternaam',
        'E-mail',
      ]);
    });

    it('refuses impossible dates and year 0000 with a 400 naming the field, in routes and the terms API', async () => {
      const cases: [Session, 'GET' | 'POST', string, unknown, string][] = [
        [f.planner, 'GET', '/api/sessions?from=2026-04-31', undefined, 'querystring.from'],
        [f.planner, 'GET', '/api/catalog?from=0000-01-01', undefined, 'querystring.from'],
        [
          f.planner,
          'POST',
          '/api/terms/timeline',
          {
            terms: 'plusport-courses',
            part: { kind: 'classroom', price: 39_500, start: '2026-05-12T09:00:00+02:00' },
            on: '2026-02-30',
          },
          'on',
        ],
        [
          f.planner,
          'POST',
          '/api/terms/evaluate',
          {
            terms: 'vapro',
            question: {
              type: 'cancellation',
              requestedAt: '0000-05-04T10:00:00+02:00',
              parts: [{ kind: 'classroom', price: 39_500, start: '2026-05-12T09:00:00+02:00' }],
            },
          },
          'question.requestedAt',
        ],
        [
          f.planner,
          'POST',
          '/api/enrollments/00000000-0000-4000-8000-000000000000/cancellation/proof',
          { receivedOn: '2026-02-30' },
          'receivedOn',
        ],
      ];
      for (const [who, method, url, payload, path] of cases) {
        const response = await send(who, method, url, payload);
        assert.equal(response.statusCode, 400, `${method} ${url}: ${response.body}`);
        const paths = response.json<Problem>().errors?.map((e) => e.path) ?? [];
        assert.ok(paths.includes(path), `${url}: ${paths.join(', ')}`);
      }
    });

    it('refuses a session on an impossible day or in year 0000 (400, not 500)', async () => {
      const product = await f.ctx.db.selectFrom('products').select('id').executeTakeFirstOrThrow();
      for (const startsAt of ['2026-02-30T09:00', '0000-05-12T09:00:00Z', '2026-05-12T25:00']) {
        const response = await send(f.planner, 'POST', '/api/sessions', {
          productId: product.id,
          code: 'DATUM-1',
          startsAt,
          endsAt: '2026-05-12T17:00',
          capacity: 10,
        });
        assert.equal(response.statusCode, 400, `${startsAt}: ${response.body}`);
        assert.ok(
          response.json<Problem>().errors?.some((e) => e.path === 'startsAt'),
          response.body,
        );
      }
    });
  });
}
