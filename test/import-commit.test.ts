/**
 * Import sheets over HTTP on both databases, the commit (docs/decisions/0006-import-sheets.md): the
 * terms, seats, fees and mails it writes; all or nothing when a session fills up between preview
 * and commit or two sheets race for the same seats; approval; the group discount (ingenium-leveringsvoorwaarden#3.5).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { queueImportConfirmations } from '../src/enrollment/import/jobs.ts';
import { testDatabaseKinds } from './support/databases.ts';
import {
  addSessions,
  type ErrorJson,
  type ImportFixture,
  startImportFixture,
  uploadBody,
} from './support/import-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`import sheets: commit (${kind})`, () => {
    let f: ImportFixture;
    before(async () => {
      f = await startImportFixture(kind);
    });
    after(async () => {
      await f.t.close();
    });

    it("reads a Dutch-Excel CSV (BOM, ';', quotes, CRLF), previews it, and commits it with the terms, seats, fees and mails", async () => {
      const { t, admin, upload, commit, booked, enrollmentsOf } = f;
      const csv =
        '\ufeffSessiecode;Voornaam;Tussenvoegsel;Achternaam;E-mail;Personeelsnummer;Inkoopordernummer\r\n' +
        'EX-APR;Anna;van der;Berg;Anna.Berg@Example.nl;101;"PO;2026-7"\r\n' +
        'EX-APR;"Piet ""PJ""";;Pieters;piet@example.nl;;"PO;2026-7"\r\n' +
        'PAKKET;Anna;van der;Berg;anna.berg@example.nl;101;\r\n';
      const res = await upload(admin, uploadBody('inschrijvingen.csv', csv));
      assert.equal(res.statusCode, 201, res.body);
      const sheet = res.json();
      assert.equal(sheet.format, 'csv');
      assert.equal(sheet.status, 'validated');
      assert.deepEqual(sheet.errors, []);
      assert.equal(sheet.rowCount, 3);
      assert.equal(sheet.validCount, 3);
      assert.equal(sheet.mapping.Sessiecode, 'sessionCode');
      assert.equal(sheet.mapping.Inkoopordernummer, 'purchaseOrderRef');
      assert.deepEqual(sheet.preview[0], {
        row: 2,
        sessionCode: 'EX-APR',
        name: 'Anna van der Berg',
        email: 'anna.berg@example.nl',
        company: 'Bouwbedrijf De Vries B.V.',
        purchaseOrderRef: 'PO;2026-7',
        newLearner: true,
      });
      assert.equal(sheet.preview[1].name, 'Piet "PJ" Pieters');
      assert.deepEqual(
        sheet.sessions.find((s: { code: string }) => s.code === 'EX-APR'),
        { code: 'EX-APR', rows: 2, seatsLeft: 20 },
      );
      // Nothing is enrolled by the upload.
      assert.equal(await booked('EX-APR'), 0);

      const done = await commit(admin, sheet.id);
      assert.equal(done.statusCode, 201, done.body);
      const result = done.json() as { sessions: { code: string }[] };
      assert.deepEqual(
        {
          ...result,
          sessions: result.sessions.sort((a, b) => a.code.localeCompare(b.code)),
        },
        {
          id: sheet.id,
          enrolled: 3,
          learnersCreated: 2,
          skippedRows: 0,
          status: 'confirmed',
          sessions: [
            { code: 'EX-APR', enrolled: 2 },
            { code: 'PAKKET', enrolled: 1 },
          ],
        },
      );
      assert.equal(await booked('EX-APR'), 2);
      assert.equal(await booked('PAKKET'), 1);
      const rows = await enrollmentsOf('EX-APR');
      assert.equal(rows.length, 2);
      for (const e of rows) {
        assert.equal(e.status, 'confirmed');
        assert.equal(e.source, 'import');
        assert.equal(e.terms_key, 'plusport-courses');
        assert.ok(e.terms_version.length > 0);
        assert.equal(e.terms_accepted_by, admin.userId);
        assert.equal(e.customer_id, e.learner_customer, 'the learner is created under the company');
        assert.equal(e.purchase_order_ref, 'PO;2026-7');
      }
      assert.equal(rows[0]?.name, 'Anna van der Berg');
      // The package's fee is split over its components, each with its own VAT code.
      const pakket = (await enrollmentsOf('PAKKET'))[0];
      const lines = await t.ctx.db
        .selectFrom('enrollment_ledger')
        .selectAll()
        .where('enrollment_id', '=', pakket?.id ?? '')
        .execute();
      assert.ok(lines.length >= 1);
      assert.equal(
        lines.reduce((s, l) => s + Number(l.amount_cents), 0),
        17_500,
      );
      assert.ok(lines.every((l) => l.kind === 'course_fee'));
      const events = await t.ctx.db
        .selectFrom('enrollment_events')
        .selectAll()
        .where('enrollment_id', '=', rows[0]?.id ?? '')
        .execute();
      assert.equal(events.length, 1);
      assert.equal(events[0]?.type, 'enrolled');
      assert.equal(events[0]?.details.employeeNumber, '101');

      // The confirmations: one job for the sheet queues one mail per enrollment, and never twice.
      const before = await t.ctx.db
        .selectFrom('mails')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(await queueImportConfirmations(t.ctx, sheet.id), 3);
      assert.equal(await queueImportConfirmations(t.ctx, sheet.id), 0);
      const mails = await t.ctx.db
        .selectFrom('mails')
        .selectAll()
        .where('recipient', '=', 'piet@example.nl')
        .execute();
      assert.equal(mails.length, 1);
      assert.match(mails[0]?.subject ?? '', /Bevestiging inschrijving/);
      assert.ok(mails[0]?.ics?.startsWith('BEGIN:VCALENDAR'));
      const after = await t.ctx.db
        .selectFrom('mails')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(after.n) - Number(before.n), 3);

      const again = await commit(admin, sheet.id);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://klasse.dev/problems/import-not-open');
    });

    it('commits all or nothing: a session filled between preview and commit refuses the whole sheet with the new errors', async () => {
      const { t, planner, admin, upload, commit, booked, enrollmentsOf } = f;
      const sheetOf = (names: string[]) =>
        [
          'Sessiecode;Voornaam;Achternaam;E-mail',
          ...names.map((n) => `${n.split(':')[0]};${n};X;${n.replace(':', '-').toLowerCase()}@race.example`),
        ].join('\n');
      const mine = await upload(
        admin,
        uploadBody('mijn.csv', sheetOf(['RACE-A:a1', 'RACE-A:a2', 'RACE-B:b1', 'RACE-B:b2'])),
      );
      assert.equal(mine.statusCode, 201, mine.body);
      assert.deepEqual(mine.json().errors, []);
      // Someone else takes a seat of RACE-B first.
      const other = await upload(
        planner,
        uploadBody(
          'ander.csv',
          `${sheetOf(['RACE-B:z1'])};`
            .replace('E-mail', 'E-mail;Bedrijf')
            .replace(/@race\.example;$/, '@race.example;90000002'),
        ),
      );
      assert.equal(other.statusCode, 201, other.body);
      assert.deepEqual(other.json().errors, []);
      assert.equal((await commit(planner, other.json().id)).statusCode, 201);
      const usersBefore = await t.ctx.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();

      const refused = await commit(admin, mine.json().id);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().type, 'https://klasse.dev/problems/import-changed');
      assert.deepEqual(
        refused.json().errors.map((e: { path: string }) => e.path),
        ['row 5, column Sessiecode'],
      );
      // Nothing of it was written: no seats, no learners, no enrollments.
      assert.equal(await booked('RACE-A'), 0);
      assert.equal(await booked('RACE-B'), 1);
      assert.equal((await enrollmentsOf('RACE-A')).length, 0);
      const usersAfter = await t.ctx.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(usersAfter.n, usersBefore.n);
      // The preview now shows the new error, and the rest can be committed on confirmation.
      const shown = await t.app.inject({
        method: 'GET',
        url: `/api/imports/${mine.json().id}`,
        headers: admin.read,
      });
      assert.equal(shown.statusCode, 200, shown.body);
      assert.deepEqual(
        shown.json().errors.map((e: ErrorJson) => e.row),
        [5],
      );
      assert.equal(shown.json().validCount, 3);
      const rest = await commit(admin, mine.json().id, { validRowsOnly: true });
      assert.equal(rest.statusCode, 201, rest.body);
      assert.equal(await booked('RACE-A'), 2);
      assert.equal(await booked('RACE-B'), 2);
    });

    it('two sheets committed at once over the same seats: one enrolls, the other enrolls nobody', async () => {
      const { t, admin, upload, commit, booked, enrollmentsOf } = f;
      await addSessions(t, [{ code: 'DUEL', productCode: 'VCA-B-EX', capacity: 3 }]);
      const sheet = (prefix: string) =>
        [
          'Sessiecode;Voornaam;Achternaam;E-mail',
          ...[1, 2].map((i) => `DUEL;${prefix}${i};Y;${prefix}${i}@duel.example`),
        ].join('\n');
      const a = await upload(admin, uploadBody('a.csv', sheet('a')));
      const b = await upload(admin, uploadBody('b.csv', sheet('b')));
      assert.deepEqual([a.json().validCount, b.json().validCount], [2, 2], 'each fits alone');
      const results = await Promise.all([commit(admin, a.json().id), commit(admin, b.json().id)]);
      assert.deepEqual(
        results.map((r) => r.statusCode).sort(),
        [201, 409],
        results.map((r) => r.body).join('\n'),
      );
      assert.equal(await booked('DUEL'), 2);
      assert.equal((await enrollmentsOf('DUEL')).length, 2);
    });

    // A second connection needs PostgreSQL: the embedded database has one.
    if (kind === 'postgres')
      it('refuses the whole commit when an account with one of its addresses is made during it', async () => {
        const { t, admin, upload, commit, booked, enrollmentsOf } = f;
        await addSessions(t, [{ code: 'GELIJK', productCode: 'VCA-B-EX', capacity: 5 }]);
        const csv =
          'Sessiecode;Voornaam;Achternaam;E-mail\nGELIJK;Rik;Ras;rik@gelijk.example\nGELIJK;Roos;Ras;roos@gelijk.example\n';
        const res = await upload(admin, uploadBody('gelijk.csv', csv));
        assert.equal(res.json().validCount, 2);
        const other = new pg.Client({ connectionString: t.url });
        await other.connect();
        try {
          // Another transaction makes an instructor with one of the addresses and holds it open.
          await other.query('begin');
          await other.query(
            `insert into users (email, name, role, provider_id) values ('roos@gelijk.example', 'Roos', 'instructor', $1)`,
            [t.providerId],
          );
          const pending = commit(admin, res.json().id);
          await new Promise((resolve) => setTimeout(resolve, 300));
          await other.query('commit');
          const refused = await pending;
          assert.equal(refused.statusCode, 409, refused.body);
          assert.equal(refused.json().type, 'https://klasse.dev/problems/import-changed');
        } finally {
          await other.end();
        }
        assert.equal(await booked('GELIJK'), 0);
        assert.equal((await enrollmentsOf('GELIJK')).length, 0);
        const rik = await t.ctx.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'rik@gelijk.example')
          .execute();
        assert.equal(rik.length, 0, 'no learner was created');
      });

    it('enrolls as pending approval, without fees or mails, where the provider approves enrollments (PlusPort cursus 3.4)', async () => {
      const { t, admin, upload, commit } = f;
      await t.ctx.db
        .insertInto('enrollment_settings')
        .values({
          provider_id: t.providerId,
          requires_approval: true,
          offer_hours: 48,
          updated_at: new Date(),
        })
        .execute();
      try {
        const csv = 'Sessiecode;Voornaam;Achternaam;E-mail\nEX-MEI;Wim;Wit;wim@example.nl\n';
        const res = await upload(admin, uploadBody('goedkeuring.csv', csv));
        const done = await commit(admin, res.json().id);
        assert.equal(done.statusCode, 201, done.body);
        assert.equal(done.json().status, 'pending_approval');
        const [e] = await t.ctx.db
          .selectFrom('enrollments')
          .selectAll()
          .where('import_sheet_id', '=', res.json().id)
          .execute();
        assert.equal(e?.status, 'pending_approval');
        assert.equal(e?.confirmed_at, null);
        const lines = await t.ctx.db
          .selectFrom('enrollment_ledger')
          .selectAll()
          .where('enrollment_id', '=', e?.id ?? '')
          .execute();
        assert.equal(lines.length, 0);
        assert.equal(await queueImportConfirmations(t.ctx, res.json().id), 0);
      } finally {
        await t.ctx.db.deleteFrom('enrollment_settings').where('provider_id', '=', t.providerId).execute();
      }
    });

    it('prices the rows of one company for one session under the group discount of the terms (Ingenium 3.5)', async () => {
      const { t, planner, admin, upload, commit, enrollmentsOf } = f;
      // A copy of Ingenium's terms, then a version with 10 % from two participants.
      const post = (url: string, payload: object) =>
        t.app.inject({ method: 'POST', url, headers: planner.write, payload });
      const copy = await post('/api/terms/ingenium/copy', {
        key: 'imp-staffel',
        effectiveFrom: '2026-03-02',
        version: '2026-03a',
      });
      assert.equal(copy.statusCode, 201, copy.body);
      const doc = copy.json().document;
      doc.sections.course.groupDiscount.tiers = [{ minParticipants: 2, discountBasisPoints: 1000 }];
      const added = await post('/api/terms/imp-staffel/versions', {
        ...doc,
        version: '2026-03b',
        effectiveFrom: '2026-03-03',
      });
      assert.equal(added.statusCode, 201, added.body);
      await addSessions(t, [{ code: 'STAFFEL', productCode: 'NEN3140-VP', capacity: 10 }]);
      await t.ctx.db.deleteFrom('product_prerequisites').execute();
      const setTerms = (key: string) =>
        t.ctx.db
          .updateTable('providers')
          .set({ terms_provider_id: key })
          .where('id', '=', t.providerId)
          .execute();
      t.clock.set('2026-03-03T09:00:00Z');
      await setTerms('imp-staffel');
      try {
        const csv =
          'Sessiecode;Voornaam;Achternaam;E-mail\nSTAFFEL;S1;T;s1@staffel.example\nSTAFFEL;S2;T;s2@staffel.example\n';
        const res = await upload(admin, uploadBody('staffel.csv', csv));
        assert.deepEqual(res.json().errors, []);
        const done = await commit(admin, res.json().id);
        assert.equal(done.statusCode, 201, done.body);
        const rows = await enrollmentsOf('STAFFEL');
        assert.ok(rows.every((e) => e.terms_key === 'imp-staffel' && e.terms_version === '2026-03b'));
        const priced = await t.ctx.db
          .selectFrom('enrollments')
          .select(['id', 'price_cents'])
          .where('import_sheet_id', '=', res.json().id)
          .execute();
        assert.ok(priced.every((e) => e.price_cents === 44_550));
        const lines = await t.ctx.db
          .selectFrom('enrollment_ledger')
          .select(['kind', 'amount_cents', 'clauses'])
          .where('enrollment_id', '=', priced[0]?.id ?? '')
          .orderBy('amount_cents', 'desc')
          .execute();
        assert.deepEqual(
          lines.map((l) => [l.kind, l.amount_cents]),
          [
            ['course_fee', 49_500],
            ['group_discount', -4_950],
          ],
        );
        assert.ok(lines[1]?.clauses.some((c) => c.article === '3.5'));
      } finally {
        await setTerms('plusport-courses');
        t.clock.set('2026-03-02T09:00:00Z');
      }
    });
  });
}
