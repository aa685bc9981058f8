import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintTerms } from './lint-families.ts';
import { terms, variant } from './testing.ts';

const plusport = terms('plusport-courses');

function errors(change: Parameters<typeof variant>[1], withLabels = false) {
  return lintTerms(variant(plusport, change)).filter(
    (finding) => finding.severity === 'error' && (withLabels || finding.code !== 'stale_label'),
  );
}

test('a gap: a tier table that stops at 10 working days leaves 11 and more uncovered', () => {
  const findings = errors((copy) => {
    const tiers = copy.sections.course!.cancellation!.parts.classroom!.tiers;
    tiers[0]!.from = 12;
  });
  assert.deepEqual(
    findings.map((finding) => [finding.code, finding.message]),
    [['gap', 'no tier covers a request 11 working days before the start']],
  );
  const open = errors((copy) => {
    copy.sections.course!.cancellation!.parts.exam!.tiers[0]!.to = 30;
  });
  assert.deepEqual(
    open.map((finding) => finding.message),
    ['no tier covers a request 31 or more working days before the start'],
  );
});

test('an overlap: two tiers match 6 working days', () => {
  const findings = errors((copy) => {
    copy.sections.course!.cancellation!.parts.classroom!.tiers[2]!.to = 6;
  });
  assert.ok(
    findings.some(
      (finding) => finding.code === 'overlap' && finding.message.includes('classroom-50 and classroom-100'),
    ),
  );
});

test('a fee above the clause: 150 % where 15.5 allows 100 %; EUR 75 where 14.5 allows EUR 55', () => {
  const above = errors((copy) => {
    copy.sections.course!.cancellation!.parts.classroom!.tiers[2]!.feeBasisPoints = 15000;
  });
  assert.ok(
    above.some((finding) => finding.code === 'fee_above_clause' && finding.clause?.article === '15.5'),
  );
  const fixed = errors((copy) => {
    const rule = copy.sections.course!.reschedule!.parts.practical!;
    if (rule.mode === 'schedule') rule.schedule.tiers[1]!.fixedFeeCents = 7500;
  });
  assert.ok(
    fixed.some((finding) => finding.code === 'fee_above_clause' && finding.clause?.article === '14.5'),
  );
});

test('a fee that falls as the start approaches', () => {
  const findings = errors((copy) => {
    copy.sections.course!.cancellation!.parts.classroom!.tiers[2]!.feeBasisPoints = 2500;
  });
  assert.ok(findings.some((finding) => finding.code === 'fee_decreases'));
});

test('a rule citing a clause that is not in the catalogue', () => {
  const findings = errors((copy) => {
    copy.sections.course!.cancellation!.parts.exam!.tiers[0]!.clause = 'plusport-cursusvoorwaarden#99.9';
  });
  assert.ok(
    findings.some((finding) => finding.code === 'unknown_clause' && finding.message.includes('99.9')),
  );
});

test('text findings name the clause whose own text is open', () => {
  const text = lintTerms(plusport).filter((finding) => finding.severity === 'text');
  assert.ok(text.some((finding) => finding.clause?.article === '15.5' && finding.code === 'text_gap'));
  assert.ok(text.some((finding) => finding.clause?.article === '4.4'));
});

test('stale_label: a tier edited without its label is an error in each language that no longer fits', () => {
  const findings = errors((copy) => {
    const tier = copy.sections.course!.cancellation!.parts.classroom!.tiers[1]!;
    tier.from = 7;
  }, true);
  assert.deepEqual(
    findings
      .filter((finding) => finding.code === 'stale_label')
      .map((finding) => finding.path.split('.').at(-1)),
    ['nl', 'en'],
  );
  const reschedule = errors((copy) => {
    const rule = copy.sections.course!.reschedule!.parts.practical!;
    if (rule.mode === 'schedule') rule.schedule.tiers[1]!.fixedFeeCents = 6000;
  }, true);
  assert.ok(reschedule.some((finding) => finding.code === 'stale_label' && /€55/.test(finding.message)));
  const free = errors((copy) => {
    copy.sections.course!.cancellation!.parts.exam!.tiers[0]!.feeBasisPoints = 1000;
  }, true);
  assert.ok(free.some((finding) => finding.code === 'stale_label' && /says free/.test(finding.message)));
});

test('the built-in terms have no stale label', () => {
  for (const provider of ['plusport-courses', 'plusport-lsp', 'sparse', 'ingenium', 'vapro'])
    assert.deepEqual(
      lintTerms(terms(provider)).filter((finding) => finding.code === 'stale_label'),
      [],
      provider,
    );
});
