import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { compileTerms } from '../compile.ts';
import { OUTCOMES } from '../model.ts';
import { READING_IDS } from '../readings.ts';
import { FINANCE_API_HEADING, financeApiMarkdown } from './api-docs.ts';
import { FINANCE_EXAMPLES } from './examples.ts';
import { FINANCE_QUESTION_TYPES } from './questions.ts';
import { FINANCE_READINGS } from './readings.ts';
import { ask, FINANCE_PROVIDERS, termsOf } from './testing.ts';

describe('every finance question for every provider', () => {
  for (const type of FINANCE_QUESTION_TYPES) {
    for (const provider of FINANCE_PROVIDERS) {
      test(`${type} / ${provider}`, () => {
        const decision = ask(provider, FINANCE_EXAMPLES[type][provider]);
        assert.equal(decision.question, type);
        assert.ok(OUTCOMES.includes(decision.outcome));
        assert.ok(decision.explanation.nl.length > 20, decision.explanation.nl);
        assert.ok(decision.explanation.en.length > 20, decision.explanation.en);
        // A decision names its clause, or says the terms are silent (and then cites the law, or nothing to apply).
        if (decision.outcome !== 'not_covered' && decision.outcome !== 'not_allowed') {
          assert.ok(decision.clauses.length > 0, `${type}/${provider} cites no clause`);
        }
        for (const id of decision.readings) assert.ok(READING_IDS.has(id), `unknown reading ${id}`);
        for (const value of Object.values(decision.amounts)) assert.ok(Number.isSafeInteger(value));
        for (const value of Object.values(decision.dates)) assert.match(value, /^\d{4}-\d{2}-\d{2}$/);
      });
    }
  }
});

describe('finance readings', () => {
  test('every reading cites clauses that are in the catalogue of a built-in provider, and names a test that exists', () => {
    const catalogue = new Set<string>();
    for (const provider of FINANCE_PROVIDERS)
      for (const id of compileTerms(termsOf(provider)).clauses.ids()) catalogue.add(id);
    for (const reading of FINANCE_READINGS) {
      for (const clause of reading.clauses)
        assert.ok(catalogue.has(clause), `${reading.id}: ${clause} is not in a catalogue`);
      const match = /^(\S+) "(.+)"$/.exec(reading.test);
      assert.ok(match, `${reading.id}: test '${reading.test}' is not '<file> "<name>"'`);
      const source = readFileSync(new URL(`../../../${match[1]}`, import.meta.url), 'utf8');
      assert.ok(source.includes(match[2]!), `${reading.id}: ${match[1]} has no test "${match[2]}"`);
    }
  });

  test('finance reading ids are unique and distinct from the course readings', () => {
    const ids = FINANCE_READINGS.map((reading) => reading.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(READING_IDS.size >= ids.length, true);
  });

  test('every reading id the finance code cites is written down', () => {
    const files = [
      'payment-due',
      'late-interest',
      'collection-costs',
      'allocation',
      'credit-surcharge',
      'invoice-dispute',
      'complaint',
      'quote',
      'contract-notice',
      'price-change',
      'terms-change',
      'force-majeure',
    ];
    for (const file of files) {
      const source = readFileSync(new URL(`./${file}.ts`, import.meta.url), 'utf8');
      for (const match of source.matchAll(/readings(?:\.push\(|: \[)([^\])]*)/g)) {
        for (const id of match[1]!.matchAll(/'([a-z0-9-]+)'/g))
          assert.ok(READING_IDS.has(id[1]!), `${file}: ${id[1]}`);
      }
    }
  });
});

describe('docs/terms-api.md', () => {
  test('holds the finance part as the engine answers it (node scripts/terms-api-finance.ts)', () => {
    const doc = readFileSync(new URL('../../../docs/terms-api.md', import.meta.url), 'utf8');
    const at = doc.indexOf(FINANCE_API_HEADING);
    assert.ok(at >= 0, 'docs/terms-api.md has no finance part');
    assert.equal(doc.slice(at), financeApiMarkdown());
  });
});
