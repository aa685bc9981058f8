import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { termsApiMarkdown, undocumentedTypes } from './api-docs.ts';
import { QUESTION_TYPES } from './question.ts';

describe('docs/terms-api.md', () => {
  const doc = readFileSync(new URL('../../docs/terms-api.md', import.meta.url), 'utf8');

  it('documents every question type the engine answers, with a purpose and an example for every built-in provider', () => {
    assert.deepEqual(undocumentedTypes(), [], 'add a purpose and an example (src/terms/api-examples.ts)');
    for (const type of QUESTION_TYPES) {
      assert.ok(doc.includes(`\n### \`${type}\`\n`), `no section for ${type}`);
      assert.ok(doc.includes(`| [\`${type}\`](#${type}) |`), `${type} is missing from the index`);
    }
  });

  it('is what the code generates (node scripts/terms-api.ts)', () => {
    assert.equal(doc, termsApiMarkdown(), 'docs/terms-api.md is stale: run node scripts/terms-api.ts');
  });
});
