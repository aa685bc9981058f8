import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { LOGIN_LIMIT } from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

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

/** Issue 12, item 5: a password change or reset shuts out whatever the old password opened. */
for (const kind of testDatabaseKinds()) {
  describe(`changing and resetting a password (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
    });
    after(async () => {
      await t.close();
    });

    const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/me', headers });
    const newToken = async (session: Session) => {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: session.write,
        payload: { name: 'koppeling' },
      });
      assert.equal(created.statusCode, 201, created.body);
      return { authorization: `Bearer ${created.json().token}` };
    };
    const changeOwn = (headers: Record<string, string>, payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/me/password', headers, payload });

    it("changes one's own password only with the current one, ending other sessions and every token", async () => {
      const email = 'learner@demo.klasse.local';
      const here = await loginAs(t.app, email, DEMO_PASSWORD);
      const elsewhere = await loginAs(t.app, email, DEMO_PASSWORD);
      const token = await newToken(here);

      const withoutCurrent = await changeOwn(here.write, { newPassword: 'een-heel-nieuw-wachtwoord' });
      assert.equal(withoutCurrent.statusCode, 400);
      assert.deepEqual(
        withoutCurrent.json().errors.map((e: { path: string }) => e.path),
        ['currentPassword'],
      );
      const wrong = await changeOwn(here.write, {
        currentPassword: 'niet-het-wachtwoord',
        newPassword: 'een-heel-nieuw-wachtwoord',
      });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().errors[0].path, 'currentPassword');
      assert.equal((await me(elsewhere.read)).statusCode, 200, 'a refused change ends nothing');
      const viaPatch = await t.app.inject({
        method: 'PATCH',
        url: `/api/users/${here.userId}`,
        headers: here.write,
        payload: { password: 'een-heel-nieuw-wachtwoord' },
      });
      assert.equal(viaPatch.statusCode, 400, 'not around the current password through PATCH');

      const changed = await changeOwn(here.write, {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'een-heel-nieuw-wachtwoord',
      });
      assert.equal(changed.statusCode, 204, changed.body);
      assert.equal((await me(here.read)).statusCode, 200, 'the session it was changed in goes on');
      assert.equal((await me(elsewhere.read)).statusCode, 401, 'another session is ended');
      assert.equal((await me(token)).statusCode, 401, 'the API token is revoked');
      await assert.rejects(loginAs(t.app, email, DEMO_PASSWORD), /401/);
      await loginAs(t.app, email, 'een-heel-nieuw-wachtwoord');
    });

    it('ends every session and token of a user whose password someone else resets', async () => {
      const email = 'learner2@demo.klasse.local';
      const learner = await loginAs(t.app, email, DEMO_PASSWORD);
      const token = await newToken(learner);
      const planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
      const reset = await t.app.inject({
        method: 'PATCH',
        url: `/api/users/${learner.userId}`,
        headers: planner.write,
        payload: { password: 'door-de-planner-gezet' },
      });
      assert.equal(reset.statusCode, 200, reset.body);
      assert.equal((await me(learner.read)).statusCode, 401);
      assert.equal((await me(token)).statusCode, 401);
      await loginAs(t.app, email, 'door-de-planner-gezet');
    });

    it('changing with an API token revokes that token and every session', async () => {
      const email = 'finance@demo.klasse.local';
      const session = await loginAs(t.app, email, DEMO_PASSWORD);
      const token = await newToken(session);
      const changed = await changeOwn(token, {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'financieel-nieuw-wachtwoord',
      });
      assert.equal(changed.statusCode, 204, changed.body);
      assert.equal((await me(session.read)).statusCode, 401);
      assert.equal((await me(token)).statusCode, 401);
    });
  });
}
