/**
 * Import sheets over HTTP on both databases: who sees a sheet (404 for anyone else, decision 0003),
 * the progress under an id the client chose, and discarding a sheet not yet committed.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs } from './support/identity-app.ts';
import { type ImportFixture, startImportFixture, uploadBody } from './support/import-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`import sheets: tenancy, progress and discard (${kind})`, () => {
    let f: ImportFixture;
    before(async () => {
      f = await startImportFixture(kind);
    });
    after(async () => {
      await f.t.close();
    });

    it("hides a sheet from another provider's staff, from learners and from another company (404)", async () => {
      const { t, planner, admin, learner, upload, commit } = f;
      const res = await upload(
        admin,
        uploadBody('geheim.csv', 'Sessiecode;Voornaam;Achternaam;E-mail\nEX-APR;Q;R;qr@example.nl\n'),
      );
      const id = res.json().id;
      await t.ctx.db.transaction().execute((tx) =>
        identity.createProvider(t.ctx, tx, {
          name: 'Andere BV',
          slug: 'andere',
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          termsProviderId: 'ingenium',
        }),
      );
      await identity.createUserAsOperator(t.ctx, {
        email: 'planner@andere.example',
        name: 'Ander',
        role: 'planner',
        providerSlug: 'andere',
        password: DEMO_PASSWORD,
      });
      const stranger = await loginAs(t.app, 'planner@andere.example', DEMO_PASSWORD);
      const jansen = await t.ctx.db
        .selectFrom('customers')
        .select('id')
        .where('name', '=', 'Installatietechniek Jansen B.V.')
        .executeTakeFirstOrThrow();
      await identity.createUserAsOperator(t.ctx, {
        email: 'admin@jansen.example',
        name: 'Jansen Admin',
        role: 'customer_admin',
        providerSlug: 'demo',
        customerId: jansen.id,
        password: DEMO_PASSWORD,
      });
      const otherCompany = await loginAs(t.app, 'admin@jansen.example', DEMO_PASSWORD);
      for (const who of [stranger, learner, otherCompany]) {
        assert.equal(
          (await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: who.read })).statusCode,
          404,
        );
      }
      assert.equal((await commit(stranger, id)).statusCode, 404);
      assert.equal((await commit(otherCompany, id)).statusCode, 404);
      assert.equal((await upload(learner, uploadBody('x.csv', 'a\n1\n'))).statusCode, 403);
      const mine = await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: planner.read });
      assert.equal(mine.statusCode, 200, "the provider staff see their customers' sheets");
    });

    it('reports progress at GET /imports/:id under an id the client chose, and refuses that id twice', async () => {
      const { t, admin, upload, commit } = f;
      const id = randomUUID();
      const csv = 'Sessiecode;Voornaam;Achternaam;E-mail\nEX-MEI;Vera;Voort;vera@example.nl\n';
      const res = await upload(admin, uploadBody('voortgang.csv', csv, { id }));
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().id, id);
      const shown = await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: admin.read });
      assert.deepEqual(shown.json().progress, { phase: 'done', processed: 1, total: 1 });
      assert.equal(shown.json().status, 'validated');
      const again = await upload(admin, uploadBody('voortgang.csv', csv, { id }));
      assert.equal(again.statusCode, 409);
      await commit(admin, id);
      const committed = await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: admin.read });
      assert.equal(committed.json().status, 'committed');
      assert.deepEqual(committed.json().progress, { phase: 'done', processed: 1, total: 1 });
    });

    it('discards a sheet not yet committed, dropping its rows; a discarded sheet cannot be committed', async () => {
      const { t, admin, learner, upload, commit } = f;
      const res = await upload(
        admin,
        uploadBody('weg.csv', 'Sessiecode;Voornaam;Achternaam;E-mail\nEX-MEI;Xan;Y;xan@example.nl\n'),
      );
      const id = res.json().id;
      assert.equal(
        (await t.app.inject({ method: 'DELETE', url: `/api/imports/${id}`, headers: learner.write }))
          .statusCode,
        404,
      );
      // The people's data the sheet holds (migration 0015: a row each) goes with the discard.
      const rowsOf = async () =>
        (
          await sql<{
            n: number;
          }>`select count(*)::integer as n from import_sheet_rows where sheet_id = ${id}`.execute(t.ctx.db)
        ).rows[0]?.n;
      assert.equal(await rowsOf(), 1);
      const gone = await t.app.inject({ method: 'DELETE', url: `/api/imports/${id}`, headers: admin.write });
      assert.equal(gone.statusCode, 204, gone.body);
      const stored = await t.ctx.db
        .selectFrom('import_sheets')
        .select(['status', 'valid_count'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual([stored.status, stored.valid_count, await rowsOf()], ['discarded', 0, 0]);
      assert.equal((await commit(admin, id)).statusCode, 409);
      assert.equal(
        (await t.app.inject({ method: 'DELETE', url: `/api/imports/${id}`, headers: admin.write }))
          .statusCode,
        409,
      );
    });
  });
}
