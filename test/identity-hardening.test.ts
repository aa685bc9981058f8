import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { LOGIN_LIMIT } from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { startTestApp, type TestApp } from './support/identity-app.ts';

/** Issue 12, item 4: the login throttle holds when the attempts come all at once. */
for (const kind of testDatabaseKinds()) {
  describe(`login throttle under parallel attempts (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
    });
    after(async () => {
      await t.close();
    });

    it(`refuses all but ${LOGIN_LIMIT.failures} of 60 parallel wrong passwords with 429`, async () => {
      const email = 'planner@demo.klasse.local';
      const attempt = (password: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email, password },
          remoteAddress: '203.0.113.60',
        });
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(`wrong-password-${i}`)));
      const statuses = answers.map((a) => a.statusCode);
      assert.equal(statuses.filter((s) => s === 401).length, LOGIN_LIMIT.failures, String(statuses));
      assert.equal(statuses.filter((s) => s === 429).length, 60 - LOGIN_LIMIT.failures, String(statuses));
      const right = await attempt(DEMO_PASSWORD);
      assert.equal(right.statusCode, 429, 'the right password waits too');
      assert.ok(Number(right.headers['retry-after']) > 0);
    });

    it('counts an unknown e-mail address the same way', async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          t.app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { email: 'nobody@nowhere.example', password: 'whatever-it-is' },
            remoteAddress: '203.0.113.61',
          }),
        ),
      );
      assert.equal(answers.filter((a) => a.statusCode === 429).length, 30 - LOGIN_LIMIT.failures);
    });
  });
}
