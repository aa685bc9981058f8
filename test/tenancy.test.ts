/**
 * Issue 2, done when: "A learner cannot read another learner's data, nor a customer admin another
 * company's (tested)". Also: provider staff see only their provider. A hidden record is "not found".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

const demo = (local: string) => `${local}@demo.klasse.local`;

interface Listed {
  id: string;
  email: string;
}

for (const kind of testDatabaseKinds()) {
  describe(`tenancy (${kind})`, () => {
    let t: TestApp;
    let ids: Record<string, string>;
    let devriesId: string;
    let jansenId: string;
    let other: { providerId: string; customerId: string; plannerId: string; learnerId: string };
    const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.read });
    const post = (url: string, s: Session, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: s.write, payload });

    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
      const users = await identity.listUsers(t.ctx, {
        userId: 'operator',
        role: 'platform_admin',
        name: 'test',
        email: 'test',
        locale: 'en',
        providerId: null,
        customerId: null,
      });
      ids = Object.fromEntries(users.map((u) => [u.email.split('@')[0], u.id]));
      devriesId = users.find((u) => u.email === demo('learner'))?.customerId ?? '';
      jansenId = users.find((u) => u.email === demo('learner2'))?.customerId ?? '';
      // A second provider with a company, a planner and a learner of its own.
      const provider = await t.ctx.db.transaction().execute((tx) =>
        identity.createProvider(t.ctx, tx, {
          name: 'Andere Opleider BV',
          slug: 'andere',
          country: 'BE',
          timeZone: 'Europe/Brussels',
          termsProviderId: 'vapro',
        }),
      );
      const customer = await identity.createCustomer(t.ctx, null, {
        providerId: provider.id,
        name: 'Klant van Andere NV',
        vatNumber: 'BE 0123.456.789',
        street: 'Meir 1',
        postalCode: '2000',
        city: 'Antwerpen',
        country: 'BE',
        billingEmail: 'boekhouding@klant-andere.example',
      });
      const planner = await identity.createUser(t.ctx, null, {
        email: 'planner@andere.example',
        name: 'Andere Planner',
        role: 'planner',
        providerId: provider.id,
        password: DEMO_PASSWORD,
      });
      const learner = await identity.createUser(t.ctx, null, {
        email: 'cursist@andere.example',
        name: 'Andere Cursist',
        role: 'learner',
        providerId: provider.id,
        customerId: customer.id,
      });
      other = {
        providerId: provider.id,
        customerId: customer.id,
        plannerId: planner.id,
        learnerId: learner.id,
      };
    });
    after(async () => {
      await t.close();
    });

    it('shows a learner only themself: another learner is not found, the list holds one user', async () => {
      const learner = await loginAs(t.app, demo('learner'), DEMO_PASSWORD);
      assert.equal((await get(`/api/users/${ids.learner}`, learner)).statusCode, 200);
      for (const hidden of [ids.learner2, ids['customer-admin'], ids.planner, other.learnerId]) {
        const response = await get(`/api/users/${hidden}`, learner);
        assert.equal(response.statusCode, 404);
        assert.equal(response.json().type, 'https://klasse.dev/problems/not-found');
      }
      const list = (await get('/api/users', learner)).json().items as Listed[];
      assert.deepEqual(
        list.map((u) => u.email),
        [demo('learner')],
      );
      assert.deepEqual((await get('/api/customers', learner)).json().items, []);
      assert.equal((await get(`/api/customers/${devriesId}`, learner)).statusCode, 404);
    });

    it('answers "not found" alike for a hidden user and one that does not exist', async () => {
      const learner = await loginAs(t.app, demo('learner'), DEMO_PASSWORD);
      const hidden = await get(`/api/users/${ids.learner2}`, learner);
      const missing = await get('/api/users/00000000-0000-4000-8000-000000000000', learner);
      assert.equal(hidden.statusCode, missing.statusCode);
      assert.equal(hidden.json().detail, missing.json().detail);
    });

    it("keeps a customer admin to their own company: another company's learner and record are not found", async () => {
      const admin = await loginAs(t.app, demo('customer-admin'), DEMO_PASSWORD);
      assert.equal((await get(`/api/users/${ids.learner}`, admin)).statusCode, 200, 'own learner');
      assert.equal((await get(`/api/users/${ids.learner2}`, admin)).statusCode, 404, 'learner at Jansen');
      assert.equal((await get(`/api/users/${ids.planner}`, admin)).statusCode, 404, 'provider staff');
      assert.equal((await get(`/api/customers/${devriesId}`, admin)).statusCode, 200);
      assert.equal((await get(`/api/customers/${jansenId}`, admin)).statusCode, 404);
      const users = (await get('/api/users', admin)).json().items as Listed[];
      assert.deepEqual(users.map((u) => u.email).sort(), [demo('customer-admin'), demo('learner')]);
      const customers = (await get('/api/customers', admin)).json().items as Listed[];
      assert.deepEqual(
        customers.map((c) => c.id),
        [devriesId],
      );
      // Asking for the other company's learners by filter gives nothing either.
      const filtered = (await get(`/api/users?customerId=${jansenId}`, admin)).json().items;
      assert.deepEqual(filtered, []);
    });

    it('lets a customer admin add learners to their own company only, and write nothing elsewhere', async () => {
      const admin = await loginAs(t.app, demo('customer-admin'), DEMO_PASSWORD);
      const own = await post('/api/users', admin, {
        email: 'nieuw@devries.example',
        name: 'Nieuwe Collega',
        role: 'learner',
      });
      assert.equal(own.statusCode, 201, own.body);
      assert.equal(own.json().customerId, devriesId);

      const before = (await identity.listUsers(t.ctx, adminActor())).length;
      const refused = [
        { email: 'a@jansen.example', name: 'Bij Jansen', role: 'learner', customerId: jansenId },
        {
          email: 'b@andere.example',
          name: 'Bij Andere',
          role: 'learner',
          providerId: other.providerId,
          customerId: other.customerId,
        },
        { email: 'c@devries.example', name: 'Tweede beheerder', role: 'customer_admin' },
        { email: 'd@demo.example', name: 'Planner', role: 'planner' },
      ];
      for (const payload of refused) {
        const response = await post('/api/users', admin, payload);
        assert.equal(response.statusCode, 403, `${payload.email}: ${response.body}`);
      }
      assert.equal((await identity.listUsers(t.ctx, adminActor())).length, before, 'no user was written');

      // Nor may they change a learner of another company, or make their own learner a customer admin.
      const patchOther = await t.app.inject({
        method: 'PATCH',
        url: `/api/users/${ids.learner2}`,
        headers: admin.write,
        payload: { name: 'Overgenomen' },
      });
      assert.equal(patchOther.statusCode, 404);
      const promote = await t.app.inject({
        method: 'PATCH',
        url: `/api/users/${ids.learner}`,
        headers: admin.write,
        payload: { role: 'customer_admin' },
      });
      assert.equal(promote.statusCode, 403);
      // A customer admin does not add companies.
      const company = await post('/api/customers', admin, {
        name: 'Eigen BV',
        street: 'Straat 1',
        postalCode: '1234 AB',
        city: 'Utrecht',
        billingEmail: 'x@eigen.example',
      });
      assert.equal(company.statusCode, 403);
    });

    it("keeps provider staff to their own provider's users and companies", async () => {
      const planner = await loginAs(t.app, demo('planner'), DEMO_PASSWORD);
      const users = (await get('/api/users', planner)).json().items as Listed[];
      assert.ok(users.some((u) => u.email === demo('learner2')));
      assert.ok(!users.some((u) => u.email.endsWith('@andere.example')), 'no user of the other provider');
      assert.ok(!users.some((u) => u.email === demo('admin')), 'the platform admin belongs to no provider');
      assert.equal((await get(`/api/users/${other.plannerId}`, planner)).statusCode, 404);
      assert.equal((await get(`/api/users/${other.learnerId}`, planner)).statusCode, 404);
      assert.equal((await get(`/api/customers/${other.customerId}`, planner)).statusCode, 404);
      const customers = (await get('/api/customers', planner)).json().items as Listed[];
      assert.deepEqual(customers.map((c) => c.id).sort(), [devriesId, jansenId].sort());

      const foreign = await loginAs(t.app, 'planner@andere.example', DEMO_PASSWORD);
      const theirs = (await get('/api/users', foreign)).json().items as Listed[];
      assert.deepEqual(theirs.map((u) => u.email).sort(), [
        'cursist@andere.example',
        'planner@andere.example',
      ]);
    });

    it('lets provider staff create users of their provider, but no platform admin and no one elsewhere', async () => {
      const planner = await loginAs(t.app, demo('planner'), DEMO_PASSWORD);
      const instructor = await post('/api/users', planner, {
        email: 'docent2@demo.example',
        name: 'Tweede Docent',
        role: 'instructor',
      });
      assert.equal(instructor.statusCode, 201, instructor.body);
      assert.equal(instructor.json().providerId, (await loginProviderId(planner)) ?? '');
      const admin = await post('/api/users', planner, {
        email: 'baas@demo.example',
        name: 'Baas',
        role: 'platform_admin',
      });
      assert.equal(admin.statusCode, 403);
      const elsewhere = await post('/api/users', planner, {
        email: 'x@andere.example',
        name: 'Elders',
        role: 'learner',
        providerId: other.providerId,
      });
      assert.equal(elsewhere.statusCode, 403);
      const foreignCompany = await post('/api/users', planner, {
        email: 'y@andere.example',
        name: 'Bij klant van Andere',
        role: 'learner',
        customerId: other.customerId,
      });
      assert.equal(foreignCompany.statusCode, 400, 'a company of another provider is no company of ours');
      assert.equal(foreignCompany.json().errors[0].path, 'customerId');
    });

    it('lets the platform admin see every provider', async () => {
      const admin = await loginAs(t.app, demo('admin'), DEMO_PASSWORD);
      assert.equal((await get(`/api/users/${other.learnerId}`, admin)).statusCode, 200);
      assert.equal((await get(`/api/customers/${other.customerId}`, admin)).statusCode, 200);
    });

    async function loginProviderId(s: Session): Promise<string | undefined> {
      return (await get('/api/me', s)).json().provider?.id;
    }

    function adminActor() {
      return {
        userId: 'operator',
        role: 'platform_admin' as const,
        name: 'test',
        email: 'test',
        locale: 'en' as const,
        providerId: null,
        customerId: null,
      };
    }
  });
}
