/**
 * Import sheets over HTTP on both databases: a sheet of 10,000 rows validated and committed in one
 * transaction, seats counted right (issue 4, item 4; the timing is measured by bench/import.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabaseKinds } from './support/databases.ts';
import { addSessions, type ImportFixture, startImportFixture, uploadBody } from './support/import-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`import sheets: 10,000 rows (${kind})`, () => {
    let f: ImportFixture;
    before(async () => {
      f = await startImportFixture(kind);
    });
    after(async () => {
      await f.t.close();
    });

    it('validates and commits 10,000 rows (one learner each) over 50 sessions, seats counted right', async () => {
      const { t, admin, upload, commit } = f;
      const codes = Array.from({ length: 50 }, (_, i) => `BULK-${String(i).padStart(2, '0')}`);
      await addSessions(
        t,
        codes.map((code) => ({ code, productCode: 'VCA-B-EX', capacity: 200, booked: 0 })),
      );
      const lines = ['Sessiecode;Voornaam;Achternaam;E-mail;Inkoopordernummer'];
      for (let i = 0; i < 10_000; i++)
        lines.push(`${codes[i % 50]};Cursist;Nummer ${i};cursist${i}@bulk.example;PO-${i % 7}`);
      const started = performance.now();
      const res = await upload(admin, uploadBody('groot.csv', lines.join('\r\n')));
      assert.equal(res.statusCode, 201, res.body.slice(0, 500));
      assert.equal(res.json().validCount, 10_000);
      const done = await commit(admin, res.json().id);
      const ms = performance.now() - started;
      assert.equal(done.statusCode, 201, done.body.slice(0, 500));
      assert.equal(done.json().enrolled, 10_000);
      assert.equal(done.json().learnersCreated, 10_000);
      const seats = await t.ctx.db
        .selectFrom('sessions')
        .select(['booked'])
        .where('code', 'like', 'BULK-%')
        .execute();
      assert.equal(seats.length, 50);
      assert.ok(seats.every((s) => s.booked === 200));
      const n = await t.ctx.db
        .selectFrom('enrollments')
        .select((eb) => eb.fn.count<string>('learner_id').distinct().as('n'))
        .where('import_sheet_id', '=', res.json().id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 10_000);
      // The time goes to the log, never into an assertion (bench/import.ts measures it).
      t.ctx.logger.info({ ms }, 'import of 10,000 rows');
    });
  });
}
