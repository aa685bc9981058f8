/**
 * The XLSX reader and writer (issue 12, item 2): cells read as the text a user sees, and every
 * limit enforced while reading, so no upload can exhaust memory.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeXml, streamedWorkbook, workbook } from '../../../test/support/xlsx-files.ts';
import { readXlsx, writeXlsx, XlsxReadError } from './xlsx.ts';
import { columnName, columnOf, serialDate } from './xlsx-cells.ts';
import { XLSX_LIMITS } from './xlsx-limits.ts';

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

describe('XLSX reader', () => {
  it('reads back the template it writes: headings, an example row, accents and & < >', async () => {
    const rows = [
      ['Sessiecode', 'Voornaam', 'Achternaam', 'E-mail'],
      ['VCA-2026-03-16', 'Zoë', 'Müller & <Zonen>', 'zoe@example.nl'],
    ];
    const records = await readXlsx(writeXlsx('Inschrijvingen', rows));
    assert.deepEqual(records, [
      { row: 1, fields: rows[0] },
      { row: 2, fields: rows[1] },
    ]);
  });

  it('reads shared strings (stored after the sheet), rich text, inline strings, numbers, booleans, errors and formulas', async () => {
    const bytes = workbook({
      sharedStrings: [
        '<si><t>Sessiecode</t></si>',
        // Rich text: two runs; the phonetic guide is not part of the text.
        '<si><r><rPr><b/></rPr><t xml:space="preserve">van </t></r><r><t>Dijk</t></r><rPh sb="0" eb="1"><t>ヴァン</t></rPh></si>',
      ],
      sheetData:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="3" spans="1:6"><c r="A3" t="inlineStr"><is><r><t>Jan</t></r><r><t> Jansen</t></r></is></c>' +
        '<c r="B3"><v>10042</v></c><c r="C3" s="3"><v>0.30000000000000004</v></c><c r="D3" t="b"><v>1</v></c>' +
        '<c r="E3" t="e"><v>#N/A</v></c><c r="F3" t="str"><f>A3&amp;"!"</f><v>Jan Jansen!</v></c></row>' +
        // A row of empty, styled cells is no row; an x: prefix on the elements is the same element.
        '<row r="4"><c r="A4" s="1"/><c r="B4" t="inlineStr"><is><t>  </t></is></c></row>' +
        '<x:row r="5"><x:c r="C5" t="b"><x:v>0</x:v></x:c></x:row>',
    });
    assert.deepEqual(await readXlsx(bytes), [
      { row: 1, fields: ['Sessiecode', 'van Dijk'] },
      { row: 3, fields: ['Jan Jansen', '10042', '0.30000000000000004', 'true', '#N/A', 'Jan Jansen!'] },
      { row: 5, fields: ['', '', 'false'] },
    ]);
  });

  it('reads dates as Excel shows them: serial dates with the 1900 leap-year bug, custom formats, 1904, ISO cells', async () => {
    const dates = (serials: [string, number][]) =>
      serials.map(([ref, serial]) => `<c r="${ref}" s="1"><v>${serial}</v></c>`).join('');
    const bytes = workbook({
      sheetData:
        `<row r="1">${dates([
          ['A1', 1],
          ['B1', 59],
          ['C1', 60],
          ['D1', 61],
          ['E1', 33_238],
          ['F1', 46_022.75],
        ])}</row>` +
        // Style 2 is the custom format "dd-mm-jjjj" a Dutch Excel writes; style 0 is a plain number.
        '<row r="2"><c r="A2" s="2"><v>33238</v></c><c r="B2"><v>33238</v></c><c r="C2" t="d"><v>1990-12-31T00:00:00Z</v></c></row>',
    });
    assert.deepEqual(await readXlsx(bytes), [
      {
        row: 1,
        fields: ['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '1990-12-31', '2025-12-31'],
      },
      { row: 2, fields: ['1990-12-31', '33238', '1990-12-31'] },
    ]);
    const mac = workbook({ date1904: true, sheetData: '<row r="1"><c r="A1" s="1"><v>31776</v></c></row>' });
    assert.deepEqual(await readXlsx(mac), [{ row: 1, fields: ['1990-12-31'] }]);
  });

  it('reads 100,000 rows within the limits without holding the unpacked sheet', async () => {
    const rows = 100_000;
    function* pieces() {
      yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
      yield `<row r="1">${inline('A1', 'Sessiecode')}${inline('B1', 'E-mail')}</row>`;
      for (let r = 2; r <= rows + 1; r++) {
        yield `<row r="${r}">${inline(`A${r}`, 'VCA-2026')}${inline(`B${r}`, `cursist${r}@example.nl`)}<c r="C${r}"><v>${r}</v></c></row>`;
      }
      yield '</sheetData></worksheet>';
    }
    const bytes = streamedWorkbook(pieces());
    const before = process.memoryUsage().rss;
    const records = await readXlsx(bytes);
    assert.equal(records.length, rows + 1);
    assert.deepEqual(records[rows]?.fields, ['VCA-2026', `cursist${rows + 1}@example.nl`, String(rows + 1)]);
    const grew = (process.memoryUsage().rss - before) / 1e6;
    assert.ok(grew < 250, `reading 100,000 rows took ${Math.round(grew)} MB more memory`);

    await assert.rejects(
      readXlsx(bytes, { ...XLSX_LIMITS, maxRows: rows - 1 }),
      (e: unknown) =>
        e instanceof XlsxReadError && /more than 99,999 rows below the heading \(the limit\)/.test(e.message),
    );
  });

  it('refuses a value in column XFD naming the cell and the last column read; empty cells out there are ignored', async () => {
    const far = workbook({
      sheetData: `<row r="1">${inline('A1', 'Sessiecode')}<c r="XFC1" s="1"/>${inline('XFD1', 'x')}</row>`,
    });
    await assert.rejects(readXlsx(far), (e: unknown) => {
      assert.ok(e instanceof XlsxReadError);
      assert.match(e.message, /cell XFD1 is beyond column CV, the last column read \(the limit\)/);
      return true;
    });
    const styledOnly = workbook({
      sheetData: `<row r="1">${inline('A1', 'Sessiecode')}<c r="XFD1" s="1"/></row>`,
    });
    assert.deepEqual(await readXlsx(styledOnly), [{ row: 1, fields: ['Sessiecode'] }]);
  });

  it('stops a zip bomb at the unpacked-bytes limit, before the sheet is read whole', async () => {
    // About 60 MB of one-cell rows in a zip of well under 1 MB, against a limit of 20 MB (the
    // default limit works the same, only later: see XLSX_LIMITS.maxBytes).
    const row = `<row>${inline('A1', 'x')}</row>`.repeat(1_000);
    function* pieces() {
      yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
      for (let i = 0; i < 1_400; i++) yield row;
      yield '</sheetData></worksheet>';
    }
    const bomb = streamedWorkbook(pieces());
    assert.ok(bomb.length < 1_000_000, `the bomb is ${bomb.length} bytes`);
    const before = process.memoryUsage().rss;
    await assert.rejects(
      readXlsx(bomb, { ...XLSX_LIMITS, maxRows: 10_000_000, maxBytes: 20_000_000 }),
      (e: unknown) =>
        e instanceof XlsxReadError && /unpacks to more than 20,000,000 bytes \(the limit\)/.test(e.message),
    );
    const grew = (process.memoryUsage().rss - before) / 1e6;
    assert.ok(grew < 100, `the bomb took ${Math.round(grew)} MB`);
  });

  it('refuses an overlong cell naming it, also one of 20 MB that never reaches memory', async () => {
    const long = workbook({
      sheetData: `<row r="1">${inline('A1', 'Naam')}</row><row r="2">${inline('B2', 'x'.repeat(1_001))}</row>`,
    });
    await assert.rejects(
      readXlsx(long),
      (e: unknown) =>
        e instanceof XlsxReadError && e.message === 'cell B2 holds more than 1,000 characters (the limit)',
    );
    const shared = workbook({
      sharedStrings: [`<si><t>${'y'.repeat(5_000)}</t></si>`],
      sheetData: '<row r="7"><c r="C7" t="s"><v>0</v></c></row>',
    });
    await assert.rejects(
      readXlsx(shared),
      (e: unknown) =>
        e instanceof XlsxReadError && /cell C7 holds more than 1,000 characters/.test(e.message),
    );
    function* huge() {
      yield '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
      const mb = 'z'.repeat(1_000_000);
      for (let i = 0; i < 20; i++) yield mb;
      yield '</t></is></c></row></sheetData></worksheet>';
    }
    await assert.rejects(
      readXlsx(streamedWorkbook(huge())),
      (e: unknown) =>
        e instanceof XlsxReadError && /cell A1 holds more than 1,000 characters/.test(e.message),
    );
  });

  it('refuses what is no workbook: text, a damaged zip, a zip without a workbook', async () => {
    for (const bytes of [
      Buffer.from('Sessiecode;Voornaam\r\n'),
      writeXlsx('Blad1', [['a']]).subarray(0, 200),
      Buffer.alloc(0),
    ]) {
      await assert.rejects(readXlsx(bytes), XlsxReadError);
    }
  });
});

describe('XLSX cells', () => {
  it('turns column letters into numbers and back, up to XFD', () => {
    for (const [name, n] of [
      ['A', 1],
      ['Z', 26],
      ['AA', 27],
      ['CV', 100],
      ['XFD', 16_384],
    ] as const) {
      assert.equal(columnOf(`${name}12`), n);
      assert.equal(columnName(n), name);
    }
    assert.equal(columnOf('XFE1'), undefined, 'beyond the last column Excel has');
    assert.equal(columnOf('AAAAA1'), undefined);
    assert.equal(columnOf('12'), undefined);
  });

  it('counts serial dates as Excel does, including its 29 February 1900', () => {
    assert.equal(serialDate(1, false), '1900-01-01');
    assert.equal(serialDate(60, false), '1900-02-29');
    assert.equal(serialDate(61, false), '1900-03-01');
    assert.equal(serialDate(45_658, false), '2025-01-01');
    assert.equal(serialDate(0, true), '1904-01-01');
    assert.equal(serialDate(0, false), undefined);
    assert.equal(serialDate(-1, false), undefined);
  });
});
