import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { catalogRoutes } from '../src/catalog/routes.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { registerAuth } from '../src/identity/http-auth.ts';
import { identityRoutes } from '../src/identity/routes.ts';
import { LOGIN_LIMIT } from '../src/identity/service.ts';
import { buildServer } from '../src/platform/http/server.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, sessionCookieOf, startTestApp, type TestApp } from './support/identity-app.ts';

const PLANNER = 'planner@demo.klasse.local';
const LEARNER = 'learner@demo.klasse.local';

for (const kind of testDatabaseKinds()) {
  describe(`logging in, sessions and API tokens (${kind})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
    });
    after(async () => {
      await t.close();
    });

    it('logs in with the right password: an httpOnly, SameSite=Lax cookie and a CSRF token, no hash', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'Planner@Demo.Klasse.Local', password: DEMO_PASSWORD },
      });
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.user.email, PLANNER);
      assert.equal(body.user.role, 'planner');
      assert.ok(body.csrfToken.length >= 32);
      assert.ok(!response.body.includes('argon2'), 'no password hash in the answer');
      const setCookie = String(response.headers['set-cookie']);
      assert.match(setCookie, /klasse_session=[^;]+/);
      assert.match(setCookie, /HttpOnly/i);
      assert.match(setCookie, /SameSite=Lax/i);
      assert.match(setCookie, /Path=\/api/, 'sent to the API only');
      assert.doesNotMatch(setCookie, /Secure/i, 'no Secure flag on plain HTTP');
    });

    it('refuses a wrong password or an unknown e-mail alike, with a 401 problem', async () => {
      for (const payload of [
        { email: PLANNER, password: 'not-the-password' },
        { email: 'nobody@demo.klasse.local', password: DEMO_PASSWORD },
      ]) {
        const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
        assert.equal(response.statusCode, 401);
        assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        assert.equal(response.json().type, 'https://klasse.dev/problems/invalid-credentials');
        assert.equal(response.headers['set-cookie'], undefined);
      }
    });

    it('says who is logged in, with their provider, company and CSRF token', async () => {
      const session = await loginAs(t.app, LEARNER, DEMO_PASSWORD);
      const response = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.read });
      assert.equal(response.statusCode, 200);
      const me = response.json();
      assert.equal(me.user.email, LEARNER);
      assert.equal(me.csrfToken, session.csrfToken);
      assert.equal(me.provider.name, 'Opleidingscentrum Demo B.V.');
      assert.equal(me.customer.name, 'Bouwbedrijf De Vries B.V.');
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/me' });
      assert.equal(anonymous.statusCode, 401);
    });

    it('refuses a change made with a session cookie but without the right X-CSRF-Token', async () => {
      const session = await loginAs(t.app, PLANNER, DEMO_PASSWORD);
      const without = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: session.read,
        payload: { name: 'no csrf' },
      });
      assert.equal(without.statusCode, 403);
      assert.equal(without.json().type, 'https://klasse.dev/problems/csrf-token-invalid');
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { ...session.read, 'x-csrf-token': 'guessed' },
        payload: { name: 'wrong csrf' },
      });
      assert.equal(wrong.statusCode, 403);
      const list = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: session.read });
      assert.deepEqual(list.json().items, [], 'the refused requests made nothing');
      const right = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: session.write,
        payload: { name: 'with csrf' },
      });
      assert.equal(right.statusCode, 201, right.body);
    });

    it('logs in again over an old session without asking for its CSRF token', async () => {
      const old = await loginAs(t.app, PLANNER, DEMO_PASSWORD);
      const again = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: old.read,
        payload: { email: PLANNER, password: DEMO_PASSWORD },
      });
      assert.equal(again.statusCode, 200, again.body);
      assert.notEqual(again.json().csrfToken, old.csrfToken, 'a new session, with a new token');
    });

    it('ends the session on logout', async () => {
      const session = await loginAs(t.app, PLANNER, DEMO_PASSWORD);
      const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session.write });
      assert.equal(logout.statusCode, 204);
      assert.match(String(logout.headers['set-cookie']), /klasse_session=;/);
      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.read });
      assert.equal(me.statusCode, 401);
    });

    it('accepts an API token without CSRF, lists tokens without their secret, and refuses a revoked one', async () => {
      const session = await loginAs(t.app, PLANNER, DEMO_PASSWORD);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: session.write,
        payload: { name: 'AFAS koppeling' },
      });
      assert.equal(created.statusCode, 201);
      const { id, token } = created.json();
      assert.match(token, /^klasse_/);
      const bearer = { authorization: `Bearer ${token}` };

      const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer });
      assert.equal(me.statusCode, 200);
      assert.equal(me.json().user.email, PLANNER);
      assert.equal(me.json().csrfToken, null);
      const write = await t.app.inject({
        method: 'POST',
        url: '/api/customers',
        headers: bearer,
        payload: {
          name: 'Via API B.V.',
          street: 'Weg 1',
          postalCode: '1234 AB',
          city: 'Zwolle',
          billingEmail: 'factuur@via-api.example',
        },
      });
      assert.equal(write.statusCode, 201, write.body);

      const list = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: bearer });
      const listed = list.json().items.find((x: { id: string }) => x.id === id);
      assert.equal(listed.name, 'AFAS koppeling');
      assert.ok(listed.lastUsedAt, 'the token records its use');
      assert.ok(!list.body.includes(token), 'the secret is shown only once');

      // Someone else cannot revoke it: to them it does not exist.
      const learner = await loginAs(t.app, LEARNER, DEMO_PASSWORD);
      const foreign = await t.app.inject({
        method: 'DELETE',
        url: `/api/tokens/${id}`,
        headers: learner.write,
      });
      assert.equal(foreign.statusCode, 404);

      const revoke = await t.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: bearer });
      assert.equal(revoke.statusCode, 204);
      const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer });
      assert.equal(after.statusCode, 401);
      const garbage = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: 'Basic abc' },
      });
      assert.equal(garbage.statusCode, 401);
    });

    it('slides the session expiry with use, and ends an idle session', async () => {
      const session = await loginAs(t.app, PLANNER, DEMO_PASSWORD);
      t.clock.advance({ hours: 24 * 11 });
      const used = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.read });
      assert.equal(used.statusCode, 200);
      assert.ok(sessionCookieOf(used.headers['set-cookie']), 'the cookie is sent again with its new expiry');
      t.clock.advance({ hours: 24 * 11 });
      const stillUsed = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.read });
      assert.equal(stillUsed.statusCode, 200, '22 days after login, but used 11 days ago');
      t.clock.advance({ hours: 24 * 13 });
      const idle = await t.app.inject({ method: 'GET', url: '/api/me', headers: session.read });
      assert.equal(idle.statusCode, 401);
    });

    it(`throttles logins after ${LOGIN_LIMIT.failures} failures per e-mail and address in ${LOGIN_LIMIT.windowMinutes} minutes`, async () => {
      const email = 'finance@demo.klasse.local';
      const attempt = (password: string, remoteAddress = '203.0.113.7') =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });
      for (let i = 0; i < LOGIN_LIMIT.failures; i++)
        assert.equal((await attempt('wrong-password')).statusCode, 401);
      const throttled = await attempt(DEMO_PASSWORD);
      assert.equal(throttled.statusCode, 429, 'even the right password waits');
      assert.equal(throttled.json().type, 'https://klasse.dev/problems/too-many-login-attempts');
      assert.ok(Number(throttled.headers['retry-after']) > 0);
      assert.equal(
        (await attempt(DEMO_PASSWORD, '198.51.100.9')).statusCode,
        200,
        'another address is not held up',
      );
      t.clock.advance({ minutes: LOGIN_LIMIT.windowMinutes + 1 });
      assert.equal((await attempt(DEMO_PASSWORD)).statusCode, 200);
    });

    it('refuses a disabled user and ends their sessions', async () => {
      const learner = await loginAs(t.app, 'learner2@demo.klasse.local', DEMO_PASSWORD);
      const admin = await loginAs(t.app, 'admin@demo.klasse.local', DEMO_PASSWORD);
      const disable = await t.app.inject({
        method: 'PATCH',
        url: `/api/users/${learner.userId}`,
        headers: admin.write,
        payload: { disabled: true },
      });
      assert.equal(disable.statusCode, 200, disable.body);
      assert.equal(
        (await t.app.inject({ method: 'GET', url: '/api/me', headers: learner.read })).statusCode,
        401,
      );
      await assert.rejects(loginAs(t.app, 'learner2@demo.klasse.local', DEMO_PASSWORD), /401/);
    });

    it('marks the cookie Secure when Klasse runs behind TLS', async () => {
      const ctx = { ...t.ctx, config: { ...t.ctx.config, secureCookies: true } };
      const app = await buildServer(ctx, [identityRoutes, catalogRoutes], { auth: registerAuth });
      try {
        const response = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: PLANNER, password: DEMO_PASSWORD },
        });
        assert.equal(response.statusCode, 200);
        assert.match(String(response.headers['set-cookie']), /; Secure/i);
      } finally {
        await app.close();
      }
    });
  });
}
