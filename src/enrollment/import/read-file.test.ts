import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../../platform/errors.ts';
import { decodeText, readSheet } from './read-file.ts';

/** Excel's "Unicode text": UTF-16 with a byte order mark, tab-separated. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

const SHEET = 'Sessiecode\tVoornaam\tAchternaam\tE-mail\r\nEX-APR\tJosé\tÖztürk\tjose@example.nl\r\n';

describe('reading a CSV file (issue 12, item 9)', () => {
  it('reads UTF-16 with a byte order mark, little- and big-endian, as Excel writes "Unicode text"', async () => {
    for (const endian of ['le', 'be'] as const) {
      const bytes = utf16(SHEET, endian);
      assert.equal(decodeText(bytes), SHEET, endian);
      assert.deepEqual(
        (await readSheet('csv', bytes)).map((r) => r.fields),
        [
          ['Sessiecode', 'Voornaam', 'Achternaam', 'E-mail'],
          ['EX-APR', 'José', 'Öztürk', 'jose@example.nl'],
        ],
        endian,
      );
    }
  });

  it('still reads UTF-8 and, failing that, Windows-1252', () => {
    assert.equal(decodeText(Buffer.from('Voornaam;José\n', 'utf8')), 'Voornaam;José\n');
    assert.equal(decodeText(Buffer.from([0x4a, 0x6f, 0x73, 0xe9])), 'José');
  });

  it('refuses a cell with a NUL character, naming its row and column, instead of storing it', async () => {
    await assert.rejects(
      readSheet('csv', Buffer.from('a;b\nx;y\u0000z\n', 'utf8')),
      (error: unknown) =>
        error instanceof ValidationError &&
        error.errors[0]?.path === 'row 2, column 2' &&
        error.status === 400,
    );
  });
});
