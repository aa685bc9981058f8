/**
 * Issue 4, item 1 over HTTP on both databases: products of every type with exam delivery and format
 * and the plusport-cursusvoorwaarden#14.6 flags, packages whose parts add up to the price, prerequisites, learners'
 * achievements, and the public catalog with upcoming sessions, seats left and filters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as catalog from '../src/catalog/service.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

const demo = (local: string) => `${local}@demo.klasse.local`;

interface Problem {
  type: string;
  errors?: { path: string; message: string }[];
}
const fieldsOf = (body: Problem) => (body.errors ?? []).map((e) => e.path).sort();

interface Item {
  id: string;
  code: string;
  type: string;
  upcomingSessions: {
    id: string;
    seatsLeft: number;
    capacity: number;
    kind: string;
    location: { city: string } | null;
  }[];
}

for (const kind of testDatabaseKinds()) {
  describe(`catalog products (${kind})`, () => {
    let t: TestApp;
    let planner: Session;
    let learner: Session;
    let otherPlanner: Session;
    let ids: Record<string, string>;
    let products: Record<string, string>;
    let otherProductId: string;

    const get = (url: string, s?: Session) =>
      t.app.inject({ method: 'GET', url, ...(s ? { headers: s.read } : {}) });
    const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, s: Session | undefined, payload: object) =>
      t.app.inject({ method, url, ...(s ? { headers: s.write } : {}), payload });
    const search = async (query: string) => {
      const response = await get(`/api/catalog${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as Item[];
    };
    const product = (code: string, extra: object = {}) => ({
      code,
      name: `Product ${code}`,
      type: 'classroom',
      priceCents: 20_000,
      vatCode: 'exempt_training',
      ...extra,
    });

    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
      await t.ctx.db.transaction().execute((tx) =>
        identity.createProvider(t.ctx, tx, {
          name: 'Andere Opleider BV',
          slug: 'andere',
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          termsProviderId: 'vapro',
        }),
      );
      await identity.createUserAsOperator(t.ctx, {
        email: 'planner@andere.example',
        name: 'Andere Planner',
        role: 'planner',
        providerSlug: 'andere',
        password: DEMO_PASSWORD,
      });
      planner = await loginAs(t.app, demo('planner'), DEMO_PASSWORD);
      learner = await loginAs(t.app, demo('learner'), DEMO_PASSWORD);
      otherPlanner = await loginAs(t.app, 'planner@andere.example', DEMO_PASSWORD);
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
      products = Object.fromEntries(
        ((await get('/api/catalog', planner)).json().items as Item[]).map((p) => [p.code, p.id]),
      );
      const other = await send('POST', '/api/catalog', otherPlanner, product('AND-EX', { type: 'exam' }));
      otherProductId = other.json().id;
    });
    after(async () => {
      await t.close();
    });

    it('adds products of every type, exams with their delivery and format', async () => {
      for (const type of ['elearning', 'classroom', 'practical', 'workshop', 'textbook', 'package']) {
        const response = await send('POST', '/api/catalog', planner, product(`T-${type}`, { type }));
        assert.equal(response.statusCode, 201, `${type}: ${response.body}`);
        assert.deepEqual([response.json().examDelivery, response.json().examFormat], [null, null]);
      }
      const exam = await send(
        'POST',
        '/api/catalog',
        planner,
        product('T-EXAM', {
          type: 'exam',
          examDelivery: 'external',
          examFormat: 'paper',
          programme: 'Examen op papier bij het examencentrum',
          proofOfParticipation: true,
        }),
      );
      assert.equal(exam.statusCode, 201, exam.body);
      assert.deepEqual(
        [
          exam.json().examDelivery,
          exam.json().examFormat,
          exam.json().proofOfParticipation,
          exam.json().reschedulesAsCancellation,
        ],
        ['external', 'paper', true, false],
      );
      const before = (await get('/api/catalog', planner)).json().items.length;
      const wrong = await send(
        'POST',
        '/api/catalog',
        planner,
        product('T-WRONG', { examDelivery: 'own', examFormat: 'computer' }),
      );
      assert.equal(wrong.statusCode, 400);
      assert.deepEqual(fieldsOf(wrong.json()), ['examDelivery', 'examFormat']);
      const bad = await send(
        'POST',
        '/api/catalog',
        planner,
        product('T-BAD', { type: 'exam', examDelivery: 'outsourced', examFormat: 'oral' }),
      );
      assert.deepEqual(fieldsOf(bad.json()), ['examDelivery', 'examFormat']);
      assert.equal((await get('/api/catalog', planner)).json().items.length, before, 'nothing written');
    });

    it('changes a product, keeping its code and type; only its own staff', async () => {
      const id = products['NEN3140-VP'];
      const changed = await send('PATCH', `/api/catalog/${id}`, planner, {
        programme: '08:30 ontvangst\n16:30 einde',
        durationMinutes: 450,
        reschedulesAsCancellation: true,
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(
        [changed.json().programme, changed.json().durationMinutes, changed.json().code],
        ['08:30 ontvangst\n16:30 einde', 450, 'NEN3140-VP'],
      );
      const type = await send('PATCH', `/api/catalog/${id}`, planner, { type: 'exam' });
      assert.equal(type.statusCode, 400);
      const exam = await send('PATCH', `/api/catalog/${id}`, planner, { examFormat: 'paper' });
      assert.deepEqual(fieldsOf(exam.json()), ['examFormat']);
      assert.equal((await send('PATCH', `/api/catalog/${id}`, learner, { name: 'x' })).statusCode, 403);
      assert.equal((await send('PATCH', `/api/catalog/${id}`, otherPlanner, { name: 'x' })).statusCode, 403);
      const draft = products['ATEX-WS'];
      assert.equal(
        (await send('PATCH', `/api/catalog/${draft}`, otherPlanner, { name: 'x' })).statusCode,
        404,
      );
      assert.equal((await get(`/api/catalog/${id}`)).json().durationMinutes, 450);
    });

    it("keeps a package's parts adding up to its price, each with its VAT code", async () => {
      const pkg = (
        await send(
          'POST',
          '/api/catalog',
          planner,
          product('T-PAKKET', { type: 'package', priceCents: 30_000 }),
        )
      ).json();
      const url = `/api/catalog/${pkg.id}/components`;
      const parts = (el: number, ex: number) => ({
        components: [
          { componentId: products['VCA-B-EL'], priceCents: el, vatCode: 'exempt_training' },
          { componentId: products['BOEK-VCA-B'], priceCents: ex, vatCode: 'reduced_9' },
        ],
      });
      const off = await send('PUT', url, planner, parts(20_000, 9_999));
      assert.equal(off.statusCode, 400);
      assert.deepEqual(fieldsOf(off.json()), ['components']);
      assert.match(off.json().errors[0].message, /29999.*30000/);
      assert.deepEqual((await get(`/api/catalog/${pkg.id}`)).json().components, [], 'nothing written');

      const ok = await send('PUT', url, planner, parts(20_000, 10_000));
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(
        ok
          .json()
          .components.map((c: { code: string; priceCents: number; vatCode: string; position: number }) => [
            c.code,
            c.priceCents,
            c.vatCode,
            c.position,
          ]),
        [
          ['VCA-B-EL', 20_000, 'exempt_training', 0],
          ['BOEK-VCA-B', 10_000, 'reduced_9', 1],
        ],
      );
      const price = await send('PATCH', `/api/catalog/${pkg.id}`, planner, { priceCents: 32_000 });
      assert.deepEqual(fieldsOf(price.json()), ['priceCents']);
      const both = await send('PUT', url, planner, { priceCents: 32_000, ...parts(21_000, 11_000) });
      assert.equal(both.statusCode, 200, both.body);
      assert.equal(both.json().priceCents, 32_000);

      const wrongParts = await send('PUT', url, planner, {
        components: [
          { componentId: otherProductId, priceCents: 16_000, vatCode: 'exempt_training' },
          { componentId: pkg.id, priceCents: 16_000, vatCode: 'exempt_training' },
          { componentId: products['VCA-B-PAKKET'], priceCents: 0, vatCode: 'exempt_training' },
        ],
      });
      assert.deepEqual(fieldsOf(wrongParts.json()), [
        'components.0.componentId',
        'components.1.componentId',
        'components.2.componentId',
      ]);
      const notPackage = await send(
        'PUT',
        `/api/catalog/${products['NEN3140-VP']}/components`,
        planner,
        parts(1, 1),
      );
      assert.deepEqual(fieldsOf(notPackage.json()), ['components']);
      const badVat = await send('PUT', url, planner, {
        components: [{ componentId: products['VCA-B-EL'], priceCents: -1, vatCode: 'high' }],
      });
      assert.deepEqual(fieldsOf(badVat.json()), ['components.0.priceCents', 'components.0.vatCode']);
      // A published product is public, so another provider's staff see it but may not change it.
      assert.equal((await send('PUT', url, otherPlanner, parts(21_000, 11_000))).statusCode, 403);
      assert.equal(
        (await get(`/api/catalog/${pkg.id}`)).json().components.length,
        2,
        'still the last good parts',
      );
    });

    it('sets prerequisites without loops, and enrollment can ask which are unmet', async () => {
      const detail = (await get(`/api/catalog/${products['HW-PRAKTIJK']}`)).json();
      assert.deepEqual(
        detail.prerequisites.map((p: { code: string; requirement: string }) => [p.code, p.requirement]),
        [['HW-THEORIE', 'passed']],
      );
      const loop = await send('PUT', `/api/catalog/${products['HW-THEORIE']}/prerequisites`, planner, {
        prerequisites: [{ requiredProductId: products['HW-PRAKTIJK'], requirement: 'passed' }],
      });
      assert.equal(loop.statusCode, 400);
      assert.deepEqual(fieldsOf(loop.json()), ['prerequisites.0.requiredProductId']);
      const foreign = await send('PUT', `/api/catalog/${products['BHV-PRAKTIJK']}/prerequisites`, planner, {
        prerequisites: [{ requiredProductId: otherProductId, requirement: 'passed' }],
      });
      assert.deepEqual(fieldsOf(foreign.json()), ['prerequisites.0.requiredProductId']);
      const set = await send('PUT', `/api/catalog/${products['BHV-PRAKTIJK']}/prerequisites`, planner, {
        prerequisites: [{ requiredProductId: products['VCA-B-EL'], requirement: 'completed' }],
      });
      assert.equal(set.statusCode, 200, set.body);
      // Tom passed the theory exam in the demo; Lisa did not.
      assert.deepEqual(
        await catalog.unmetPrerequisitesOf(t.ctx.db, ids.learner ?? '', products['HW-PRAKTIJK'] ?? ''),
        [],
      );
      const unmet = await catalog.unmetPrerequisitesOf(
        t.ctx.db,
        ids.learner2 ?? '',
        products['HW-PRAKTIJK'] ?? '',
      );
      assert.deepEqual(
        unmet.map((p) => p.code),
        ['HW-THEORIE'],
      );
      const cleared = await send('PUT', `/api/catalog/${products['BHV-PRAKTIJK']}/prerequisites`, planner, {
        prerequisites: [],
      });
      assert.deepEqual(cleared.json().prerequisites, []);
    });

    it("records a learner's achievement: staff only, within the tenant, dates checked", async () => {
      const url = `/api/learners/${ids.learner2}/achievements`;
      const body = { productId: products['HW-THEORIE'], achievement: 'passed', achievedOn: '2026-02-20' };
      const recorded = await send('POST', url, planner, body);
      assert.equal(recorded.statusCode, 201, recorded.body);
      assert.deepEqual(
        recorded
          .json()
          .items.map((a: { productCode: string; achievement: string; achievedOn: string }) => [
            a.productCode,
            a.achievement,
            a.achievedOn,
          ]),
        [['HW-THEORIE', 'passed', '2026-02-20']],
      );
      assert.deepEqual(
        await catalog.unmetPrerequisitesOf(t.ctx.db, ids.learner2 ?? '', products['HW-PRAKTIJK'] ?? ''),
        [],
      );
      assert.ok(
        await catalog.hasAchievement(t.ctx.db, ids.learner2 ?? '', products['HW-THEORIE'] ?? '', 'passed'),
      );
      assert.ok(
        !(await catalog.hasAchievement(
          t.ctx.db,
          ids.learner2 ?? '',
          products['HW-THEORIE'] ?? '',
          'completed',
        )),
      );

      const bad = await send('POST', url, planner, {
        productId: 'x',
        achievement: 'won',
        achievedOn: '20-02-2026',
      });
      assert.deepEqual(fieldsOf(bad.json()), ['achievedOn', 'achievement', 'productId']);
      const future = await send('POST', url, planner, { ...body, achievedOn: '2026-03-03' });
      assert.deepEqual(fieldsOf(future.json()), ['achievedOn']);
      const foreign = await send('POST', url, planner, { ...body, productId: otherProductId });
      assert.deepEqual(fieldsOf(foreign.json()), ['productId']);
      assert.equal((await send('POST', url, learner, body)).statusCode, 404, "another learner's record");
      const self = await loginAs(t.app, demo('learner2'), DEMO_PASSWORD);
      assert.equal((await send('POST', url, self, body)).statusCode, 403, 'a learner records nothing');
      const admin = await loginAs(t.app, demo('customer-admin'), DEMO_PASSWORD);
      assert.equal(
        (await send('POST', `/api/learners/${ids.learner}/achievements`, admin, body)).statusCode,
        403,
      );
      assert.equal((await send('POST', url, otherPlanner, body)).statusCode, 404);
      assert.equal(
        (await send('POST', `/api/learners/${ids.planner}/achievements`, planner, body)).statusCode,
        404,
        'not a learner',
      );
      assert.equal((await get(url, self)).json().items.length, 1, 'a learner reads their own');
      assert.equal((await get(url, learner)).statusCode, 404);
      assert.equal((await get(url, planner)).json().items.length, 1, 'nothing more was written');
    });

    it('shows the catalog with upcoming open sessions and seats left, filtered by place and date', async () => {
      const items = await search('?provider=demo');
      const pakket = items.find((p) => p.code === 'VCA-B-PAKKET');
      assert.deepEqual(
        pakket?.upcomingSessions.map((s) => [s.seatsLeft, s.capacity, s.location?.city]),
        [
          [2, 12, 'Utrecht'],
          [10, 12, 'Amsterdam'],
        ],
      );
      assert.ok(
        items.every((p) => p.upcomingSessions.every((s) => s.kind === 'open')),
        "a closed group's session is not in the public catalog",
      );
      assert.deepEqual(items.find((p) => p.code === 'BOEK-VCA-B')?.upcomingSessions, []);

      const codes = (list: Item[]) => list.map((p) => p.code).sort();
      assert.deepEqual(codes(await search('?provider=demo&city=amsterdam')), [
        'BHV-PRAKTIJK',
        'NEN3140-VP',
        'VCA-B-EX',
        'VCA-B-PAKKET',
      ]);
      const online = (await get('/api/locations', planner))
        .json()
        .items.find((l: { city: string }) => l.city === 'Online');
      assert.deepEqual(codes(await search(`?location=${online.id}`)), ['HW-THEORIE']);
      // 2 March 2026 is a Monday: the theory exam is three working days on, on Thursday 5 March.
      assert.deepEqual(codes(await search('?provider=demo&from=2026-03-05&to=2026-03-05')), ['HW-THEORIE']);
      assert.deepEqual(codes(await search('?provider=demo&from=2026-03-05&to=2026-03-06')), [
        'HW-THEORIE',
        'NEN3140-VP',
      ]);
      assert.deepEqual(await search('?provider=demo&from=2027-01-01'), []);
      const backwards = await get('/api/catalog?from=2026-03-06&to=2026-03-05');
      assert.equal(backwards.statusCode, 400);
      assert.deepEqual(fieldsOf(backwards.json()), ['to']);
      // Query fields are named as the framework's validation names them.
      assert.deepEqual(fieldsOf((await get('/api/catalog?from=gisteren&location=zaal')).json()), [
        'querystring.from',
        'querystring.location',
      ]);
    });

    it('shows one product with its parts, prerequisites, programme and sessions', async () => {
      const pakket = (await get(`/api/catalog/${products['VCA-B-PAKKET']}`)).json();
      assert.deepEqual(
        pakket.components.map((c: { code: string; priceCents: number }) => [c.code, c.priceCents]),
        [
          ['VCA-B-EL', 9_000],
          ['VCA-B-EX', 8_500],
        ],
      );
      assert.equal(pakket.upcomingSessions.length, 2);
      const nen = (await get(`/api/catalog/${products['NEN3140-VP']}`)).json();
      assert.match(nen.programme, /ontvangst/);
      assert.equal(nen.reschedulesAsCancellation, true);
      const exam = (await get(`/api/catalog/${products['VCA-B-EX']}`)).json();
      assert.deepEqual([exam.examDelivery, exam.examFormat], ['external', 'computer']);
      assert.equal(
        (await get(`/api/catalog/${products['ATEX-WS']}`)).statusCode,
        404,
        'a draft, to visitors',
      );
      assert.equal((await get(`/api/catalog/${products['ATEX-WS']}`, planner)).statusCode, 200);
    });
  });
}
