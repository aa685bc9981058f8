import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { COURSE_ALTERNATIVES } from './course/readings.ts';
import { evaluate, parseQuestion } from './evaluate.ts';
import { FINANCE_READINGS } from './finance/readings.ts';
import { READING_IDS, READINGS, readingsMarkdown } from './readings.ts';
import { MORE_COURSE_ALTERNATIVES } from './readings-alternatives.ts';
import { BUILT_IN_PROVIDERS, findTerms } from './registry.ts';

test('docs/terms-readings.md is generated from the readings list (run node scripts/terms-readings.ts)', () => {
  assert.equal(
    readFileSync(new URL('../../docs/terms-readings.md', import.meta.url), 'utf8'),
    readingsMarkdown(),
  );
});

test('reading ids are unique, and each reading names a test that exists', () => {
  assert.equal(READING_IDS.size, READINGS.length);
  for (const reading of READINGS) {
    const [file, name] = reading.test.split(' "');
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    assert.ok(source.includes(name!.replace(/"$/, '')), `${reading.id}: no test named ${reading.test}`);
  }
});

test('every reading a decision cites is in the list', () => {
  const start = '2026-06-15T09:00:00+02:00';
  const questions: unknown[] = [
    {
      type: 'cancellation',
      requestedAt: '2026-06-08T10:00:00+02:00',
      parts: [{ kind: 'classroom', price: 29500, start }],
      reason: 'sick_report',
    },
    {
      type: 'cancellation',
      requestedAt: '2026-06-01T10:00:00+02:00',
      parts: [
        { kind: 'elearning', price: 9900, purchasedOn: '2026-05-28', started: false },
        { kind: 'practical', price: 20000, start, previouslyRescheduled: true },
        { kind: 'textbook', price: 4500, returnedUnused: true },
      ],
      incurredCosts: 100,
    },
    {
      type: 'cancellation',
      requestedAt: '2026-06-15T10:00:00+02:00',
      parts: [{ kind: 'exam', price: 100, start }],
      group: 'in_company',
    },
    {
      type: 'reschedule',
      kind: 'practical',
      price: 29500,
      start,
      requestedAt: '2026-06-01T10:00:00+02:00',
      newDate: '2026-07-01',
      paidInFull: true,
    },
    {
      type: 'reschedule',
      kind: 'classroom',
      price: 29500,
      start,
      requestedAt: '2026-06-01T10:00:00+02:00',
      paidInFull: false,
    },
    { type: 'substitution', kind: 'exam', start, requestedAt: '2026-06-01T10:00:00+02:00', vcaExam: true },
    { type: 'provider_cancellation', start, paid: 100, notifiedAt: '2026-06-01T10:00:00+02:00' },
    { type: 'force_majeure_refund', invoiceTotal: 100, paid: 100, permanent: true },
    { type: 'elearning_access', openedOn: '2026-06-01', completedOn: '2026-06-10' },
    { type: 'certificate_release', kind: 'practical', conditions: {}, resultOn: '2026-06-01' },
    { type: 'group_discount', participants: 3, sameCompany: true },
    { type: 'payment_due', invoiceDate: '2026-05-01', invoiceKind: 'course', start },
  ];
  const cited = new Set<string>();
  for (const provider of BUILT_IN_PROVIDERS) {
    for (const question of questions)
      for (const id of evaluate(findTerms(provider, '2026-06-01'), parseQuestion(question)).readings)
        cited.add(id);
  }
  assert.deepEqual(
    [...cited].filter((id) => !READING_IDS.has(id)),
    [],
  );
  assert.ok(cited.size >= 20, `only ${cited.size} readings cited`);
});

test('every alternative belongs to a reading, and the document prints it with why it was not chosen', () => {
  const markdown = readingsMarkdown();
  for (const id of Object.keys(COURSE_ALTERNATIVES)) {
    assert.ok(READING_IDS.has(id), `${id} is not a reading`);
    const section = markdown.split(`### ${id}\n`)[1]!.split('### ')[0]!;
    assert.match(section, /\*\*Alternative:\*\*/);
    assert.match(section, /\*\*Why not the alternative:\*\*/);
  }
});

test('every reading gives the alternative the text allows and why it was not chosen', () => {
  const markdown = readingsMarkdown();
  for (const id of Object.keys(MORE_COURSE_ALTERNATIVES))
    assert.ok(READING_IDS.has(id), `${id} is not a reading`);
  for (const reading of FINANCE_READINGS) {
    assert.ok(reading.alternative && reading.whyNotChosen, `${reading.id}: no alternative`);
    assert.notEqual(reading.alternative, reading.reading, reading.id);
    const section = markdown.split(`### ${reading.id}\n`)[1]!.split('### ')[0]!;
    assert.ok(section.includes(`**Alternative:** ${reading.alternative}`), reading.id);
  }
  for (const reading of READINGS) {
    const section = markdown.split(`### ${reading.id}\n`)[1]!.split('### ')[0]!;
    assert.match(section, /\*\*Alternative:\*\*/, `${reading.id}: no alternative`);
    assert.match(section, /\*\*Why not the alternative:\*\*/, `${reading.id}: no reason`);
  }
});
