/**
 * Import sheets over HTTP on both databases, validation (docs/decisions/0006-import-sheets.md):
 * every error with its row and column, nothing written while a sheet has errors unless the valid
 * rows are confirmed, and the seats left counted over the rows that pass everything else.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type ErrorJson, type ImportFixture, startImportFixture, uploadBody } from './support/import-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`import sheets: validation errors (${kind})`, () => {
    let f: ImportFixture;
    before(async () => {
      f = await startImportFixture(kind);
    });
    after(async () => {
      await f.t.close();
    });

    it('names every error with its row and column, and commits nothing until the valid rows are confirmed', async () => {
      const { admin, upload, commit, booked, enrollmentsOf } = f;
      // Anna is enrolled in EX-APR already, by an earlier sheet.
      const earlier = await upload(
        admin,
        uploadBody(
          'eerder.csv',
          'Sessiecode;Voornaam;Achternaam;E-mail\nEX-APR;Anna;Berg;anna.berg@example.nl\n',
        ),
      );
      assert.equal((await commit(admin, earlier.json().id)).statusCode, 201);
      const csv = [
        'Sessiecode;Voornaam;Achternaam;E-mail;Geboortedatum;Bedrijf',
        'ONBEKEND;Fien;Faber;fien@example.nl;;', // 2 unknown session
        'EX-APR;Gijs;Goossens;gijs-at-example.nl;;', // 3 bad e-mail
        'EX-APR;;Hendriks;hans@example.nl;;', // 4 missing first name
        'EX-APR;Ilse;Ibes;ilse@example.nl;;', // 5 valid
        'EX-APR;Ilse;Ibes;ILSE@example.nl;;', // 6 twice in the sheet
        'EX-APR;Anna;Berg;anna.berg@example.nl;;', // 7 already enrolled (the earlier sheet)
        'NEN-OUD;Jan;Jansen;jan@example.nl;;', // 8 cancelled session
        'NEN-LAAT;Kim;Kok;kim@example.nl;;', // 9 registration deadline passed
        'NEN-3;Lars;Lam;lars@example.nl;;', // 10 prerequisite not met (new learner)
        'EX-APR;Mia;Mol;mia@example.nl;31-02-1990;', // 11 no such date
        'EX-APR;Nina;Nijs;nina@example.nl;;90000002', // 12 another company
        'EX-APR;Tom;Smit;learner2@demo.klasse.local;;', // 13 a learner of another company
      ].join('\r\n');
      const res = await upload(admin, uploadBody('fouten.csv', csv));
      assert.equal(res.statusCode, 201, res.body);
      const sheet = res.json();
      const got = sheet.errors.map((e: ErrorJson) => [e.row, e.column, e.field]);
      assert.deepEqual(got, [
        [2, 'Sessiecode', 'sessionCode'],
        [3, 'E-mail', 'email'],
        [4, 'Voornaam', 'firstName'],
        [6, 'E-mail', 'email'],
        [7, 'E-mail', 'email'],
        [8, 'Sessiecode', 'sessionCode'],
        [8, 'E-mail', 'email'], // and the prerequisite of NEN 3140, as on row 10
        [9, 'Sessiecode', 'sessionCode'],
        [9, 'E-mail', 'email'],
        [10, 'E-mail', 'email'],
        [11, 'Geboortedatum', 'birthDate'],
        [12, 'Bedrijf', 'company'],
        [13, 'E-mail', 'email'],
      ]);
      const message = (row: number) => sheet.errors.find((e: ErrorJson) => e.row === row)?.message;
      assert.match(message(2), /no session ONBEKEND/);
      assert.match(message(3), /not an e-mail address/);
      assert.match(message(4), /first name is missing/);
      assert.match(message(6), /already on row 5/);
      assert.match(message(7), /already enrolled in session EX-APR/);
      assert.match(message(8), /cancelled/);
      assert.match(message(9), /registration deadline/);
      assert.match(message(10), /needs Examen VCA Basis passed/);
      assert.match(message(12), /not your company/);
      assert.match(message(13), /another company/);
      assert.equal(sheet.validCount, 1);
      assert.equal(sheet.rowCount, 12);

      const bookedBefore = await booked('EX-APR');
      const refused = await commit(admin, sheet.id);
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().type, 'https://klasse.dev/problems/import-has-errors');
      assert.equal(await booked('EX-APR'), bookedBefore);
      assert.equal(
        (await enrollmentsOf('EX-APR')).some((e) => e.email === 'ilse@example.nl'),
        false,
      );

      const confirmed = await commit(admin, sheet.id, { validRowsOnly: true });
      assert.equal(confirmed.statusCode, 201, confirmed.body);
      assert.equal(confirmed.json().enrolled, 1);
      assert.equal(confirmed.json().skippedRows, 11);
      assert.equal(await booked('EX-APR'), bookedBefore + 1);
    });

    it('counts the rows of a sheet for one session against the seats left', async () => {
      const { t, admin, upload } = f;
      const rows = ['Sessiecode;Voornaam;Achternaam;E-mail'];
      for (let i = 1; i <= 4; i++) rows.push(`NEN-3;P${i};Q${i};vol${i}@example.nl`);
      // The learners have passed the VCA exam, so only the seats stand in the way.
      const res0 = await upload(admin, uploadBody('vol.csv', rows.join('\n')));
      const full = res0.json().errors.filter((e: ErrorJson) => /full/.test(e.message));
      assert.equal(full.length, 0, 'new learners fail the prerequisite before the seats are counted');
      const vca = await t.ctx.db
        .selectFrom('products')
        .select('id')
        .where('code', '=', 'VCA-B-EX')
        .executeTakeFirstOrThrow();
      const ids: string[] = [];
      for (let i = 1; i <= 4; i++) {
        const u = await identity.createUserAsOperator(t.ctx, {
          email: `vol${i}@example.nl`,
          name: `P${i} Q${i}`,
          role: 'learner',
          providerSlug: 'demo',
          customerId: (
            await t.ctx.db
              .selectFrom('customers')
              .select('id')
              .where('name', '=', 'Bouwbedrijf De Vries B.V.')
              .executeTakeFirstOrThrow()
          ).id,
          password: DEMO_PASSWORD,
        });
        ids.push(u.id);
      }
      await t.ctx.db
        .insertInto('learner_achievements')
        .values(
          ids.map((id) => ({
            learner_id: id,
            product_id: vca.id,
            achievement: 'passed' as const,
            achieved_on: '2026-01-10',
          })),
        )
        .execute();
      const res = await upload(admin, uploadBody('vol.csv', rows.join('\n')));
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual(
        res.json().errors.map((e: ErrorJson) => [e.row, e.column, e.message]),
        [[5, 'Sessiecode', 'session NEN-3 is full: 3 seat(s) left, and this sheet asks for more']],
      );
      assert.equal(res.json().validCount, 3);
    });
  });
}
