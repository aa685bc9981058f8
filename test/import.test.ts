/**
 * Import sheets over HTTP on both databases (issue 4, item 4; PlusPort cursus 3.1 "importsheet"):
 * CSV with ';' and ',', BOM, quotes, CRLF; XLSX; every error with its row and column; nothing
 * written while a sheet has errors unless the valid rows are confirmed; all or nothing when a
 * session fills up between preview and commit; the template; tenancy.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';
import { queueImportConfirmations } from '../src/enrollment/import/jobs.ts';
import { readXlsx } from '../src/enrollment/import/xlsx.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session } from './support/identity-app.ts';
import { addSessions, type ImportApp, startImportApp, uploadBody } from './support/import-app.ts';

interface ErrorJson {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

for (const kind of testDatabaseKinds()) {
  describe(`import sheets (${kind})`, () => {
    let t: ImportApp;
    let planner: Session;
    let admin: Session;
    let learner: Session;
    let sessionIds: Map<string, string>;

    const upload = async (who: Session, body: object) =>
      t.app.inject({ method: 'POST', url: '/api/imports', headers: who.write, payload: body });
    const commit = async (who: Session, id: string, body: object = {}) =>
      t.app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: who.write, payload: body });
    const booked = async (code: string) =>
      (
        await t.ctx.db
          .selectFrom('sessions')
          .select('booked')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).booked;
    const enrollmentsOf = async (code: string) =>
      t.ctx.db
        .selectFrom('enrollments as e')
        .innerJoin('sessions as s', 's.id', 'e.session_id')
        .innerJoin('users as u', 'u.id', 'e.learner_id')
        .select([
          'e.id',
          'e.status',
          'e.source',
          'e.terms_key',
          'e.terms_version',
          'e.terms_accepted_by',
          'e.customer_id',
          'e.purchase_order_ref',
          'u.email',
          'u.name',
          'u.customer_id as learner_customer',
        ])
        .where('s.code', '=', code)
        .orderBy('u.email')
        .execute();

    before(async () => {
      t = await startImportApp(kind);
      planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
      admin = await loginAs(t.app, 'customer-admin@demo.klasse.local', DEMO_PASSWORD);
      learner = await loginAs(t.app, 'learner@demo.klasse.local', DEMO_PASSWORD);
      sessionIds = await addSessions(t, [
        { code: 'EX-APR', productCode: 'VCA-B-EX', capacity: 20 },
        { code: 'EX-MEI', productCode: 'VCA-B-EX', capacity: 20, startsAt: '2026-05-04T07:00:00Z' },
        { code: 'NEN-3', productCode: 'NEN3140-VP', capacity: 3 },
        { code: 'NEN-OUD', productCode: 'NEN3140-VP', capacity: 10, status: 'cancelled' },
        {
          code: 'NEN-LAAT',
          productCode: 'NEN3140-VP',
          capacity: 10,
          registrationDeadline: '2026-03-01T12:00:00Z',
        },
        { code: 'PAKKET', productCode: 'VCA-B-PAKKET', capacity: 10 },
        { code: 'RACE-A', productCode: 'VCA-B-EX', capacity: 5 },
        { code: 'RACE-B', productCode: 'VCA-B-EX', capacity: 2 },
      ]);
      // NEN 3140 needs the VCA exam passed first (a prerequisite, migration 0006).
      const products = await t.ctx.db.selectFrom('products').select(['id', 'code']).execute();
      const pid = (code: string) => products.find((p) => p.code === code)?.id ?? '';
      await t.ctx.db
        .insertInto('product_prerequisites')
        .values({
          product_id: pid('NEN3140-VP'),
          required_product_id: pid('VCA-B-EX'),
          requirement: 'passed',
        })
        .execute();
    });
    after(async () => {
      await t.close();
    });

    it('gives the template as CSV (BOM, ";", Dutch headings) and XLSX; the company column for staff only', async () => {
      const csv = await t.app.inject({
        method: 'GET',
        url: '/api/imports/template?format=csv',
        headers: admin.read,
      });
      assert.equal(csv.statusCode, 200, csv.body);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.match(String(csv.headers['content-disposition']), /importsheet\.csv/);
      assert.equal(csv.rawPayload[0], 0xef, 'starts with the UTF-8 byte order mark');
      const heading = csv.body.replace(/^\ufeff/, '').split('\r\n')[0];
      assert.equal(
        heading,
        'Sessiecode;Voornaam;Tussenvoegsel;Achternaam;E-mail;Geboortedatum;Personeelsnummer;Inkoopordernummer',
      );
      const staff = await t.app.inject({
        method: 'GET',
        url: '/api/imports/template?format=xlsx&lang=en',
        headers: planner.read,
      });
      assert.equal(staff.statusCode, 200, staff.body);
      const rows = await readXlsx(staff.rawPayload);
      assert.deepEqual(rows[0]?.fields, [
        'Session code',
        'First name',
        'Name prefix',
        'Last name',
        'E-mail address',
        'Date of birth',
        'Employee number',
        'Purchase order number',
        'Company (KvK number or name)',
      ]);
      const refused = await t.app.inject({
        method: 'GET',
        url: '/api/imports/template',
        headers: learner.read,
      });
      assert.equal(refused.statusCode, 403);
    });

    it("reads a Dutch-Excel CSV (BOM, ';', quotes, CRLF), previews it, and commits it with the terms, seats, fees and mails", async () => {
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

    it("reads a CSV with ',' and English headings (LF) from staff, naming companies by KvK number or name", async () => {
      const csv =
        'Session code,First name,Last name,Email,Company,PO number\n' +
        'EX-MEI,Bram,Bos,bram@example.nl,90000001,"PO 1, part 2"\n' +
        'EX-MEI,Cor,Claes,cor@example.nl,installatietechniek jansen b.v.,\n';
      const res = await upload(planner, uploadBody('sheet.csv', csv));
      assert.equal(res.statusCode, 201, res.body);
      assert.deepEqual(res.json().errors, []);
      assert.deepEqual(
        res
          .json()
          .preview.map((p: { company: string; purchaseOrderRef: string | null }) => [
            p.company,
            p.purchaseOrderRef,
          ]),
        [
          ['Bouwbedrijf De Vries B.V.', 'PO 1, part 2'],
          ['Installatietechniek Jansen B.V.', null],
        ],
      );
      const done = await commit(planner, res.json().id);
      assert.equal(done.statusCode, 201, done.body);
      assert.equal(await booked('EX-MEI'), 2);
    });

    it('reads an XLSX sheet: dates, numbers and mailto links as the text a user sees', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Blad1');
      ws.addRow(['Sessiecode', 'Voornaam', 'Achternaam', 'E-mailadres', 'Geboortedatum', 'Personeelsnummer']);
      ws.addRow([
        'EX-MEI',
        'Dirk',
        'Dekker',
        { text: 'dirk@example.nl', hyperlink: 'mailto:dirk@example.nl' },
        new Date(Date.UTC(1985, 5, 15)),
        4711,
      ]);
      ws.addRow(['EX-MEI', 'Eva', 'Ernst', 'eva@example.nl', '31-12-1990', null]);
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      const res = await upload(admin, uploadBody('blad.xlsx', bytes));
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().format, 'xlsx');
      assert.deepEqual(res.json().errors, []);
      assert.deepEqual(
        res.json().preview.map((p: { email: string }) => p.email),
        ['dirk@example.nl', 'eva@example.nl'],
      );
      const done = await commit(admin, res.json().id);
      assert.equal(done.statusCode, 201, done.body);
      const events = await t.ctx.db
        .selectFrom('enrollment_events as ev')
        .innerJoin('enrollments as e', 'e.id', 'ev.enrollment_id')
        .select('ev.details')
        .where('e.import_sheet_id', '=', res.json().id)
        .execute();
      const details = events.map((e) => e.details).sort((a, b) => String(a.row).localeCompare(String(b.row)));
      assert.equal(details[0]?.birthDate, '1985-06-15');
      assert.equal(details[0]?.employeeNumber, '4711');
      assert.equal(details[1]?.birthDate, '1990-12-31');
    });

    it('names every error with its row and column, and commits nothing until the valid rows are confirmed', async () => {
      const csv = [
        'Sessiecode;Voornaam;Achternaam;E-mail;Geboortedatum;Bedrijf',
        'ONBEKEND;Fien;Faber;fien@example.nl;;', // 2 unknown session
        'EX-APR;Gijs;Goossens;gijs-at-example.nl;;', // 3 bad e-mail
        'EX-APR;;Hendriks;hans@example.nl;;', // 4 missing first name
        'EX-APR;Ilse;Ibes;ilse@example.nl;;', // 5 valid
        'EX-APR;Ilse;Ibes;ILSE@example.nl;;', // 6 twice in the sheet
        'EX-APR;Anna;Berg;anna.berg@example.nl;;', // 7 already enrolled (first sheet)
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

    it('commits all or nothing: a session filled between preview and commit refuses the whole sheet with the new errors', async () => {
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

    it('reads a CSV saved by Excel in Windows-1252 (accents in names)', async () => {
      // ë, ü and é are one byte each in Windows-1252 (and Latin-1): not valid UTF-8 on their own.
      const text = 'Sessiecode;Voornaam;Achternaam;E-mail\r\nEX-MEI;Zoë;Müller-Hénon;zoe@example.nl\r\n';
      const cp1252 = Buffer.from(Array.from(text, (ch) => ch.charCodeAt(0)));
      const res = await upload(admin, uploadBody('ansi.csv', cp1252));
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().preview[0].name, 'Zoë Müller-Hénon');
    });

    // A second connection needs PostgreSQL: the embedded database has one.
    if (kind === 'postgres')
      it('refuses the whole commit when an account with one of its addresses is made during it', async () => {
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

    it('refuses a sheet it cannot read, or without a column for a required field, naming the problem', async () => {
      const broken = await upload(
        admin,
        uploadBody('kapot.csv', 'Sessiecode;Voornaam;Achternaam;E-mail\nEX-APR;"Open;X;x@example.nl\n'),
      );
      assert.equal(broken.statusCode, 400);
      assert.deepEqual(broken.json().errors, [
        { path: 'row 2', message: 'row 2: a quoted field is never closed' },
      ]);
      const notXlsx = await upload(admin, uploadBody('nep.xlsx', 'geen excel'));
      assert.equal(notXlsx.statusCode, 400);
      const noEmail = await upload(
        admin,
        uploadBody('zonder.csv', 'Sessiecode;Voornaam;Achternaam\nEX-APR;A;B\n'),
      );
      assert.equal(noEmail.statusCode, 201, noEmail.body);
      assert.deepEqual(
        noEmail.json().errors.map((e: ErrorJson) => [e.row, e.column, e.field]),
        [[1, null, 'email']],
      );
      // A mapping chosen by the client for headings Klasse does not know.
      const mapped = await upload(
        admin,
        uploadBody('eigen.csv', 'Cursus;Naam1;Naam2;Adres\nEX-APR;Olga;Oost;olga@example.nl\n', {
          mapping: { Cursus: 'sessionCode', Naam1: 'firstName', Naam2: 'lastName', Adres: 'email' },
        }),
      );
      assert.equal(mapped.statusCode, 201, mapped.body);
      assert.deepEqual(mapped.json().errors, []);
      assert.equal(mapped.json().validCount, 1);
    });

    it("hides a sheet from another provider's staff, from learners and from another company (404)", async () => {
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
      const gone = await t.app.inject({ method: 'DELETE', url: `/api/imports/${id}`, headers: admin.write });
      assert.equal(gone.statusCode, 204, gone.body);
      const stored = await t.ctx.db
        .selectFrom('import_sheets')
        .select(['status', 'rows'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual([stored.status, stored.rows], ['discarded', []]);
      assert.equal((await commit(admin, id)).statusCode, 409);
      assert.equal(
        (await t.app.inject({ method: 'DELETE', url: `/api/imports/${id}`, headers: admin.write }))
          .statusCode,
        409,
      );
    });

    it('enrolls as pending approval, without fees or mails, where the provider approves enrollments (PlusPort cursus 3.4)', async () => {
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

    it('validates and commits 10,000 rows (one learner each) over 50 sessions, seats counted right', async () => {
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
      t.ctx.logger.info({ ms }, 'import of 10,000 rows');
      assert.ok(ms < 30_000, `10,000 rows took ${Math.round(ms)} ms`);
    });
  });
}
