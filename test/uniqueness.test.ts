/**
 * Repeats decided by the database on both (issue 12, items 11 and 12): a customer company once per
 * provider by KvK number, a location name once per provider, an import id once; a repeat, however
 * parallel, is a 409 problem naming the field, and nothing is written twice.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as identity from '../src/identity/service.ts';
import type { Problem } from '../src/platform/http/problem.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type FullApp, startFullApp } from './support/full-app.ts';
import type { Session } from './support/identity-app.ts';

const PROBLEMS = 'https://klasse.dev/problems/';

function company(kvk: string) {
  return {
    name: `Parallel ${randomUUID().slice(0, 8)} BV`,
    chamberOfCommerceNumber: kvk,
    street: 'Straat 1',
    postalCode: '1234 AB',
    city: 'Utrecht',
    country: 'NL',
    billingEmail: 'facturen@example.nl',
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`unique where the business says so (${kind})`, () => {
    let f: FullApp;
    before(async () => {
      f = await startFullApp(kind);
    });
    after(async () => {
      await f.close();
    });

    const post = (who: Session, url: string, payload: unknown) =>
      f.app.inject({ method: 'POST', url, headers: who.write, payload: payload as object });

    function assertOneMade(statuses: number[]): void {
      assert.deepEqual(
        [...statuses].sort(),
        [201, ...Array(statuses.length - 1).fill(409)],
        `statuses: ${statuses.join(', ')}`,
      );
    }

    it('makes one company of ten parallel requests with one KvK number; the others are 409 on the field', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => post(f.planner, '/api/customers', company('12345678'))),
      );
      assertOneMade(responses.map((r) => r.statusCode));
      for (const refused of responses.filter((r) => r.statusCode === 409)) {
        const problem = refused.json<Problem>();
        assert.equal(problem.type, `${PROBLEMS}customer-number-taken`);
        assert.deepEqual(
          problem.errors?.map((e) => e.path),
          ['chamberOfCommerceNumber'],
        );
      }
      // Written another way, it is the same number.
      const again = await post(f.planner, '/api/customers', company('1234.5678'));
      assert.equal(again.statusCode, 409, again.body);
      const rows = await f.ctx.db
        .selectFrom('customers')
        .select('id')
        .where('chamber_of_commerce_number', '=', '12345678')
        .execute();
      assert.equal(rows.length, 1);
    });

    it('lets another provider have a customer with that KvK number (unique per provider)', async () => {
      const other = await f.ctx.db.transaction().execute((tx) =>
        identity.createProvider(f.ctx, tx, {
          name: 'Andere Opleider BV',
          slug: `andere-${randomUUID().slice(0, 6)}`,
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          termsProviderId: 'ingenium',
        }),
      );
      const made = await identity.createCustomer(f.ctx, null, {
        ...company('12345678'),
        providerId: other.id,
      });
      assert.equal(made.chamberOfCommerceNumber, '12345678');
    });

    it('makes one location of ten parallel requests with one name; a repeat in another case or a rename is 409', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          post(f.planner, '/api/locations', { name: 'Zaal Noord', city: 'Utrecht' }),
        ),
      );
      assertOneMade(responses.map((r) => r.statusCode));
      const refused = responses.find((r) => r.statusCode === 409);
      assert.equal(refused?.json<Problem>().type, `${PROBLEMS}location-name-taken`);
      assert.deepEqual(
        refused?.json<Problem>().errors?.map((e) => e.path),
        ['name'],
      );
      const otherCase = await post(f.planner, '/api/locations', { name: ' zaal noord', city: 'Zwolle' });
      assert.equal(otherCase.statusCode, 409, otherCase.body);
      const zuid = await post(f.planner, '/api/locations', { name: 'Zaal Zuid', city: 'Utrecht' });
      assert.equal(zuid.statusCode, 201, zuid.body);
      const rename = await f.app.inject({
        method: 'PATCH',
        url: `/api/locations/${zuid.json<{ id: string }>().id}`,
        headers: f.planner.write,
        payload: { name: 'Zaal Noord' },
      });
      assert.equal(rename.statusCode, 409, rename.body);
      assert.equal(rename.json<Problem>().errors?.[0]?.path, 'name');
    });
  });
}
