import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedDemoIfEmpty } from '../src/demo/seed.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

/**
 * Idempotency-Key with the real identity hooks: keys belong to the user who sent them, and a request
 * refused before it ran (no CSRF token) does not use up its key.
 */
for (const kind of testDatabaseKinds()) {
  describe(`Idempotency-Key with logged-in users (${kind})`, () => {
    let test: TestApp;
    let planner: Session;
    let administration: Session;

    before(async () => {
      test = await startTestApp(kind);
      const logins = await seedDemoIfEmpty(test.ctx);
      if (!logins) throw new Error('the test database was not empty');
      const emailOf = (role: string) => {
        const account = logins.accounts.find((a) => a.role === role);
        if (!account) throw new Error(`no demo ${role}`);
        return account.email;
      };
      planner = await loginAs(test.app, emailOf('planner'), logins.password);
      administration = await loginAs(test.app, emailOf('administration'), logins.password);
    });
    after(async () => {
      await test.close();
    });

    const customer = (name: string) => ({
      name,
      street: 'Stationsplein 1',
      postalCode: '3511 ED',
      city: 'Utrecht',
      country: 'NL',
      billingEmail: 'facturen@example.nl',
    });

    async function customerNames(session: Session): Promise<string[]> {
      const response = await test.app.inject({ method: 'GET', url: '/api/customers', headers: session.read });
      assert.equal(response.statusCode, 200);
      return response.json<{ items: { name: string }[] }>().items.map((c) => c.name);
    }

    it('replays a retry to the same user only', async () => {
      const send = (session: Session, name: string) =>
        test.app.inject({
          method: 'POST',
          url: '/api/customers',
          headers: { ...session.write, 'idempotency-key': 'add-customer-1' },
          payload: customer(name),
        });
      const first = await send(planner, 'Bouwbedrijf Retry B.V.');
      assert.equal(first.statusCode, 201, first.body);
      const retry = await send(planner, 'Bouwbedrijf Retry B.V.');
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.deepEqual(retry.json(), first.json());
      assert.equal(
        (await customerNames(planner)).filter((n) => n === 'Bouwbedrijf Retry B.V.').length,
        1,
        'the customer was added once',
      );

      // A colleague who happens to pick the same key runs their own request.
      const colleague = await send(administration, 'Installatietechniek Eigen Sleutel B.V.');
      assert.equal(colleague.statusCode, 201, colleague.body);
      assert.equal(colleague.headers['idempotent-replayed'], undefined);
      assert.ok((await customerNames(planner)).includes('Installatietechniek Eigen Sleutel B.V.'));
    });

    it('does not use up a key on a request refused for a missing CSRF token', async () => {
      const body = customer('Schoonmaak Tweede Poging B.V.');
      const refused = await test.app.inject({
        method: 'POST',
        url: '/api/customers',
        headers: { ...planner.read, 'idempotency-key': 'add-customer-2' },
        payload: body,
      });
      assert.equal(refused.statusCode, 403);
      const retry = await test.app.inject({
        method: 'POST',
        url: '/api/customers',
        headers: { ...planner.write, 'idempotency-key': 'add-customer-2' },
        payload: body,
      });
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(retry.headers['idempotent-replayed'], undefined);
    });
  });
}
