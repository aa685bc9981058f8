/**
 * docs/clauses.md is generated (npm run clauses) and kept up to date; every clause the built-in rule
 * data cites is written out literally in the provider sources, so one search for
 * 'plusport-cursusvoorwaarden#15.5' finds its rules (issue 11).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { clausesMarkdown } from '../scripts/clauses-doc.ts';

describe('docs/clauses.md', () => {
  const doc = readFileSync(new URL('../docs/clauses.md', import.meta.url), 'utf8');

  it('is what the code generates (npm run clauses)', () => {
    assert.equal(doc, clausesMarkdown(), 'docs/clauses.md is stale: run npm run clauses');
  });

  it('finds the rules of a clause from its id: the rule data and the line that writes it', () => {
    const section = doc.slice(doc.indexOf('### `plusport-cursusvoorwaarden#15.5`'));
    const own = section.slice(0, section.indexOf('\n### ', 5));
    assert.match(
      own,
      /plusport-courses 2026-01: `sections\.course\.cancellation\.parts\.exam\.tiers\.0\.clause`/,
    );
    assert.match(own, /src\/terms\/providers\/plusport-courses\/course\.ts/);
    assert.match(own, /`cancellation`: `decideCancellation`/);
    assert.match(own, /elearning-window/);
  });

  it('lists a source line for every clause the rule data cites (ids written out literally)', () => {
    const blocks = doc.split('\n### ').slice(1);
    const unwritten = blocks
      .filter((block) => !block.includes('- rule data: none') && block.includes('- written in: none'))
      .map((block) => block.slice(0, block.indexOf('\n')));
    assert.deepEqual(
      unwritten,
      [],
      'cited by rule data but not written out literally in src/terms/providers',
    );
  });
});
