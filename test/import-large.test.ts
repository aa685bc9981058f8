/**
 * Issue 12, item 2: a large sheet is read and checked by a job, so the upload request answers at
 * once (202) and GET /imports/:id follows it to the preview, or to why the file could not be read.
 * (The reader's limits are unit-tested in src/enrollment/import/xlsx.test.ts; bench/import.ts
 * imports 100,000 rows this way.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ASYNC_UPLOAD_BYTES } from '../src/enrollment/import/upload-job.ts';
import { testDatabaseKinds } from './support/databases.ts';
import type { Session } from './support/identity-app.ts';
import { addSessions, type ImportFixture, startImportFixture, uploadBody } from './support/import-app.ts';
import { waitFor } from './support/wait.ts';

for (const kind of testDatabaseKinds()) {
  describe(`import sheets: a large file is read by a job (${kind})`, () => {
    let f: ImportFixture;
    before(async () => {
      f = await startImportFixture(kind, { runJobs: true });
    });
    after(async () => {
      await f.t.close();
    });

    async function settled(who: Session, id: string) {
      return waitFor<{
        status: string;
        rowCount: number;
        errorCount: number;
        errors: { message: string }[];
        failure: { detail: string; errors: { message: string }[] };
      }>(`sheet ${id} to be read`, async () => {
        const res = await f.t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: who.read });
        assert.equal(res.statusCode, 200, res.body);
        return res.json().status === 'validating' ? undefined : res.json();
      });
    }

    it('answers 202 at once, then shows the checked sheet with its errors', async () => {
      const { admin, upload } = f;
      // 2,100 rows with a long remark each: over the size read by a job; more rows than seats.
      const remark = 'x'.repeat(500);
      const lines = ['Sessiecode;Voornaam;Achternaam;E-mail;Opmerking'];
      for (let i = 0; i < 2_100; i++) lines.push(`EX-APR;Cursist;Nummer ${i};groot${i}@example.nl;${remark}`);
      const csv = lines.join('\r\n');
      assert.ok(csv.length > ASYNC_UPLOAD_BYTES);
      const res = await upload(admin, uploadBody('groot.csv', csv));
      assert.equal(res.statusCode, 202, res.body.slice(0, 500));
      assert.equal(res.json().status, 'validating');
      assert.equal(res.json().progress.phase, 'reading');
      const sheet = await settled(admin, res.json().id);
      assert.equal(sheet.status, 'validated');
      assert.equal(sheet.rowCount, 2_100);
      assert.ok(sheet.errorCount > 0, 'EX-APR has 20 seats, not 2,100');
      assert.match(sheet.errors[0]?.message ?? '', /seat/);
      // Another company's admin or a learner does not see it.
      const other = await f.t.app.inject({
        method: 'GET',
        url: `/api/imports/${res.json().id}`,
        headers: f.learner.read,
      });
      assert.equal(other.statusCode, 404);
    });

    it('shows why a large file could not be read, naming the problem, and stores no sheet', async () => {
      const { admin, upload } = f;
      const notXlsx = Buffer.alloc(ASYNC_UPLOAD_BYTES + 1_000, 'a');
      const res = await upload(admin, uploadBody('groot.xlsx', notXlsx));
      assert.equal(res.statusCode, 202, res.body.slice(0, 500));
      const sheet = await settled(admin, res.json().id);
      assert.equal(sheet.status, 'failed');
      assert.equal(sheet.failure.detail, 'The file cannot be read; nothing was stored.');
      assert.match(sheet.failure.errors[0]?.message ?? '', /not an XLSX workbook/);
      const stored = await f.t.ctx.db
        .selectFrom('import_sheets')
        .select('id')
        .where('id', '=', res.json().id)
        .execute();
      assert.deepEqual(stored, []);
    });

    it('keeps answering while a large sheet is checked, its progress moving, and stores every row', async () => {
      const { admin, upload } = f;
      const rows = 10_000;
      await addSessions(f.t, [{ code: 'GROOT-10K', productCode: 'VCA-B-EX', capacity: rows }]);
      const remark = 'y'.repeat(60);
      const lines = ['Sessiecode;Voornaam;Achternaam;E-mail;Opmerking'];
      for (let i = 0; i < rows; i++)
        lines.push(`GROOT-10K;Cursist;Nummer ${i};tienduizend${i}@example.nl;${remark}`);
      const res = await upload(admin, uploadBody('tienduizend.csv', lines.join('\r\n')));
      assert.equal(res.statusCode, 202, res.body.slice(0, 500));
      const id = res.json().id;
      // Meanwhile the server answers other requests, and the progress bar shows rows done so far.
      const seen: { phase: string; processed: number; total: number }[] = [];
      let health = 0;
      let sheet: { status: string; rowCount: number; validCount: number; sessions: unknown[] };
      for (;;) {
        const [got, alive] = await Promise.all([
          f.t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: admin.read }),
          f.t.app.inject({ method: 'GET', url: '/healthz' }),
        ]);
        assert.equal(alive.statusCode, 200);
        health++;
        sheet = got.json();
        if (sheet.status !== 'validating') break;
        const progress = got.json().progress;
        if (progress) seen.push(progress);
      }
      assert.ok(health > 1, 'the server answered while the sheet was checked');
      assert.ok(
        seen.some((p) => p.processed > 0 && p.processed < p.total),
        `the progress moved through the rows: ${JSON.stringify(seen.slice(-5))}`,
      );
      assert.equal(sheet.status, 'validated');
      assert.deepEqual(
        [sheet.rowCount, sheet.validCount, sheet.sessions],
        [rows, rows, [{ code: 'GROOT-10K', rows, seatsLeft: rows }]],
      );
    });
  });
}
