import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CsvSyntaxError, detectSeparator, parseCsv, writeCsv } from './csv.ts';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('CSV (RFC 4180)', () => {
  it("reads the separator from the heading row: ';' from Dutch Excel, else ','", () => {
    assert.equal(detectSeparator('Sessiecode;Voornaam;E-mail\r\n'), ';');
    assert.equal(detectSeparator('Session code,First name,E-mail\n'), ',');
    // A comma inside a quoted heading does not count.
    assert.equal(detectSeparator('"Bedrijf (KvK, naam)";Voornaam\n'), ';');
    // Excel's "Unicode text" separates by tabs (issue 12, item 9).
    assert.equal(detectSeparator('Sessiecode\tVoornaam\tE-mail, werk\r\n'), '\t');
    assert.deepEqual(fields('a\tb\r\n"x\ty"\tz\r\n'), [
      ['a', 'b'],
      ['x\ty', 'z'],
    ]);
  });

  it('reads quotes, doubled quotes, separators and line breaks inside quotes, CRLF and LF, and a BOM', () => {
    assert.deepEqual(fields('\ufeffa;b\r\n"x;y";"he said ""hi"""\r\n"two\r\nlines";\n'), [
      ['a', 'b'],
      ['x;y', 'he said "hi"'],
      ['two\r\nlines', ''],
    ]);
  });

  it('numbers rows as a spreadsheet does: a blank line is a row, a quoted line break is not', () => {
    assert.deepEqual(
      parseCsv('h\n"a\nb"\n\nc').map((r) => r.row),
      [1, 2, 4],
    );
  });

  it('refuses a quote left open or inside an unquoted field, naming the row', () => {
    assert.throws(
      () => parseCsv('a;b\n1;2\n3;"open'),
      (e: unknown) => e instanceof CsvSyntaxError && e.row === 3,
    );
    assert.throws(() => parseCsv('a;b\n1;x"y'), /row 2: a quote inside an unquoted field/);
    assert.throws(() => parseCsv('a;b\n"x"y;1'), /row 2: text after the closing quote/);
  });

  it('reads back whatever it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ';', ',', '"', '\n', '\r\n', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(';', ','),
        (rows, sep) => {
          // A record of only empty fields would be a blank line; give each record a first letter.
          const records = rows.map((r) => [`x${r[0]}`, ...r.slice(1)]);
          assert.deepEqual(
            parseCsv(writeCsv(records, sep as ';' | ','), sep as ';' | ',').map((r) => r.fields),
            records,
          );
        },
      ),
    );
  });
});
