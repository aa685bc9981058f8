import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

interface Problem {
  type: string;
  errors?: { path: string; message: string }[];
}

for (const kind of testDatabaseKinds()) {
  describe(`users and customer companies (${kind})`, () => {
    let t: TestApp;
    let planner: Session;
    const count = async (url: string) =>
      ((await t.app.inject({ method: 'GET', url, headers: planner.read })).json().items as unknown[]).length;
    const post = (url: string, payload: object, s = planner) =>
      t.app.inject({ method: 'POST', url, headers: s.write, payload });

    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
      planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
    });
    after(async () => {
      await t.close();
    });

    it('refuses a bad user body with problem+json naming each field, and writes nothing', async () => {
      const before = await count('/api/users');
      const response = await post('/api/users', {
        email: 'not-an-email',
        name: '',
        role: 'boss',
        password: 'short',
      });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      const problem = response.json() as Problem;
      assert.equal(problem.type, 'https://klasse.dev/problems/validation-failed');
      assert.deepEqual(problem.errors?.map((e) => e.path).sort(), ['email', 'name', 'password', 'role']);
      assert.equal(await count('/api/users'), before);
    });

    it('refuses a user whose company does not fit the role, naming the field', async () => {
      const before = await count('/api/users');
      const noCompany = await post('/api/users', {
        email: 'beheerder@nergens.example',
        name: 'Beheerder zonder bedrijf',
        role: 'customer_admin',
      });
      assert.equal(noCompany.statusCode, 400);
      assert.deepEqual(
        (noCompany.json() as Problem).errors?.map((e) => e.path),
        ['customerId'],
      );
      assert.equal(await count('/api/users'), before);
    });

    it('creates a user who can log in, and refuses the same e-mail in other letters', async () => {
      const created = await post('/api/users', {
        email: 'Nieuwe.Planner@Demo.Example',
        name: 'Nieuwe Planner',
        role: 'planner',
        locale: 'en',
        password: 'een-lang-wachtwoord',
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().email, 'nieuwe.planner@demo.example');
      assert.equal(created.json().locale, 'en');
      assert.ok(!created.body.includes('password'), 'no password or hash in the answer');
      const session = await loginAs(t.app, 'nieuwe.planner@demo.example', 'een-lang-wachtwoord');
      assert.equal(session.userId, created.json().id);

      const duplicate = await post('/api/users', {
        email: 'NIEUWE.planner@demo.example',
        name: 'Dubbel',
        role: 'planner',
      });
      assert.equal(duplicate.statusCode, 409);
      assert.equal((duplicate.json() as Problem).type, 'https://klasse.dev/problems/email-taken');
    });

    it('lets a user change their own name and language, but not their role', async () => {
      const learner = await loginAs(t.app, 'learner@demo.klasse.local', DEMO_PASSWORD);
      const patch = (payload: object) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/users/${learner.userId}`,
          headers: learner.write,
          payload,
        });
      const own = await patch({ name: 'Tom Smit-de Wit', locale: 'en' });
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().name, 'Tom Smit-de Wit');
      // One's own password only with the current one, at POST /api/me/password (issue 12, item 5).
      assert.equal((await patch({ password: 'mijn-nieuwe-wachtwoord' })).statusCode, 400);
      assert.equal((await patch({ role: 'planner' })).statusCode, 403);
      assert.equal((await patch({ disabled: true })).statusCode, 403);
      const unknownField = await patch({ passwordHash: 'x' });
      assert.equal(unknownField.statusCode, 400);
    });

    it('adds a customer company with its KvK and VAT number checked and tidied', async () => {
      const bad = await post('/api/customers', {
        name: 'Fout BV',
        chamberOfCommerceNumber: '123',
        vatNumber: 'NL12',
        street: 'Straat 1',
        postalCode: '1234 AB',
        city: 'Utrecht',
        billingEmail: 'geen-email',
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual((bad.json() as Problem).errors?.map((e) => e.path).sort(), [
        'billingEmail',
        'chamberOfCommerceNumber',
        'vatNumber',
      ]);
      const good = await post('/api/customers', {
        name: 'Goed BV',
        chamberOfCommerceNumber: '1234 5678',
        vatNumber: 'nl123456789b01',
        street: 'Straat 1',
        postalCode: '1234 AB',
        city: 'Utrecht',
        billingEmail: 'Facturen@Goed.example',
      });
      assert.equal(good.statusCode, 201, good.body);
      const customer = good.json();
      assert.equal(customer.chamberOfCommerceNumber, '12345678');
      assert.equal(customer.vatNumber, 'NL123456789B01');
      assert.equal(customer.billingEmail, 'facturen@goed.example');
      assert.equal(customer.country, 'NL');
      const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: planner.read })).json();
      assert.equal(customer.providerId, me.provider.id);
    });
  });
}
