import type { ClauseIndex } from './clauses.ts';
import type { Schedule, Tier } from './course/sections.ts';
import type { FamilyLinter, LintFinding } from './lint.ts';
import type { TermsVersion } from './terms-version.ts';

/**
 * Customer-facing tier labels linted against the tier data (issue 11): a provider who edits a
 * tier's bounds, percentage or fixed fee and not its label gets an error, in both languages. A
 * label may quote the clause's words, so a count may be a bound, or the upper bound plus one
 * ("minder dan 14 dagen", "within 7 working days" for 0-6); weeks count as 7 days.
 */

const WORDS: Record<string, number> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  veertien: 14,
  vijftien: 15,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
};
const NUMBER = `(\\d+|${Object.keys(WORDS).join('|')})`;
const COUNT = new RegExp(
  `${NUMBER}\\s+(werkdagen|werkdag|working days?|dagen|dag|days?|weken|week|weeks?)`,
  'gi',
);
const RANGE = new RegExp(
  `${NUMBER}\\s+(?:tot en met|to|-)\\s+${NUMBER}\\s+(werkdagen|working days|dagen|days)`,
  'gi',
);
const PERCENT = /(\d+(?:[.,]\d+)?)\s?%/g;
const EURO = /(?:€|EUR)\s?(\d+(?:[.,]\d{2})?)/g;
const FREE = /geen kosten|kosteloos|no fee|\bfree\b/i;

const value = (text: string) => WORDS[text.toLowerCase()] ?? Number(text);

/** What is wrong with one label text against its tier, or nothing. */
export function labelProblems(text: string, tier: Tier): string[] {
  const problems: string[] = [];
  const bounds = new Set([tier.from, ...(tier.to === null ? [] : [tier.to, tier.to + 1])]);
  const counts: number[] = [];
  for (const match of text.matchAll(RANGE)) counts.push(value(match[1]!), value(match[2]!));
  for (const match of text.matchAll(COUNT)) {
    const n = value(match[1]!);
    counts.push(/wee?k/i.test(match[2]!) ? n * 7 : n);
  }
  for (const n of new Set(counts))
    if (!bounds.has(n)) problems.push(`names ${n} days, but the tier runs ${tier.from}-${tier.to ?? '∞'}`);
  const shares = new Set([tier.feeBasisPoints, tier.startedFeeBasisPoints].filter((bp) => bp !== undefined));
  for (const match of text.matchAll(PERCENT)) {
    const bp = Math.round(Number(match[1]!.replace(',', '.')) * 100);
    if (!shares.has(bp))
      problems.push(`names ${match[1]} %, but the tier charges ${tier.feeBasisPoints / 100} %`);
  }
  for (const match of text.matchAll(EURO)) {
    const cents = Math.round(Number(match[1]!.replace(',', '.')) * 100);
    if (cents !== (tier.fixedFeeCents ?? 0))
      problems.push(`names €${match[1]}, but the fixed fee is ${(tier.fixedFeeCents ?? 0) / 100}`);
  }
  if (FREE.test(text) && (tier.feeBasisPoints > 0 || (tier.fixedFeeCents ?? 0) > 0))
    problems.push('says free, but the tier charges a fee');
  return problems;
}

function schedules(terms: TermsVersion): [string, Schedule][] {
  const course = terms.sections.course;
  const found: [string, Schedule][] = [];
  for (const [kind, schedule] of Object.entries(course?.cancellation?.parts ?? {}))
    if (schedule) found.push([`sections.course.cancellation.parts.${kind}`, schedule]);
  const groups = course?.cancellation?.groups;
  if (groups?.mode === 'schedule')
    found.push(['sections.course.cancellation.groups.schedule', groups.schedule]);
  for (const [kind, rule] of Object.entries(course?.reschedule?.parts ?? {}))
    if (rule?.mode === 'schedule')
      found.push([`sections.course.reschedule.parts.${kind}.schedule`, rule.schedule]);
  return found;
}

/** Every tier label of every table, in Dutch and English, against its tier's data. */
export const lintTierLabels: FamilyLinter = (terms: TermsVersion, clauses: ClauseIndex): LintFinding[] => {
  const findings: LintFinding[] = [];
  for (const [path, schedule] of schedules(terms)) {
    for (const tier of schedule.tiers) {
      for (const language of ['nl', 'en'] as const) {
        for (const problem of labelProblems(tier.label[language], tier)) {
          findings.push({
            severity: 'error',
            code: 'stale_label',
            path: `${path}.tiers.${tier.id}.label.${language}`,
            clause: clauses.has(tier.clause) ? clauses.ref(tier.clause) : undefined,
            message: `the label "${tier.label[language]}" ${problem}`,
          });
        }
      }
    }
  }
  return findings;
};
