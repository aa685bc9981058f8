/**
 * Issue 4, items 1-2 and 6: locations, instructors and sessions over HTTP, on both databases. The
 * demo's sessions (nearly full, below minimum, a closed group), planning with local times in the
 * provider's zone, capacity never below the seats booked, status moves, go / no-go against the
 * notice deadline of the terms (vapro-leverings-en-betalingsvoorwaarden#15.2), quote terms of the provider's own, tenancy, and the
 * contracts enrollment builds on (getSessionWithProduct, listAlternativeSessions,
 * cancelSessionInTransaction).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as catalog from '../src/catalog/service.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import * as enrollment from '../src/enrollment/service.ts';
import * as identity from '../src/identity/service.ts';
import * as terms from '../src/terms-library/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

const demo = (local: string) => `${local}@demo.klasse.local`;

interface StaffSession {
  id: string;
  code: string;
  productCode: string;
  startsAt: string;
  capacity: number;
  booked: number;
  seatsLeft: number;
  minParticipants: number;
  kind: string;
  status: string;
  customerName: string | null;
  instructorName: string | null;
  locationName: string | null;
  goNoGo: {
    state: string;
    shortBy: number;
    noticeDeadline: string | null;
    terms: { key: string; version: string };
    clauses: { article: string }[];
    explanation: { nl: string; en: string };
  };
}
interface Problem {
  type: string;
  errors?: { path: string; message: string }[];
}
const fieldsOf = (body: Problem) => (body.errors ?? []).map((e) => e.path).sort();

for (const kind of testDatabaseKinds()) {
  describe(`sessions (${kind})`, () => {
    let t: TestApp;
    let planner: Session;
    let learner: Session;
    let otherPlanner: Session;
    let ids: Record<string, string>;
    let products: Record<string, string>;
    let locationId: string;
    let otherLocationId: string;
    let otherProductId: string;
    let devriesId: string;

    const get = (url: string, s?: Session) =>
      t.app.inject({ method: 'GET', url, ...(s ? { headers: s.read } : {}) });
    const send = (
      method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
      url: string,
      s: Session | undefined,
      payload?: object,
    ) => t.app.inject({ method, url, ...(s ? { headers: s.write } : {}), ...(payload ? { payload } : {}) });
    const staffList = async (s: Session, query = '') => {
      const response = await get(`/api/sessions${query}`, s);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as StaffSession[];
    };
    const plannerActor = async (email: string) => {
      const users = await identity.listUsers(t.ctx, operator);
      const user = users.find((u) => u.email === email);
      assert.ok(user, email);
      return identity.actorOf(user);
    };
    const operator = {
      userId: 'operator',
      role: 'platform_admin' as const,
      name: 'test',
      email: 'test',
      locale: 'en' as const,
      providerId: null,
      customerId: null,
    };
    const newSession = (extra: object = {}) => ({
      productId: products['NEN3140-VP'],
      code: `T-${Math.random().toString(36).slice(2, 8)}`,
      startsAt: '2026-04-14T08:30',
      endsAt: '2026-04-14T16:30',
      locationId,
      instructorId: ids.instructor,
      capacity: 8,
      minParticipants: 3,
      ...extra,
    });
    const enrollPrivate = async (sessionId: string, locals: string[]) => {
      const actor = await plannerActor(demo('planner'));
      await enrollment.enroll(t.ctx, actor, {
        sessionId,
        acceptTerms: true,
        learners: locals.map((l) => ({ userId: ids[l] })),
      });
    };

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
      const users = await identity.listUsers(t.ctx, operator);
      ids = Object.fromEntries(users.map((u) => [u.email.split('@')[0], u.id]));
      devriesId = users.find((u) => u.email === demo('learner'))?.customerId ?? '';
      const items = (await get('/api/catalog', planner)).json().items as { id: string; code: string }[];
      products = Object.fromEntries(items.map((p) => [p.code, p.id]));
      const locations = (await get('/api/locations', planner)).json().items as { id: string; city: string }[];
      locationId = locations.find((l) => l.city === 'Utrecht')?.id ?? '';
      const made = await send('POST', '/api/locations', otherPlanner, {
        name: 'Zaal Zwolle',
        city: 'Zwolle',
      });
      assert.equal(made.statusCode, 201, made.body);
      otherLocationId = made.json().id;
      const product = await send('POST', '/api/catalog', otherPlanner, {
        code: 'AND-VCA',
        name: 'VCA bij Andere',
        type: 'classroom',
        priceCents: 30_000,
        vatCode: 'exempt_training',
      });
      otherProductId = product.json().id;
    });
    after(async () => {
      await t.close();
    });

    it('shows the demo: nearly full, below minimum, and a closed group, with go / no-go', async () => {
      const items = await staffList(planner);
      assert.equal(items.length, 9);
      const pakket = items.filter((s) => s.productCode === 'VCA-B-PAKKET');
      assert.deepEqual(
        pakket.map((s) => [s.booked, s.capacity, s.seatsLeft]),
        [
          [10, 12, 2],
          [2, 12, 10],
        ],
        'nearly full first, then one below its minimum of 4',
      );
      assert.equal(pakket[0]?.goNoGo.state, 'go');
      const below = pakket[1];
      assert.deepEqual([below?.goNoGo.state, below?.goNoGo.shortBy], ['at_risk', 2]);
      // The demo runs under PlusPort's course terms: the provider may cancel without notice (15.1).
      assert.equal(below?.goNoGo.noticeDeadline, null);
      assert.equal(below?.goNoGo.terms.key, 'plusport-courses');
      assert.equal(below?.goNoGo.clauses[0]?.article, '15.1');
      const group = items.filter((s) => s.kind === 'in_company');
      assert.deepEqual(
        group.map((s) => s.customerName),
        ['Bouwbedrijf De Vries B.V.'],
      );
      assert.ok(items.every((s) => s.instructorName === 'Ruud Mulder' && s.locationName));
      const bhv = items.find((s) => s.productCode === 'BHV-PRAKTIJK');
      assert.equal(bhv?.seatsLeft, 1);
      assert.deepEqual(
        items.map((s) => s.startsAt),
        items.map((s) => s.startsAt).sort(),
        'in order of start',
      );
    });

    it('keeps locations per provider: CRUD for staff, bad input named, in use kept', async () => {
      const bad = await send('POST', '/api/locations', planner, {
        name: ' ',
        city: 'Utrecht',
        country: 'Nederland',
        onlineUrl: 'zoom',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(String(bad.headers['content-type']), /application\/problem\+json/);
      assert.deepEqual(fieldsOf(bad.json()), ['country', 'name', 'onlineUrl']);
      const before = (await get('/api/locations', planner)).json().items.length;
      assert.equal(before, 4, 'nothing written: the four demo locations');

      const made = await send('POST', '/api/locations', planner, {
        name: 'Leslokaal Gent',
        street: 'Kortrijksesteenweg 1',
        postalCode: '9000',
        city: 'Gent',
        country: 'be',
      });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal(made.json().country, 'BE');
      const id = made.json().id as string;
      const changed = await send('PATCH', `/api/locations/${id}`, planner, { name: 'Leslokaal Gent-Zuid' });
      assert.equal(changed.json().name, 'Leslokaal Gent-Zuid');
      assert.equal((await get(`/api/locations/${id}`, planner)).json().city, 'Gent');

      // Another provider's location does not exist for these staff, whatever they try.
      assert.equal((await get(`/api/locations/${otherLocationId}`, planner)).statusCode, 404);
      assert.equal(
        (await send('PATCH', `/api/locations/${otherLocationId}`, planner, { name: 'x' })).statusCode,
        404,
      );
      assert.equal((await send('DELETE', `/api/locations/${otherLocationId}`, planner)).statusCode, 404);
      assert.ok(
        !(await get('/api/locations', planner))
          .json()
          .items.some((l: { id: string }) => l.id === otherLocationId),
      );
      assert.equal((await send('POST', '/api/locations', learner, { name: 'x', city: 'y' })).statusCode, 403);
      assert.equal((await get('/api/locations', learner)).statusCode, 403);
      assert.equal(
        (await send('POST', '/api/locations', undefined, { name: 'x', city: 'y' })).statusCode,
        401,
      );

      const inUse = await send('DELETE', `/api/locations/${locationId}`, planner);
      assert.equal(inUse.statusCode, 409);
      assert.equal(inUse.json().type, 'https://klasse.dev/problems/location-in-use');
      assert.equal((await send('DELETE', `/api/locations/${id}`, planner)).statusCode, 204);
      assert.equal((await get(`/api/locations/${id}`, planner)).statusCode, 404);
    });

    it("lists the provider's instructors to its staff", async () => {
      const response = await get('/api/instructors', planner);
      assert.deepEqual(
        response.json().items.map((u: { email: string }) => u.email),
        [demo('instructor')],
      );
      assert.deepEqual((await get('/api/instructors', otherPlanner)).json().items, []);
      assert.equal((await get('/api/instructors', learner)).statusCode, 403);
    });

    it("plans a session in the provider's time zone, shown to anyone with its seats left", async () => {
      const created = await send('POST', '/api/sessions', planner, newSession({ code: 'NEN-APR' }));
      assert.equal(created.statusCode, 201, created.body);
      const s = created.json();
      // 14 April is summer time in Amsterdam: 08:30 there is 06:30 UTC.
      assert.equal(s.startsAt, '2026-04-14T06:30:00.000Z');
      assert.deepEqual([s.status, s.kind, s.booked, s.seatsLeft], ['planned', 'open', 0, 8]);
      const detail = await get(`/api/sessions/${s.id}`);
      assert.equal(detail.statusCode, 200, detail.body);
      assert.equal(detail.json().seatsLeft, 8);
      assert.equal(detail.json().product.code, 'NEN3140-VP');
      assert.equal(detail.json().location.city, 'Utrecht');
      assert.equal(detail.json().provider.timeZone, 'Europe/Amsterdam');
      assert.equal(detail.json().instructorName, 'Ruud Mulder');

      const winter = await send(
        'POST',
        '/api/sessions',
        planner,
        newSession({ startsAt: '2026-03-10T08:30', endsAt: '2026-03-10T16:30:00+01:00' }),
      );
      assert.equal(winter.json().startsAt, '2026-03-10T07:30:00.000Z');
      assert.equal(winter.json().endsAt, '2026-03-10T15:30:00.000Z');

      const again = await send('POST', '/api/sessions', planner, newSession({ code: 'NEN-APR' }));
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://klasse.dev/problems/session-code-taken');
    });

    it('refuses a bad session naming each field, and writes nothing', async () => {
      const before = (await staffList(planner)).length;
      const cases: [object, string[]][] = [
        [{ endsAt: '2026-04-14T08:00' }, ['endsAt']],
        [{ startsAt: '2026-02-30T08:00' }, ['startsAt']],
        [{ startsAt: 'morgen' }, ['startsAt']],
        [{ capacity: 0, minParticipants: -1 }, ['capacity', 'minParticipants']],
        [{ minParticipants: 9 }, ['minParticipants']],
        [{ registrationDeadline: '2026-04-15T12:00' }, ['registrationDeadline']],
        [{ productId: products['VCA-B-EL'] }, ['productId']],
        [{ productId: otherProductId }, ['productId']],
        [{ instructorId: ids.learner }, ['instructorId']],
        [{ locationId: otherLocationId }, ['locationId']],
        [{ kind: 'in_company' }, ['customerId']],
        [{ kind: 'open', customerId: devriesId }, ['customerId']],
        [{ kind: 'out_company', customerId: ids.learner }, ['customerId']],
        [
          {
            kind: 'in_company',
            customerId: ids.learner,
            quoteTermsKey: 'plusport-courses',
            quoteTermsVersion: '2024',
          },
          ['customerId', 'quoteTermsKey'],
        ],
      ];
      for (const [extra, fields] of cases) {
        const response = await send('POST', '/api/sessions', planner, newSession(extra));
        assert.equal(response.statusCode, 400, `${JSON.stringify(extra)}: ${response.body}`);
        assert.deepEqual(fieldsOf(response.json()), fields, JSON.stringify(extra));
      }
      assert.equal((await staffList(planner)).length, before);
    });

    it('lets only staff plan, and keeps each provider to its own sessions', async () => {
      for (const local of ['learner', 'customer-admin', 'instructor', 'trainer']) {
        const s = await loginAs(t.app, demo(local), DEMO_PASSWORD);
        assert.equal((await send('POST', '/api/sessions', s, newSession())).statusCode, 403, local);
        assert.equal((await get('/api/sessions', s)).statusCode, 403, local);
      }
      assert.equal((await send('POST', '/api/sessions', undefined, newSession())).statusCode, 401);
      const demoSession = (await staffList(planner))[0];
      assert.ok(demoSession);
      assert.equal(
        (await send('PATCH', `/api/sessions/${demoSession.id}`, otherPlanner, { capacity: 50 })).statusCode,
        404,
      );
      assert.equal(
        (await send('POST', `/api/sessions/${demoSession.id}/status`, otherPlanner, { status: 'confirmed' }))
          .statusCode,
        404,
      );
      assert.deepEqual(await staffList(otherPlanner), []);
      // The admin names the provider.
      const admin = await loginAs(t.app, demo('admin'), DEMO_PASSWORD);
      assert.equal((await get('/api/sessions', admin)).statusCode, 400);
      assert.equal((await staffList(admin, '?provider=demo')).length, (await staffList(planner)).length);
    });

    it('never lets the capacity go below the seats booked', async () => {
      const s = (
        await send('POST', '/api/sessions', planner, newSession({ capacity: 5, minParticipants: 1 }))
      ).json();
      await enrollPrivate(s.id, ['anouk.dekker', 'bram.vanleeuwen', 'chantal.meijer']);
      assert.equal((await get(`/api/sessions/${s.id}`)).json().seatsLeft, 2);
      const below = await send('PATCH', `/api/sessions/${s.id}`, planner, { capacity: 2 });
      assert.equal(below.statusCode, 400);
      assert.deepEqual(fieldsOf(below.json()), ['capacity']);
      assert.match(below.json().errors[0].message, /at least 3/);
      assert.equal((await get(`/api/sessions/${s.id}`)).json().capacity, 5, 'unchanged');
      const exact = await send('PATCH', `/api/sessions/${s.id}`, planner, {
        capacity: 3,
        minParticipants: 2,
      });
      assert.equal(exact.statusCode, 200, exact.body);
      assert.deepEqual([exact.json().capacity, exact.json().booked, exact.json().seatsLeft], [3, 3, 0]);
      const strict = await send('PATCH', `/api/sessions/${s.id}`, planner, { booked: 0 });
      assert.equal(strict.statusCode, 400, 'the seat counter is not for staff to set');
    });

    it('moves planned -> confirmed -> completed, and then keeps it', async () => {
      const s = (
        await send(
          'POST',
          '/api/sessions',
          planner,
          newSession({ startsAt: '2026-03-04T09:00', endsAt: '2026-03-04T12:00' }),
        )
      ).json();
      const status = (to: string) => send('POST', `/api/sessions/${s.id}/status`, planner, { status: to });
      assert.equal((await status('completed')).statusCode, 409, 'not confirmed yet');
      assert.equal((await status('confirmed')).json().status, 'confirmed');
      assert.equal((await status('confirmed')).statusCode, 409);
      const early = await status('completed');
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().type, 'https://klasse.dev/problems/session-status-change');
      assert.equal((await status('cancelled')).statusCode, 400, 'cancelling is the provider cancellation');
      const now = t.clock.now();
      t.clock.set('2026-03-04T08:30:00Z');
      try {
        assert.equal((await status('completed')).json().status, 'completed');
      } finally {
        t.clock.set(now);
      }
      const closed = await send('PATCH', `/api/sessions/${s.id}`, planner, { capacity: 20 });
      assert.equal(closed.statusCode, 409);
      assert.equal(closed.json().type, 'https://klasse.dev/problems/session-closed');
    });

    it('counts go / no-go from the notice of the terms: VAPRO 15.2, 5 working days', async () => {
      const made = await send('POST', '/api/sessions', otherPlanner, {
        productId: otherProductId,
        code: 'AND-1603',
        startsAt: '2026-03-16T09:00',
        endsAt: '2026-03-16T17:00',
        locationId: otherLocationId,
        capacity: 12,
        minParticipants: 4,
      });
      assert.equal(made.statusCode, 201, made.body);
      const [risk] = await staffList(otherPlanner);
      assert.deepEqual(
        [risk?.goNoGo.state, risk?.goNoGo.shortBy, risk?.goNoGo.noticeDeadline, risk?.goNoGo.terms.key],
        ['at_risk', 4, '2026-03-09', 'vapro'],
      );
      assert.equal(risk?.goNoGo.clauses[0]?.article, '15.2');
      assert.match(risk?.goNoGo.explanation.nl ?? '', /5 werkdagen/);
      const now = t.clock.now();
      try {
        t.clock.set('2026-03-09T15:00:00Z');
        assert.equal(
          (await staffList(otherPlanner, '?from=2026-03-01'))[0]?.goNoGo.state,
          'at_risk',
          'the deadline day',
        );
        t.clock.set('2026-03-10T08:00:00Z');
        assert.equal(
          (await staffList(otherPlanner, '?from=2026-03-01'))[0]?.goNoGo.state,
          'no_go_deadline_passed',
        );
        t.clock.set('2026-03-16T09:30:00Z');
        assert.equal((await staffList(otherPlanner, '?from=2026-03-01'))[0]?.goNoGo.state, 'started');
      } finally {
        t.clock.set(now);
      }
      const zero = await send('PATCH', `/api/sessions/${made.json().id}`, otherPlanner, {
        minParticipants: 0,
      });
      assert.equal(zero.statusCode, 200, zero.body);
      assert.equal((await staffList(otherPlanner))[0]?.goNoGo.state, 'go');
      const filtered = await staffList(otherPlanner, '?from=2026-03-17');
      assert.deepEqual(filtered, []);
      assert.equal((await get('/api/sessions?from=2026-03-17&to=2026-03-01', otherPlanner)).statusCode, 400);
    });

    it("runs a closed group under the quote's terms, which must be the provider's own", async () => {
      const devries = (await identity.listCustomers(t.ctx, operator)).find((c) =>
        c.name.startsWith('Bouwbedrijf'),
      );
      assert.ok(devries);
      const group = (extra: object) => newSession({ kind: 'in_company', customerId: devries.id, ...extra });
      const builtIn = await send(
        'POST',
        '/api/sessions',
        planner,
        group({ quoteTermsKey: 'plusport-courses', quoteTermsVersion: '2024' }),
      );
      assert.deepEqual(fieldsOf(builtIn.json()), ['quoteTermsKey']);
      const plannerA = await plannerActor(demo('planner'));
      const copy = await terms.copyTerms(t.ctx, plannerA, 'plusport-courses', {
        key: 'demo-offerte-devries',
        effectiveFrom: '2026-03-02',
      });
      const ok = await send(
        'POST',
        '/api/sessions',
        planner,
        group({ quoteTermsKey: copy.provider, quoteTermsVersion: copy.version }),
      );
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal(ok.json().quoteTermsKey, 'demo-offerte-devries');
      const noVersion = await send(
        'POST',
        '/api/sessions',
        planner,
        group({ quoteTermsKey: copy.provider, quoteTermsVersion: 'v9' }),
      );
      assert.deepEqual(fieldsOf(noVersion.json()), ['quoteTermsVersion']);
      const onlyKey = await send('POST', '/api/sessions', planner, group({ quoteTermsKey: copy.provider }));
      assert.deepEqual(fieldsOf(onlyKey.json()), ['quoteTermsVersion']);
      // Another provider cannot borrow these terms.
      const andere = (await identity.listCustomers(t.ctx, operator)).find(
        (c) => c.providerId !== devries.providerId,
      );
      const foreign = await send('POST', '/api/sessions', otherPlanner, {
        productId: otherProductId,
        code: 'AND-GROEP',
        startsAt: '2026-04-01T09:00',
        endsAt: '2026-04-01T17:00',
        capacity: 10,
        kind: 'in_company',
        customerId: andere?.id ?? devries.id,
        quoteTermsKey: copy.provider,
        quoteTermsVersion: copy.version,
      });
      assert.equal(foreign.statusCode, 400);
      assert.ok(fieldsOf(foreign.json()).includes('quoteTermsKey'), foreign.body);
      // The group's go / no-go is asked of the quote's terms.
      const listed = (await staffList(planner)).find((s) => s.id === ok.json().id);
      assert.equal(listed?.goNoGo.terms.key, 'demo-offerte-devries');
    });

    it("shows a closed group's session only to its company, its instructor and the provider", async () => {
      const group = (await staffList(planner)).find(
        (s) => s.kind === 'in_company' && s.productCode === 'NEN3140-VP',
      );
      assert.ok(group);
      const url = `/api/sessions/${group.id}`;
      assert.equal((await get(url)).statusCode, 404, 'a visitor');
      assert.equal(
        (await get(url, await loginAs(t.app, demo('learner2'), DEMO_PASSWORD))).statusCode,
        404,
        'Jansen',
      );
      assert.equal((await get(url, otherPlanner)).statusCode, 404, 'another provider');
      assert.equal((await get(url, learner)).statusCode, 200, 'De Vries learner');
      assert.equal(
        (await get(url, await loginAs(t.app, demo('customer-admin'), DEMO_PASSWORD))).statusCode,
        200,
      );
      assert.equal((await get(url, await loginAs(t.app, demo('instructor'), DEMO_PASSWORD))).statusCode, 200);
      assert.equal((await get('/api/sessions/00000000-0000-4000-8000-000000000000')).statusCode, 404);
      assert.equal((await get('/api/sessions/nope')).statusCode, 400);
    });

    it('gives enrollment the session with its product, and the alternatives; cancels inside a transaction', async () => {
      const items = await staffList(planner);
      const pakket = items.find((s) => s.productCode === 'VCA-B-PAKKET');
      assert.ok(pakket);
      const full = await catalog.getSessionWithProduct(t.ctx, t.ctx.db, pakket.id);
      assert.ok(full);
      assert.equal(full.product.code, 'VCA-B-PAKKET');
      assert.deepEqual(
        full.components.map((c) => [c.code, c.priceCents, c.vatCode]),
        [
          ['VCA-B-EL', 9_000, 'exempt_training'],
          ['VCA-B-EX', 8_500, 'exempt_training'],
        ],
      );
      assert.equal(
        full.components.reduce((sum, c) => sum + c.priceCents, 0),
        full.product.priceCents,
      );
      assert.equal(full.location?.city, 'Utrecht');
      assert.deepEqual(
        [full.provider.timeZone, full.provider.termsProviderId],
        ['Europe/Amsterdam', 'plusport-courses'],
      );
      assert.equal(
        await catalog.getSessionWithProduct(t.ctx, t.ctx.db, '00000000-0000-4000-8000-000000000000'),
        undefined,
      );

      // Alternatives: the later open VCA package session with seats, not the session itself.
      const alternatives = await catalog.listAlternativeSessions(t.ctx, t.ctx.db, pakket.id);
      const later = items.filter((s) => s.productCode === 'VCA-B-PAKKET' && s.id !== pakket.id);
      assert.deepEqual(
        alternatives.map((s) => s.id),
        later.map((s) => s.id),
      );

      // A later NEN 3140 session, full, is no alternative; cancelled neither.
      const nen = items.filter((s) => s.productCode === 'NEN3140-VP' && s.kind === 'open');
      const first = nen[0];
      assert.ok(first);
      const before = (await catalog.listAlternativeSessions(t.ctx, t.ctx.db, first.id)).map((s) => s.id);
      assert.ok(before.length >= 2, 'the later NEN 3140 sessions');
      assert.ok(!before.includes(first.id));
      const extra = (
        await send(
          'POST',
          '/api/sessions',
          planner,
          newSession({
            startsAt: '2026-05-05T08:30',
            endsAt: '2026-05-05T16:30',
            capacity: 1,
            minParticipants: 1,
          }),
        )
      ).json();
      await enrollPrivate(extra.id, ['dennis.bos']);
      assert.ok(
        !(await catalog.listAlternativeSessions(t.ctx, t.ctx.db, first.id)).some((s) => s.id === extra.id),
        'full',
      );

      const spare = (
        await send(
          'POST',
          '/api/sessions',
          planner,
          newSession({ startsAt: '2026-05-06T08:30', endsAt: '2026-05-06T16:30' }),
        )
      ).json();
      assert.ok(
        (await catalog.listAlternativeSessions(t.ctx, t.ctx.db, first.id)).some((s) => s.id === spare.id),
      );
      const cancelled = await t.ctx.db
        .transaction()
        .execute((tx) => catalog.cancelSessionInTransaction(tx, spare.id, 'too_few_participants'));
      assert.deepEqual([cancelled.status, cancelled.cancelledReason], ['cancelled', 'too_few_participants']);
      assert.ok(
        !(await catalog.listAlternativeSessions(t.ctx, t.ctx.db, first.id)).some((s) => s.id === spare.id),
      );
      await assert.rejects(
        t.ctx.db.transaction().execute((tx) => catalog.cancelSessionInTransaction(tx, spare.id, 'other')),
        (error: { status?: number }) => error.status === 409,
      );
      const listed = (await staffList(planner)).find((s) => s.id === spare.id);
      assert.equal(listed?.goNoGo.state, 'cancelled');
      assert.ok(
        !(await get('/api/catalog?provider=demo'))
          .json()
          .items.some((p: { upcomingSessions: { id: string }[] }) =>
            p.upcomingSessions.some((u) => u.id === spare.id),
          ),
      );
    });
  });
}
