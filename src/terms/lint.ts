import type { ClauseIndex } from './clauses.ts';
import type { Schedule } from './course/sections.ts';
import type { ClauseRef } from './model.ts';
import type { TermsVersion } from './terms-version.ts';

/**
 * Lint for a provider's terms (issue 3, item 5): gaps (a request moment no tier covers), overlaps
 * (two tiers match), fees above what the cited clause allows, fees that fall as the start
 * approaches, and rules whose clause is missing or not in the catalogue. Findings of kind `text`
 * name a clause whose own text has the gap or overlap a reading closes: the built-in terms lint
 * clean apart from those.
 *
 * Rule families add their checks through LINTERS: the course checks live here; the finance family
 * registers its own (src/terms/finance/lint.ts, `lintFinance`) in src/terms/lint-families.ts.
 */
export type LintCode =
  | 'gap'
  | 'overlap'
  | 'fee_above_clause'
  | 'fee_decreases'
  | 'no_clause'
  | 'unknown_clause'
  | 'text_gap'
  /** Finance: a clause the law overrides for consumers (src/terms/finance/lint.ts). */
  | 'consumer_limit'
  | 'no_counting_rule'
  | 'no_notice'
  | 'unknown_reading'
  /** A customer-facing tier label that no longer says what the tier's data does (src/terms/lint-labels.ts). */
  | 'stale_label';

export interface LintFinding {
  /** error: the rules are wrong; text: the clause's own text is open and a reading closes it. */
  severity: 'error' | 'text';
  code: LintCode;
  /** Where in the terms version, e.g. 'sections.course.cancellation.parts.exam.tiers'. */
  path: string;
  clause?: ClauseRef;
  message: string;
}

export type FamilyLinter = (terms: TermsVersion, clauses: ClauseIndex) => LintFinding[];

const CLAUSE_ID = /^[a-z0-9][a-z0-9-]*#[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;
/** A measure value beyond every bound, to check that tables reach infinity. */
const FAR = 10_001;

/** Every clause id anywhere in the sections must be in the catalogue; every fee must carry a clause. */
function lintClauses(terms: TermsVersion, clauses: ClauseIndex): LintFinding[] {
  const findings: LintFinding[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (CLAUSE_ID.test(value) && !clauses.has(value)) {
        findings.push({
          severity: 'error',
          code: 'unknown_clause',
          path,
          message: `cites ${value}, which is not in the clause catalogue`,
        });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, `${path}.${index}`);
      });
      return;
    }
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const hasFee = 'feeBasisPoints' in record || 'feeCents' in record || 'fixedFeeCents' in record;
      if (hasFee && !('clause' in record) && !('clauses' in record)) {
        findings.push({ severity: 'error', code: 'no_clause', path, message: 'a fee rule cites no clause' });
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    }
  };
  walk(terms.sections, 'sections');
  return findings;
}

function limitFindings(
  clauses: ClauseIndex,
  clauseId: string,
  basisPoints: number,
  fixedCents: number,
  path: string,
): LintFinding[] {
  const article = clauses.article(clauseId);
  if (!article?.limits || !clauses.has(clauseId)) return [];
  const clause = clauses.ref(clauseId);
  const findings: LintFinding[] = [];
  const max = article.limits.maxFeeBasisPoints;
  if (max !== undefined && basisPoints > max) {
    findings.push({
      severity: 'error',
      code: 'fee_above_clause',
      path,
      clause,
      message: `charges ${basisPoints / 100} % where art. ${clause.article} allows at most ${max / 100} %`,
    });
  }
  const maxFixed = article.limits.maxFixedFeeCents;
  if (fixedCents > 0 && (maxFixed === undefined || fixedCents > maxFixed)) {
    findings.push({
      severity: 'error',
      code: 'fee_above_clause',
      path,
      clause,
      message: `charges a fixed ${fixedCents} cents where art. ${clause.article} allows ${maxFixed ?? 0}`,
    });
  }
  return findings;
}

/** Gaps, overlaps, limits and direction of one tier table. */
export function lintSchedule(schedule: Schedule, path: string, clauses: ClauseIndex): LintFinding[] {
  const findings: LintFinding[] = [];
  let limit = 0;
  for (const tier of schedule.tiers) limit = Math.max(limit, tier.from, (tier.to ?? tier.from) + 1);
  const values = [...Array.from({ length: limit + 1 }, (_, i) => i), FAR];
  let gapStart: number | undefined;
  let previousFee: number | undefined;
  const unit = schedule.measure === 'calendar_days_before_start' ? 'days' : 'working days';
  const where = schedule.measure === 'working_days_after_purchase' ? 'after purchase' : 'before the start';
  const flush = (end: number) => {
    if (gapStart === undefined) return;
    const range =
      end >= FAR ? `${gapStart} or more` : gapStart === end - 1 ? `${gapStart}` : `${gapStart} to ${end - 1}`;
    findings.push({
      severity: 'error',
      code: 'gap',
      path: `${path}.tiers`,
      message: `no tier covers a request ${range} ${unit} ${where}`,
    });
    gapStart = undefined;
  };
  for (const value of values) {
    const matching = schedule.tiers.filter(
      (tier) => value >= tier.from && (tier.to === null || value <= tier.to),
    );
    if (matching.length === 0) {
      if (gapStart === undefined) gapStart = value;
      continue;
    }
    flush(value);
    if (matching.length > 1) {
      findings.push({
        severity: 'error',
        code: 'overlap',
        path: `${path}.tiers`,
        message: `tiers ${matching.map((tier) => tier.id).join(' and ')} both match a request ${value >= FAR ? 'far' : value} ${unit} ${where}`,
      });
    }
    const tier = matching[0]!;
    const fee =
      Math.max(tier.feeBasisPoints, tier.startedFeeBasisPoints ?? 0) * 1_000_000 + (tier.fixedFeeCents ?? 0);
    // Before a start, a fee may only grow as the measure falls; after a purchase, as it grows.
    if (previousFee !== undefined && tier.allowed !== false) {
      const wrong =
        schedule.measure === 'working_days_after_purchase' ? fee < previousFee : fee > previousFee;
      if (wrong) {
        findings.push({
          severity: 'error',
          code: 'fee_decreases',
          path: `${path}.tiers`,
          message: `the fee falls as the ${where === 'after purchase' ? 'purchase recedes' : 'start approaches'} at ${value} ${unit} (tier ${tier.id})`,
        });
      }
    }
    if (tier.allowed !== false) previousFee = fee;
  }
  flush(FAR + 1);
  schedule.tiers.forEach((tier, index) => {
    findings.push(
      ...limitFindings(
        clauses,
        tier.clause,
        Math.max(tier.feeBasisPoints, tier.startedFeeBasisPoints ?? 0),
        tier.fixedFeeCents ?? 0,
        `${path}.tiers.${index}`,
      ),
    );
  });
  for (const flat of [schedule.previouslyRescheduled, schedule.lateArrival]) {
    if (flat)
      findings.push(...limitFindings(clauses, flat.clause, flat.feeBasisPoints, 0, `${path}.${flat.id}`));
  }
  return findings;
}

/** The course family's checks. */
export function lintCourse(terms: TermsVersion, clauses: ClauseIndex): LintFinding[] {
  const course = terms.sections.course;
  if (!course) return [];
  const findings: LintFinding[] = [];
  const base = 'sections.course';
  const cancellation = course.cancellation;
  if (cancellation) {
    for (const [kind, schedule] of Object.entries(cancellation.parts)) {
      if (schedule) findings.push(...lintSchedule(schedule, `${base}.cancellation.parts.${kind}`, clauses));
    }
    if (cancellation.groups?.mode === 'schedule')
      findings.push(
        ...lintSchedule(cancellation.groups.schedule, `${base}.cancellation.groups.schedule`, clauses),
      );
    const flats = [
      cancellation.afterStart,
      cancellation.elearningExtraService,
      cancellation.textbook?.withClassroom.kept,
      cancellation.textbook?.withClassroom.returnedUnused,
      cancellation.textbook?.withExam?.kept,
      cancellation.textbook?.withExam?.returnedUnused,
    ];
    for (const flat of flats)
      if (flat)
        findings.push(
          ...limitFindings(clauses, flat.clause, flat.feeBasisPoints, 0, `${base}.cancellation.${flat.id}`),
        );
    if (cancellation.incurredCosts) {
      const { clause, adminBasisPoints } = cancellation.incurredCosts;
      findings.push(
        ...limitFindings(clauses, clause, adminBasisPoints, 0, `${base}.cancellation.incurredCosts`),
      );
    }
  }
  for (const [kind, rule] of Object.entries(course.reschedule?.parts ?? {})) {
    if (rule?.mode === 'schedule')
      findings.push(...lintSchedule(rule.schedule, `${base}.reschedule.parts.${kind}.schedule`, clauses));
  }
  return findings;
}

/** Text gaps of every article the rules cite: the text itself is open, and a reading closes it. */
function lintTextGaps(terms: TermsVersion, clauses: ClauseIndex): LintFinding[] {
  const cited = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && CLAUSE_ID.test(value)) cited.add(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  walk(terms.sections);
  const findings: LintFinding[] = [];
  for (const id of [...cited].sort()) {
    const article = clauses.article(id);
    if (!article?.textGaps) continue;
    for (const gap of article.textGaps) {
      findings.push({
        severity: 'text',
        code: 'text_gap',
        path: 'documents',
        clause: clauses.ref(id),
        message: `the text of art. ${article.article} itself: ${gap}`,
      });
    }
  }
  return findings;
}

export const COURSE_LINTERS: readonly FamilyLinter[] = [lintCourse];

/** The checks every terms version gets, whatever its families: clause citations and text gaps. */
export function lintTermsCore(terms: TermsVersion, clauses: ClauseIndex): LintFinding[] {
  return [...lintClauses(terms, clauses), ...lintTextGaps(terms, clauses)];
}
