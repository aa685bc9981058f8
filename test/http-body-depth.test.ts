import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoIfEmpty } from '../src/demo/seed.ts';
import { MAX_BODY_DEPTH } from '../src/platform/http/body-depth.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

/** `levels` arrays inside one another around a string: 20,000 levels are 40 KB. */
const nested = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;
/** The same depth as objects, which a route's schema would read field by field. */
const nestedObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/**
 * Issue 12, item 3: a body of 20,000 nested arrays (under 1 MB) overflowed the stack in the
 * idempotency plugin's walk and answered 500. Every body is now measured first, without recursion,
 * and one nested deeper than the limit gets a 400 problem naming it; the server keeps answering.
 */
for (const kind of testDatabaseKinds()) {
  describe(`Deeply nested JSON bodies (${kind})`, () => {
    let test: TestApp;
    let planner: Session;

    before(async () => {
      test = await startTestApp(kind);
      const logins = await seedDemoIfEmpty(test.ctx);
      if (!logins) throw new Error('the test database was not empty');
      const account = logins.accounts.find((a) => a.role === 'planner');
      if (!account) throw new Error('no demo planner');
      planner = await loginAs(test.app, account.email, logins.password);
    });
    after(async () => {
      await test.close();
    });

    async function send(headers: Record<string, string>, url: string, payload: string) {
      const start = performance.now();
      const response = await test.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, 'content-type': 'application/json' },
        payload,
      });
      return { response, ms: performance.now() - start };
    }

    it('refuses 20,000 levels with a 400 problem naming the limit, quickly, and keeps answering', async () => {
      // Logged in with an Idempotency-Key (the plugin's walk): 20,000 levels. Anonymous (a login
      // attempt): as deep as fits in a visitor's 16 KB body (input-guard.ts); larger is a 413 first.
      const cases = [
        ...[nested(20_000), nestedObject(20_000)].map(
          (body) =>
            [{ ...planner.write, 'idempotency-key': `deep-${body.length}` }, '/api/customers', body] as const,
        ),
        ...[nested(8_000), nestedObject(2_500)].map((body) => [{}, '/api/auth/login', body] as const),
      ];
      for (const [headers, url, body] of cases) {
        const { response, ms } = await send(headers, url, body);
        assert.equal(response.statusCode, 400, response.body);
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
        const problem = response.json<{ type: string; detail: string; errors: { path: string }[] }>();
        assert.equal(problem.type, 'https://klasse.dev/problems/body-too-deeply-nested');
        assert.match(problem.detail, new RegExp(`more than ${MAX_BODY_DEPTH} levels`));
        assert.deepEqual(
          problem.errors.map((e) => e.path),
          ['body'],
        );
        assert.ok(ms < 500, `answered in ${Math.round(ms)} ms`);
      }
      const health = await test.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
    });

    it('still reads a body at the limit, and refuses one level more', async () => {
      const atLimit = await send(planner.write, '/api/customers', nestedObject(MAX_BODY_DEPTH));
      // Read, and refused by the route's own schema: not by the depth limit.
      assert.equal(atLimit.response.statusCode, 400);
      assert.equal(
        atLimit.response.json<{ type: string }>().type,
        'https://klasse.dev/problems/validation-failed',
      );
      const over = await send(planner.write, '/api/customers', nestedObject(MAX_BODY_DEPTH + 1));
      assert.equal(
        over.response.json<{ type: string }>().type,
        'https://klasse.dev/problems/body-too-deeply-nested',
      );
    });
  });
}
