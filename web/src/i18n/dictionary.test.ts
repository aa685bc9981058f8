/**
 * Every label exists in Dutch and English with the same placeholders (issue 8: "a test fails when a
 * key is missing in either language"). The types catch a missing key at compile time; this catches
 * an empty text and a `{name}` that one language forgot, which the types do not see.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DICTIONARY } from './dictionary.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionary', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    const nl = DICTIONARY.nl as Record<string, string>;
    const en = DICTIONARY.en as Record<string, string>;
    assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
    for (const key of Object.keys(nl)) {
      assert.ok(nl[key]?.trim(), `${key} is empty in Dutch`);
      assert.ok(en[key]?.trim(), `${key} is empty in English`);
      assert.deepEqual(
        placeholders(en[key] ?? ''),
        placeholders(nl[key] ?? ''),
        `${key}: placeholders differ`,
      );
    }
  });
});
