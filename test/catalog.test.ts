import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, startTestApp, type TestApp } from './support/identity-app.ts';

interface Item {
  id: string;
  code: string;
  name: string;
  type: string;
  published: boolean;
  providerId: string;
}

const product = (code: string, extra: object = {}) => ({
  code,
  name: `Product ${code}`,
  type: 'classroom',
  priceCents: 39_500,
  vatCode: 'exempt_training',
  durationMinutes: 480,
  description: 'Klassikale training',
  ...extra,
});

for (const kind of testDatabaseKinds()) {
  describe(`catalog (${kind})`, () => {
    let t: TestApp;
    let otherDraftId: string;
    const codes = (items: Item[]) => items.map((i) => i.code).sort();
    const search = async (query: string, headers: Record<string, string> = {}) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/catalog${query}`, headers });
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as Item[];
    };

    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
      // A second provider, with a published course and a draft of its own.
      await t.ctx.db.transaction().execute((tx) =>
        identity.createProvider(t.ctx, tx, {
          name: 'Andere Opleider BV',
          slug: 'andere',
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          termsProviderId: 'ingenium',
        }),
      );
      await identity.createUserAsOperator(t.ctx, {
        email: 'planner@andere.example',
        name: 'Andere Planner',
        role: 'planner',
        providerSlug: 'andere',
        password: DEMO_PASSWORD,
      });
      const planner = await loginAs(t.app, 'planner@andere.example', DEMO_PASSWORD);
      const open = await t.app.inject({
        method: 'POST',
        url: '/api/catalog',
        headers: planner.write,
        payload: product('AND-VCA', { name: 'VCA Basis bij Andere', published: true }),
      });
      assert.equal(open.statusCode, 201, open.body);
      const draft = await t.app.inject({
        method: 'POST',
        url: '/api/catalog',
        headers: planner.write,
        payload: product('AND-GEHEIM', { name: 'VCA Vol concept', published: false }),
      });
      assert.equal(draft.statusCode, 201, draft.body);
      otherDraftId = draft.json().id;
    });
    after(async () => {
      await t.close();
    });

    it("lists a provider's published products to anyone, without logging in", async () => {
      const items = await search('?provider=demo');
      assert.deepEqual(codes(items), [
        'BHV-PRAKTIJK',
        'BOEK-VCA-B',
        'HW-PRAKTIJK',
        'HW-THEORIE',
        'NEN3140-VP',
        'VCA-B-EL',
        'VCA-B-EX',
        'VCA-B-PAKKET',
      ]);
      const book = items.find((i) => i.code === 'BOEK-VCA-B');
      assert.equal(book?.type, 'textbook');
      assert.ok(items.every((i) => i.published));
    });

    it('searches by text and by type', async () => {
      assert.deepEqual(codes(await search('?provider=demo&q=vca')), [
        'BOEK-VCA-B',
        'VCA-B-EL',
        'VCA-B-EX',
        'VCA-B-PAKKET',
      ]);
      assert.deepEqual(codes(await search('?provider=demo&q=vca&type=exam')), ['VCA-B-EX']);
      assert.deepEqual(codes(await search('?q=VCA%20Basis&type=classroom')), ['AND-VCA'], 'across providers');
      assert.deepEqual(
        await search('?provider=demo&q=100%25'),
        [],
        'a % in the text is a character, not a wildcard',
      );
      const unknown = await t.app.inject({ method: 'GET', url: '/api/catalog?provider=bestaat-niet' });
      assert.equal(unknown.statusCode, 404);
      const badType = await t.app.inject({ method: 'GET', url: '/api/catalog?type=cursus' });
      assert.equal(badType.statusCode, 400);
    });

    it("shows staff their own drafts, but never another provider's", async () => {
      const planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
      const items = await search('', planner.read);
      assert.ok(
        items.some((i) => i.code === 'ATEX-WS' && !i.published),
        'own draft',
      );
      assert.ok(
        items.some((i) => i.code === 'AND-VCA'),
        "the other provider's published course",
      );
      assert.ok(!items.some((i) => i.code === 'AND-GEHEIM'), "not the other provider's draft");
      const foreignDraft = await t.app.inject({
        method: 'GET',
        url: `/api/catalog/${otherDraftId}`,
        headers: planner.read,
      });
      assert.equal(foreignDraft.statusCode, 404);

      assert.ok(
        !(await search('?provider=demo')).some((i) => i.code === 'ATEX-WS'),
        'visitors do not see drafts',
      );
      const learner = await loginAs(t.app, 'learner@demo.klasse.local', DEMO_PASSWORD);
      assert.ok(
        !(await search('?provider=demo', learner.read)).some((i) => i.code === 'ATEX-WS'),
        'nor do learners',
      );

      const admin = await loginAs(t.app, 'admin@demo.klasse.local', DEMO_PASSWORD);
      assert.ok(
        (await search('', admin.read)).some((i) => i.code === 'AND-GEHEIM'),
        'the platform admin sees all',
      );
    });

    it('lets provider staff add products, and no one else', async () => {
      const planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/catalog',
        headers: planner.write,
        payload: product('VCA-VOL', { name: 'VCA VOL klassikaal', priceCents: 59_500 }),
      });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal(created.json().priceCents, 59_500);
      const fetched = await t.app.inject({ method: 'GET', url: `/api/catalog/${created.json().id}` });
      assert.equal(fetched.json().name, 'VCA VOL klassikaal');

      const again = await t.app.inject({
        method: 'POST',
        url: '/api/catalog',
        headers: planner.write,
        payload: product('VCA-VOL'),
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://klasse.dev/problems/product-code-taken');

      for (const local of ['customer-admin', 'learner', 'instructor', 'trainer']) {
        const s = await loginAs(t.app, `${local}@demo.klasse.local`, DEMO_PASSWORD);
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/catalog',
          headers: s.write,
          payload: product(`X-${local}`),
        });
        assert.equal(response.statusCode, 403, local);
      }
      const anonymous = await t.app.inject({
        method: 'POST',
        url: '/api/catalog',
        payload: product('X-ANON'),
      });
      assert.equal(anonymous.statusCode, 401);
    });

    it('refuses a bad product naming the fields, and writes nothing', async () => {
      const planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
      const before = (await search('', planner.read)).length;
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/catalog',
        headers: planner.write,
        payload: product('BAD', { type: 'cursus', priceCents: 12.5, vatCode: 'high' }),
      });
      assert.equal(response.statusCode, 400);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      const paths = (response.json().errors as { path: string }[]).map((e) => e.path).sort();
      assert.deepEqual(paths, ['priceCents', 'type', 'vatCode']);
      assert.equal((await search('', planner.read)).length, before);
    });
  });
}
