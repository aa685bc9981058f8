/**
 * Issue 8 over HTTP on both databases: staff page through their own provider's products (drafts and
 * archived ones too) and locations, searched, filtered and sorted on the server; bad query input is
 * a 400 naming the parameter; learners and other providers' staff see none of it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session, startTestApp, type TestApp } from './support/identity-app.ts';

const demo = (local: string) => `${local}@demo.klasse.local`;

interface Page<T> {
  items: T[];
  total: number;
}
type ProductRow = { code: string; priceCents: number; published: boolean; type: string };
type LocationRow = { name: string; city: string };

for (const kind of testDatabaseKinds()) {
  describe(`staff lists of products and locations (${kind})`, () => {
    let t: TestApp;
    let planner: Session;
    let learner: Session;

    const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.read });
    const page = async <T>(url: string): Promise<Page<T>> => {
      const response = await get(url, planner);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const post = async (url: string, payload: object) => {
      const response = await t.app.inject({ method: 'POST', url, headers: planner.write, payload });
      assert.equal(response.statusCode, 201, response.body);
      return response.json() as { id: string };
    };

    before(async () => {
      t = await startTestApp(kind);
      await seedDemoIfEmpty(t.ctx);
      planner = await loginAs(t.app, demo('planner'), DEMO_PASSWORD);
      learner = await loginAs(t.app, demo('learner'), DEMO_PASSWORD);
      // Five products named "Lijst n", the most expensive last, one of them an archived exam.
      for (let n = 1; n <= 5; n++) {
        await post('/api/catalog', {
          code: `LIJST-${n}`,
          name: `Lijst ${n}`,
          type: n === 3 ? 'exam' : 'classroom',
          priceCents: n * 10_000,
          vatCode: 'exempt_training',
          published: n !== 4,
        });
      }
      for (const [name, city] of [
        ['Lijstzaal Amersfoort', 'Amersfoort'],
        ['Lijstzaal Zwolle', 'Zwolle'],
        ['Lijstzaal Breda', 'Breda'],
      ])
        await post('/api/locations', { name, city });
    });
    after(async () => {
      await t.close();
    });

    it('pages, searches, filters and sorts the products, drafts and archived ones included', async () => {
      const first = await page<ProductRow>('/api/products?q=lijst&sort=-price&limit=2');
      assert.equal(first.total, 5);
      assert.deepEqual(
        first.items.map((p) => p.code),
        ['LIJST-5', 'LIJST-4'],
      );
      const last = await page<ProductRow>('/api/products?q=lijst&sort=-price&limit=2&offset=4');
      assert.deepEqual(
        last.items.map((p) => p.code),
        ['LIJST-1'],
      );
      const exams = await page<ProductRow>('/api/products?q=lijst&type=exam');
      assert.deepEqual(
        exams.items.map((p) => p.code),
        ['LIJST-3'],
      );
      const archived = await page<ProductRow>('/api/products?q=LIJST&state=archived');
      assert.deepEqual(
        archived.items.map((p) => [p.code, p.published]),
        [['LIJST-4', false]],
      );
      assert.equal((await page<ProductRow>('/api/products?q=lijst&state=published')).total, 4);
    });

    it('pages, searches and sorts the locations; without a limit every location, as before', async () => {
      const byCity = await page<LocationRow>('/api/locations?q=lijstzaal&sort=-city&limit=2');
      assert.equal(byCity.total, 3);
      assert.deepEqual(
        byCity.items.map((l) => l.city),
        ['Zwolle', 'Breda'],
      );
      const inBreda = await page<LocationRow>('/api/locations?q=breda');
      assert.deepEqual(
        inBreda.items.map((l) => l.name),
        ['Lijstzaal Breda'],
      );
      const all = await page<LocationRow>('/api/locations');
      assert.equal(all.items.length, all.total);
      assert.ok(all.total >= 3);
    });

    it("reads one session as the planning list shows it, with the product's price, for the edit form", async () => {
      const products = await page<ProductRow & { id: string }>('/api/products?q=LIJST-2');
      const productId = products.items[0]?.id ?? '';
      const session = await post('/api/sessions', {
        productId,
        code: 'LIJST-2-S1',
        startsAt: '2026-05-12T09:00',
        endsAt: '2026-05-12T17:00',
        capacity: 8,
        minParticipants: 3,
      });
      const planned = await get(`/api/sessions/${session.id}/planning`, planner);
      assert.equal(planned.statusCode, 200, planned.body);
      const body = planned.json();
      assert.deepEqual(
        [body.code, body.productPriceCents, body.priceCents, body.minParticipants, body.startsAt],
        ['LIJST-2-S1', 20_000, null, 3, '2026-05-12T07:00:00.000Z'],
      );
      const listed = await page<{ id: string; productPriceCents: number }>('/api/sessions?from=2026-05-12');
      assert.equal(listed.items.find((s) => s.id === session.id)?.productPriceCents, 20_000);
      assert.equal((await get(`/api/sessions/${session.id}/planning`, learner)).statusCode, 403);
    });

    it('answers bad paging or sorting with a problem naming the parameter, and keeps learners out', async () => {
      const badSort = await get('/api/products?sort=colour', planner);
      assert.equal(badSort.statusCode, 400);
      assert.ok(
        badSort.json().errors.some((e: { path: string }) => e.path.includes('sort')),
        badSort.body,
      );
      const badLimit = await get('/api/locations?limit=0', planner);
      assert.equal(badLimit.statusCode, 400);
      assert.ok(
        badLimit.json().errors.some((e: { path: string }) => e.path.includes('limit')),
        badLimit.body,
      );
      assert.equal((await get('/api/products', learner)).statusCode, 403);
      assert.equal((await get('/api/locations', learner)).statusCode, 403);
    });
  });
}
