/**
 * One citation format in code and comments (issue 11): a comment cites a clause by its literal id,
 * `plusport-cursusvoorwaarden#15.5`, never "plusport-cursusvoorwaarden#15.5" or "(art. 15.5)". The check is
 * scripts/citations.ts (`--fix` rewrites what it can decide); the planted sources prove it fails.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkCitations, findCitations } from '../scripts/citations.ts';

describe('clause citations in comments', () => {
  it('are all literal ids in src, web/src, test, bench and scripts', () => {
    const old = checkCitations(fileURLToPath(new URL('..', import.meta.url)));
    assert.deepEqual(
      old.map((f) => `${f.file}:${f.line}: ${f.text}`),
      [],
      'run node scripts/citations.ts --fix',
    );
  });

  it('finds the old forms in comments and rewrites them by the provider and the clause number', () => {
    const source = [
      '// PlusPort cursus 14.7: the fee is due.',
      "/** Ingenium 25.2 and VAPRO 16.1; PlusPort 15.5 is the course terms' table. */",
      "const shown = 'art. 15.5 PlusPort cursus 15.5'; // left: a string",
      '// VAT: art. 9 Wet OB, art. 6:96 BW',
    ].join('\n');
    const { findings, fixed } = findCitations('src/enrollment/x.ts', source);
    assert.deepEqual(
      findings.map((f) => [f.line, f.text, f.id]),
      [
        [1, 'PlusPort cursus 14.7', 'plusport-cursusvoorwaarden#14.7'],
        [2, 'Ingenium 25.2', 'ingenium-leveringsvoorwaarden#25.2'],
        [2, 'VAPRO 16.1', 'vapro-leverings-en-betalingsvoorwaarden#16.1'],
        [2, 'PlusPort 15.5', 'plusport-cursusvoorwaarden#15.5'],
      ],
    );
    assert.match(fixed, /^\/\/ plusport-cursusvoorwaarden#14\.7: the fee is due\./);
    assert.match(fixed, /const shown = 'art\. 15\.5 PlusPort cursus 15\.5';/);
  });

  it("reads a bare '(art. 15.5)' by the provider folder it is in, and leaves what it cannot decide", () => {
    const inFolder = findCitations('src/terms/providers/plusport-courses/course.ts', '// (art. 15.5)');
    assert.equal(inFolder.fixed, '// (plusport-cursusvoorwaarden#15.5)');
    const undecided = findCitations('src/x.ts', '// PlusPort 999.1');
    assert.deepEqual(
      undecided.findings.map((f) => [f.text, f.id]),
      [['PlusPort 999.1', undefined]],
    );
    assert.equal(undecided.fixed, '// PlusPort 999.1');
  });
});
