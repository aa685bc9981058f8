import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintFinance } from './lint.ts';
import { type FINANCE_PROVIDERS, termsOf } from './testing.ts';

const summary = (provider: (typeof FINANCE_PROVIDERS)[number]) =>
  lintFinance(termsOf(provider)).map(
    (f) => `${f.severity} ${f.code} ${f.clause ? `${f.clause.document}#${f.clause.article}` : f.path}`,
  );

describe('lintFinance', () => {
  test('the built-in finance rules have no errors; the findings name the clauses whose text the law or a reading overrides', () => {
    assert.deepEqual(summary('plusport-courses'), ['text consumer_limit plusport-cursusvoorwaarden#5.2']);
    assert.deepEqual(summary('plusport-lsp'), [
      'text consumer_limit plusport-algemene-leveringsvoorwaarden#8.4',
    ]);
    assert.deepEqual(summary('sparse'), ['text consumer_limit sparse-algemene-voorwaarden#3.5']);
    assert.deepEqual(summary('ingenium'), [
      'text consumer_limit ingenium-leveringsvoorwaarden#16.1',
      'text no_counting_rule ingenium-leveringsvoorwaarden#15.2',
      'text consumer_limit ingenium-leveringsvoorwaarden#14.5',
    ]);
    assert.deepEqual(summary('vapro'), [
      'text consumer_limit vapro-leverings-en-betalingsvoorwaarden#22.11',
      'text consumer_limit vapro-leverings-en-betalingsvoorwaarden#22.2',
    ]);
  });

  test('a tacit renewal without notice and an unknown reading are errors', () => {
    const terms = termsOf('sparse', (f) => ({
      ...f,
      contract: {
        rules: f.contract.rules.map((r) => ({ ...r, noticeBeforeEnd: null, readings: ['no-such-reading'] })),
      },
    }));
    const findings = lintFinance(terms);
    assert.ok(
      findings.some((f) => f.severity === 'error' && f.code === 'no_notice' && f.clause?.article === '4.1'),
    );
    assert.ok(
      findings.some(
        (f) =>
          f.severity === 'error' &&
          f.code === 'unknown_reading' &&
          f.path === 'sections.finance.contract.rules.0.readings.0',
      ),
    );
  });

  test('a collection-cost clause within the scale is no finding', () => {
    const terms = termsOf('ingenium', (f) => ({
      ...f,
      collectionCosts: {
        ...f.collectionCosts!,
        rule: { kind: 'percentage', rateBp: 1500, minimumCents: 4000, actualCostsIfHigher: false },
      },
    }));
    assert.ok(!lintFinance(terms).some((f) => f.path === 'sections.finance.collectionCosts.rule'));
  });
});
