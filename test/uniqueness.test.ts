/**
 * Repeats decided by the database on both (issue 12, items 11 and 12): a customer company once per
 * provider by KvK number, a location name once per provider, an import id once; a repeat, however
 * parallel, is a 409 problem naming the field, and nothing is written twice.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import type { Problem } from '../src/platform/http/problem.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type FullApp, startFullApp } from './support/full-app.ts';
import { loginAs, type Session } from './support/identity-app.ts';

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

    it('stores one sheet of ten parallel uploads with one client-chosen id; the others are 409 on id', async () => {
      const id = randomUUID();
      const csv = 'Sessiecode;Voornaam;Achternaam;E-mail\nGEEN;Vera;Voort;vera@example.nl\n';
      const body = (fileName: string) => ({
        id,
        fileName,
        contentBase64: Buffer.from(csv).toString('base64'),
      });
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => post(f.planner, '/api/imports', body(`lijst-${i}.csv`))),
      );
      assertOneMade(responses.map((r) => r.statusCode));
      const refused = responses.find((r) => r.statusCode === 409);
      assert.equal(refused?.json<Problem>().type, `${PROBLEMS}import-id-taken`);
      assert.equal(refused?.json<Problem>().errors?.[0]?.path, 'id');
      const stored = responses.find((r) => r.statusCode === 201)?.json<{ fileName: string }>();
      // The sheet and its progress are the upload's that won, not overwritten by the others.
      const sheet = await f.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: f.planner.read });
      assert.equal(sheet.statusCode, 200, sheet.body);
      const view = sheet.json<{ fileName: string; progress: { phase: string } | null }>();
      assert.equal(view.fileName, stored?.fileName);
      assert.equal(view.progress?.phase ?? 'done', 'done');
      const again = await post(f.planner, '/api/imports', body('later.csv'));
      assert.equal(again.statusCode, 409, again.body);
    });

    it("refuses an id another provider's upload took at the same moment (409, not 500), showing it nothing", async () => {
      const other = await f.ctx.db.transaction().execute((tx) =>
        identity.createProvider(f.ctx, tx, {
          name: 'Derde Opleider BV',
          slug: `derde-${randomUUID().slice(0, 6)}`,
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          termsProviderId: 'ingenium',
        }),
      );
      await identity.createUserAsOperator(f.ctx, {
        email: 'planner@derde.example',
        name: 'Derde Planner',
        role: 'planner',
        providerSlug: other.slug,
        password: DEMO_PASSWORD,
      });
      const stranger = await loginAs(f.app, 'planner@derde.example', DEMO_PASSWORD);
      const id = randomUUID();
      const body = {
        id,
        fileName: 'gelijktijdig.csv',
        contentBase64: Buffer.from(
          'Sessiecode;Voornaam;Achternaam;E-mail\nGEEN;A;B;ab@example.nl\n',
        ).toString('base64'),
      };
      const [mine, theirs] = await Promise.all([
        post(f.planner, '/api/imports', body),
        post(stranger, '/api/imports', body),
      ]);
      assertOneMade([mine.statusCode, theirs.statusCode]);
      const loser = mine.statusCode === 409 ? mine : theirs;
      assert.equal(loser.json<Problem>().errors?.[0]?.path, 'id');
      const [owner, outsider] = mine.statusCode === 201 ? [f.planner, stranger] : [stranger, f.planner];
      const seen = await f.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: owner.read });
      assert.equal(seen.statusCode, 200, seen.body);
      const peek = await f.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: outsider.read });
      assert.equal(peek.statusCode, 404, "the other provider's sheet stays invisible");
    });
  });
}
