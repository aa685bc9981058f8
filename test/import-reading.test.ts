/**
 * Import sheets over HTTP on both databases, reading (issue 4, item 4; plusport-cursusvoorwaarden#3.1
 * "importsheet"): the template; CSV with ';' and ',', BOM, quotes, CRLF, Windows-1252; XLSX; the
 * column mapping; a file that cannot be read is refused naming the problem.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readXlsx } from '../src/enrollment/import/xlsx.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type ErrorJson, type ImportFixture, startImportFixture, uploadBody } from './support/import-app.ts';
import { workbook } from './support/xlsx-files.ts';

for (const kind of testDatabaseKinds()) {
  describe(`import sheets: reading files and the template (${kind})`, () => {
    let f: ImportFixture;
    before(async () => {
      f = await startImportFixture(kind);
    });
    after(async () => {
      await f.t.close();
    });

    it('gives the template as CSV (BOM, ";", Dutch headings) and XLSX; the company column for staff only', async () => {
      const { t, planner, admin, learner } = f;
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

    it("reads a CSV with ',' and English headings (LF) from staff, naming companies by KvK number or name", async () => {
      const { planner, upload, commit, booked } = f;
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
      const { t, admin, upload, commit } = f;
      // As Excel saves it: texts in the shared-string table (a typed e-mail address becomes a
      // mailto: hyperlink whose cell text is the address), a date as a serial number in a date
      // style (31,213 is 15 June 1985), a number as a number.
      const strings = [
        'Sessiecode',
        'Voornaam',
        'Achternaam',
        'E-mailadres',
        'Geboortedatum',
        'Personeelsnummer',
      ];
      strings.push(
        'EX-MEI',
        'Dirk',
        'Dekker',
        'dirk@example.nl',
        'Eva',
        'Ernst',
        'eva@example.nl',
        '31-12-1990',
      );
      const s = (ref: string, text: string) => `<c r="${ref}" t="s"><v>${strings.indexOf(text)}</v></c>`;
      const bytes = workbook({
        sharedStrings: strings.map((text) => `<si><t>${text}</t></si>`),
        sheetData:
          `<row r="1">${['A', 'B', 'C', 'D', 'E', 'F'].map((c, i) => s(`${c}1`, strings[i]!)).join('')}</row>` +
          `<row r="2">${s('A2', 'EX-MEI')}${s('B2', 'Dirk')}${s('C2', 'Dekker')}${s('D2', 'dirk@example.nl')}` +
          '<c r="E2" s="1"><v>31213</v></c><c r="F2"><v>4711</v></c></row>' +
          `<row r="3">${s('A3', 'EX-MEI')}${s('B3', 'Eva')}${s('C3', 'Ernst')}${s('D3', 'eva@example.nl')}${s('E3', '31-12-1990')}</row>`,
        extra: {
          'xl/worksheets/_rels/sheet1.xml.rels':
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:dirk@example.nl" TargetMode="External"/></Relationships>',
        },
      });
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

    it('reads a CSV saved by Excel in Windows-1252 (accents in names)', async () => {
      const { admin, upload } = f;
      // ë, ü and é are one byte each in Windows-1252 (and Latin-1): not valid UTF-8 on their own.
      const text = 'Sessiecode;Voornaam;Achternaam;E-mail\r\nEX-MEI;Zoë;Müller-Hénon;zoe@example.nl\r\n';
      const cp1252 = Buffer.from(Array.from(text, (ch) => ch.charCodeAt(0)));
      const res = await upload(admin, uploadBody('ansi.csv', cp1252));
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().preview[0].name, 'Zoë Müller-Hénon');
    });

    it('refuses a sheet it cannot read, or without a column for a required field, naming the problem', async () => {
      const { admin, upload } = f;
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
  });
}
