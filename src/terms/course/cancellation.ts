import type { EpochDay } from '../../calendar/index.ts';
import { percentOf } from '../../money/cents.ts';
import type { CompiledTerms } from '../compile.ts';
import { LazyDecision } from '../decision.ts';
import { localDay, parseDay, parseInstant } from '../instant.ts';
import type { ClauseRef, Decision, DecisionLine, Explanation, Outcome } from '../model.ts';
import {
  articleEn,
  articleNl,
  dateEn,
  dateNl,
  euroEn,
  euroNl,
  percentEn,
  percentNl,
  workingDaysEn,
  workingDaysNl,
} from '../text.ts';
import {
  type CompiledFlat,
  type CompiledSchedule,
  type CompiledTier,
  compileFlat,
  compileSchedule,
  courseSectionsOf,
  tierAt,
} from './compile.ts';
import { PART_NAMES } from './parts.ts';
import { deferredDecision } from './plain.ts';
import type { CancellationQuestion, PartQuestion, SessionPartQuestion } from './questions.ts';
import type { CancellationSection, ExceptionReason, Label, Measure, PartKind } from './sections.ts';
import { measureValue, type RequestTiming, timingAt } from './timing.ts';

/**
 * Cancellation by the customer (PlusPort cursus 15, Ingenium 25, VAPRO 16, Sparse 59.4): per product
 * part, the tier of its table that the request falls in, and the fee as a share of that part's price.
 */

export interface CompiledCancellation {
  section: CancellationSection;
  parts: Partial<Record<PartKind, CompiledSchedule>>;
  /** Ingenium 25.2: in-company courses have their own table. */
  groupSchedule: CompiledSchedule | undefined;
  /** PlusPort 15.7: the quote decides. */
  groupAgreement: { clauseRefs: ClauseRef[]; label: Label } | undefined;
  afterStart: CompiledFlat;
  extraService: CompiledFlat | undefined;
  textbook:
    | {
        withClassroom: { kept: CompiledFlat; returnedUnused: CompiledFlat };
        withExam: { kept: CompiledFlat; returnedUnused: CompiledFlat } | undefined;
      }
    | undefined;
  exception: { reasons: ReadonlySet<ExceptionReason>; proofDays: number; clauseRef: ClauseRef } | undefined;
  incurred: { adminBasisPoints: number; combine: 'add' | 'greater_of'; clauseRef: ClauseRef } | undefined;
}

let lastCompiled: CompiledTerms | undefined;
let lastCancellation: CompiledCancellation | undefined;

export function compileCancellation(compiled: CompiledTerms): CompiledCancellation | undefined {
  if (compiled === lastCompiled) return lastCancellation;
  lastCancellation = buildCancellation(compiled);
  lastCompiled = compiled;
  return lastCancellation;
}

function buildCancellation(compiled: CompiledTerms): CompiledCancellation | undefined {
  return compiled.memo('course.cancellation', () => {
    const section = courseSectionsOf(compiled).cancellation;
    if (!section) return undefined;
    const parts: Partial<Record<PartKind, CompiledSchedule>> = {};
    for (const [kind, schedule] of Object.entries(section.parts)) {
      if (schedule) parts[kind as PartKind] = compileSchedule(compiled, schedule);
    }
    const groups = section.groups;
    const textbookPair = (pair: {
      kept: Parameters<typeof compileFlat>[1];
      returnedUnused: Parameters<typeof compileFlat>[1];
    }) => ({
      kept: compileFlat(compiled, pair.kept),
      returnedUnused: compileFlat(compiled, pair.returnedUnused),
    });
    return {
      section,
      parts,
      groupSchedule: groups?.mode === 'schedule' ? compileSchedule(compiled, groups.schedule) : undefined,
      groupAgreement:
        groups?.mode === 'see_agreement'
          ? { clauseRefs: [compiled.clause(groups.clause)], label: groups.label }
          : undefined,
      afterStart: compileFlat(compiled, section.afterStart),
      extraService: section.elearningExtraService && compileFlat(compiled, section.elearningExtraService),
      textbook: section.textbook && {
        withClassroom: textbookPair(section.textbook.withClassroom),
        withExam: section.textbook.withExam && textbookPair(section.textbook.withExam),
      },
      exception: section.exception && {
        reasons: new Set(section.exception.reasons),
        proofDays: section.exception.proofCalendarDays,
        clauseRef: compiled.clause(section.exception.clause),
      },
      incurred: section.incurredCosts && {
        adminBasisPoints: section.incurredCosts.adminBasisPoints,
        combine: section.incurredCosts.combine,
        clauseRef: compiled.clause(section.incurredCosts.clause),
      },
    };
  });
}

/** How one part came out. */
export interface PartResult {
  kind: PartKind;
  price: number;
  fee: number;
  outcome: Outcome;
  /** The tier or flat rule that applied. */
  rule: string;
  basisPoints: number;
  fixedFee: number;
  label: Label;
  clauseRefs: ClauseRef[];
  measure: Measure | undefined;
  /** The measure's value: working or calendar days before the start, or working days after purchase. */
  value: number | undefined;
  startDay: EpochDay | undefined;
  /** PlusPort 15.6: waived (proof in time), pending (awaiting proof), late (no proof in time). */
  exception: 'waived' | 'pending' | 'late' | undefined;
  /** The fee if the proof arrives in time (pending only). */
  feeIfProof: number | undefined;
  proofDeadline: EpochDay | undefined;
  readings: readonly string[];
}

const READINGS_WORKING = Object.freeze([
  'request-day-counted',
  'non-working-request-day',
  'after-office-hours',
  'zero-working-days',
  'start-hour',
  'optional-holidays',
  'fee-rounding',
]);
const READINGS_CALENDAR = Object.freeze([
  'weeks-as-days',
  'after-office-hours',
  'start-hour',
  'fee-rounding',
]);
const READINGS_ELEARNING = Object.freeze([
  'elearning-window',
  'non-working-request-day',
  'after-office-hours',
  'optional-holidays',
  'fee-rounding',
]);
const READINGS_AFTER_START = Object.freeze(['start-hour']);
const READINGS_RESCHEDULED = Object.freeze(['previously-rescheduled', 'start-hour']);
const READINGS_TEXTBOOK = Object.freeze(['textbook']);
const READINGS_NONE = Object.freeze([] as string[]);

function readingsFor(measure: Measure): readonly string[] {
  if (measure === 'working_days_before_start') return READINGS_WORKING;
  if (measure === 'calendar_days_before_start') return READINGS_CALENDAR;
  return READINGS_ELEARNING;
}

function flatResult(
  kind: PartKind,
  price: number,
  flat: CompiledFlat,
  outcome: Outcome,
  readings: readonly string[],
  startDay?: EpochDay,
): PartResult {
  return {
    kind,
    price,
    fee: percentOf(price, flat.feeBasisPoints),
    outcome,
    rule: flat.id,
    basisPoints: flat.feeBasisPoints,
    fixedFee: 0,
    label: flat.label,
    clauseRefs: flat.clauseRefs,
    measure: undefined,
    value: undefined,
    startDay,
    exception: undefined,
    feeIfProof: undefined,
    proofDeadline: undefined,
    readings,
  };
}

function notCovered(
  kind: PartKind,
  price: number,
  label: Label,
  clauseRefs: ClauseRef[],
  startDay?: EpochDay,
): PartResult {
  return {
    kind,
    price,
    fee: 0,
    outcome: 'not_covered',
    rule: 'not-covered',
    basisPoints: 0,
    fixedFee: 0,
    label,
    clauseRefs,
    measure: undefined,
    value: undefined,
    startDay,
    exception: undefined,
    feeIfProof: undefined,
    proofDeadline: undefined,
    readings: READINGS_NONE,
  };
}

const NO_TABLE: Label = {
  nl: 'deze voorwaarden hebben geen annuleringsregeling voor dit onderdeel',
  en: 'these terms have no cancellation rule for this part',
};

export function tierResult(
  compiled: CompiledTerms,
  kind: PartKind,
  price: number,
  schedule: CompiledSchedule,
  timing: RequestTiming,
  day: EpochDay,
  started: boolean,
): PartResult {
  const value = measureValue(compiled, schedule.measure, timing, day);
  const tier: CompiledTier | undefined = tierAt(schedule, value);
  if (!tier) return notCovered(kind, price, NO_TABLE, [], day);
  const basisPoints =
    started && tier.startedFeeBasisPoints !== undefined ? tier.startedFeeBasisPoints : tier.feeBasisPoints;
  const fixedFee = tier.fixedFeeCents ?? 0;
  return {
    kind,
    price,
    fee: percentOf(price, basisPoints) + fixedFee,
    outcome: tier.allowed ? 'allowed' : 'not_allowed',
    rule: tier.id,
    basisPoints,
    fixedFee,
    label: tier.label,
    clauseRefs: tier.clauseRefs,
    measure: schedule.measure,
    value,
    startDay: schedule.measure === 'working_days_after_purchase' ? undefined : day,
    exception: undefined,
    feeIfProof: undefined,
    proofDeadline: undefined,
    readings: readingsFor(schedule.measure),
  };
}

/** The session part: late arrival, after the start, previously rescheduled, or its tier. */
function sessionPart(
  compiled: CompiledTerms,
  cancellation: CompiledCancellation,
  part: SessionPartQuestion,
  timing: RequestTiming,
  inGroup: boolean,
): PartResult {
  const startMs = parseInstant(part.start);
  const startDay = localDay(startMs, compiled.calendar.settings.timeZone);
  const schedule =
    inGroup && cancellation.groupSchedule ? cancellation.groupSchedule : cancellation.parts[part.kind];
  if (!schedule) return notCovered(part.kind, part.price, NO_TABLE, [], startDay);
  if (part.attendance !== undefined) {
    return flatResult(
      part.kind,
      part.price,
      schedule.lateArrival ?? cancellation.afterStart,
      'not_allowed',
      READINGS_AFTER_START,
      startDay,
    );
  }
  if (timing.ms >= startMs) {
    return flatResult(
      part.kind,
      part.price,
      cancellation.afterStart,
      'not_allowed',
      READINGS_AFTER_START,
      startDay,
    );
  }
  if (part.previouslyRescheduled && schedule.previouslyRescheduled) {
    return flatResult(
      part.kind,
      part.price,
      schedule.previouslyRescheduled,
      'allowed',
      READINGS_RESCHEDULED,
      startDay,
    );
  }
  return tierResult(compiled, part.kind, part.price, schedule, timing, startDay, false);
}

export function partResult(
  compiled: CompiledTerms,
  cancellation: CompiledCancellation,
  part: PartQuestion,
  timing: RequestTiming,
  inGroup: boolean,
): PartResult {
  if (part.kind === 'elearning') {
    if (part.extraService && cancellation.extraService) {
      return flatResult('elearning', part.price, cancellation.extraService, 'allowed', READINGS_NONE);
    }
    const schedule = cancellation.parts.elearning;
    if (!schedule) return notCovered('elearning', part.price, NO_TABLE, []);
    const purchaseDay = parseDay(part.purchasedOn);
    return tierResult(compiled, 'elearning', part.price, schedule, timing, purchaseDay, part.started);
  }
  if (part.kind === 'textbook') {
    const rules = cancellation.textbook;
    if (!rules) return notCovered('textbook', part.price, NO_TABLE, []);
    const pair = part.withExam && rules.withExam ? rules.withExam : rules.withClassroom;
    return flatResult(
      'textbook',
      part.price,
      part.returnedUnused ? pair.returnedUnused : pair.kept,
      'allowed',
      READINGS_TEXTBOOK,
    );
  }
  return sessionPart(compiled, cancellation, part, timing, inGroup);
}

/**
 * PlusPort 15.6 (readings exception-tiers, proof-deadline): for a tier marked *, no fee if the proof
 * of death, hospital admission or sick report arrives within the proof days after the cancellation;
 * pending until then; the normal fee after.
 */
function applyException(
  compiled: CompiledTerms,
  cancellation: CompiledCancellation,
  result: PartResult,
  question: CancellationQuestion,
  timing: RequestTiming,
  tierMarked: boolean,
): PartResult {
  const exception = cancellation.exception;
  if (!exception || question.reason === undefined || !tierMarked || result.fee === 0) return result;
  if (!exception.reasons.has(question.reason)) return result;
  let deadline = timing.localDay + exception.proofDays;
  if (compiled.readings.proofDeadlineMovesToWorkingDay)
    deadline = compiled.calendar.nextWorkingDayOnOrAfter(deadline);
  const readings = [...result.readings, 'exception-tiers', 'proof-deadline'];
  const clauseRefs = [...result.clauseRefs, exception.clauseRef];
  const proofOn = question.proofReceivedOn === undefined ? undefined : parseDay(question.proofReceivedOn);
  const asOf = question.asOf === undefined ? undefined : parseDay(question.asOf);
  if (proofOn !== undefined && proofOn <= deadline) {
    return { ...result, fee: 0, exception: 'waived', proofDeadline: deadline, readings, clauseRefs };
  }
  if (proofOn !== undefined || (asOf !== undefined && asOf > deadline)) {
    return { ...result, exception: 'late', proofDeadline: deadline, readings, clauseRefs };
  }
  return {
    ...result,
    outcome: 'pending_proof',
    exception: 'pending',
    feeIfProof: 0,
    proofDeadline: deadline,
    readings,
    clauseRefs,
  };
}

const OUTCOME_RANK: Record<Outcome, number> = {
  allowed: 0,
  pending_proof: 1,
  needs_approval: 2,
  not_allowed: 3,
  not_covered: 4,
};

interface CancellationFacts {
  parts: PartResult[];
  timing: RequestTiming;
  group: { label: Label; clauseRefs: ClauseRef[] } | undefined;
  incurred:
    | {
        costs: number;
        admin: number;
        adminBasisPoints: number;
        combine: 'add' | 'greater_of';
        clauseRef: ClauseRef;
      }
    | undefined;
  fee: number;
}

/** The cancellation decision for a question (validated by cancellationQuestionSchema). */
export function decideCancellation(compiled: CompiledTerms, question: CancellationQuestion): Decision {
  const cancellation = compileCancellation(compiled);
  const deferral =
    cancellation === undefined ? courseSectionsOf(compiled).deferrals?.cancellation : undefined;
  if (deferral) return deferredDecision(compiled, 'cancellation', deferral);
  const timing = timingAt(compiled, parseInstant(question.requestedAt));
  if (!cancellation) return notCoveredDecision(compiled, timing);
  const inGroup = question.group !== undefined;
  if (inGroup && cancellation.groupAgreement) {
    const facts: CancellationFacts = {
      parts: [],
      timing,
      group: cancellation.groupAgreement,
      incurred: undefined,
      fee: 0,
    };
    return LazyDecision.of({
      question: 'cancellation',
      outcome: 'not_covered',
      amounts: {},
      clauses: cancellation.groupAgreement.clauseRefs,
      readings: ['in-company'],
      dayNames: REQUEST_DAY,
      days: [timing.localDay],
      facts,
      explain: explainCancellation,
    });
  }

  const parts = question.parts;
  if (parts.length === 1 && question.reason === undefined && !cancellation.incurred) {
    return singlePartDecision(partResult(compiled, cancellation, parts[0]!, timing, inGroup), timing);
  }
  const results: PartResult[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    let result = partResult(compiled, cancellation, part, timing, inGroup);
    if (question.reason !== undefined && result.measure !== undefined) {
      const schedule =
        inGroup && cancellation.groupSchedule ? cancellation.groupSchedule : cancellation.parts[part.kind];
      const tier = schedule?.tiers.find((candidate) => candidate.id === result.rule);
      result = applyException(
        compiled,
        cancellation,
        result,
        question,
        timing,
        tier?.exceptionApplies === true,
      );
    }
    results[i] = result;
  }

  let fee = 0;
  let price = 0;
  let outcome: Outcome = 'allowed';
  for (const result of results) {
    fee += result.fee;
    price += result.price;
    if (OUTCOME_RANK[result.outcome] > OUTCOME_RANK[outcome]) outcome = result.outcome;
  }

  let incurred: CancellationFacts['incurred'];
  if (cancellation.incurred && outcome !== 'not_covered') {
    // VAPRO 16.1: the costs already incurred plus 10 % of the total quote, at any moment (reading vapro-costs-on-top).
    const costs = question.incurredCosts ?? 0;
    const admin = percentOf(question.quoteTotal ?? price, cancellation.incurred.adminBasisPoints);
    incurred = { costs, admin, ...cancellation.incurred };
    fee = cancellation.incurred.combine === 'add' ? fee + costs + admin : Math.max(fee, costs + admin);
  }

  const first = results[0]!;
  const amounts: Record<string, number> = { fee, price };
  if (incurred) {
    amounts.incurredCosts = incurred.costs;
    amounts.administrationCosts = incurred.admin;
  }
  if (outcome === 'pending_proof') {
    let ifProof = 0;
    for (const result of results) ifProof += result.feeIfProof ?? result.fee;
    amounts.feeIfProofInTime = incurred
      ? incurred.combine === 'add'
        ? ifProof + incurred.costs + incurred.admin
        : Math.max(ifProof, incurred.costs + incurred.admin)
      : ifProof;
  }

  const facts: CancellationFacts = { parts: results, timing, group: undefined, incurred, fee };
  const single = results.length === 1 && !incurred;
  let clauses = first.clauseRefs;
  let readings = first.readings as string[];
  if (!single) {
    const seen = new Set<ClauseRef>();
    const seenReadings = new Set<string>(['package-parts']);
    for (const result of results) {
      for (const clause of result.clauseRefs) seen.add(clause);
      for (const reading of result.readings) seenReadings.add(reading);
    }
    if (incurred) {
      seen.add(incurred.clauseRef);
      seenReadings.add('vapro-costs-on-top');
      seenReadings.delete('package-parts');
      if (results.length > 1) seenReadings.add('package-parts');
    }
    clauses = [...seen];
    readings = [...seenReadings];
  }

  let earliestStart: EpochDay | undefined;
  let proofDeadline: EpochDay | undefined;
  for (const result of results) {
    if (result.startDay !== undefined && (earliestStart === undefined || result.startDay < earliestStart)) {
      earliestStart = result.startDay;
    }
    if (result.proofDeadline !== undefined) proofDeadline = result.proofDeadline;
  }
  const counted = first.measure !== undefined;
  let dayNames: readonly string[];
  let days: EpochDay[];
  if (proofDeadline === undefined && earliestStart !== undefined) {
    dayNames = counted ? DAYS_COUNTED_START : DAYS_START;
    days = counted ? [timing.localDay, timing.effectiveDay, earliestStart] : [timing.localDay, earliestStart];
  } else {
    const names = ['requestDay'];
    days = [timing.localDay];
    if (counted) {
      names.push('countedFrom');
      days.push(timing.effectiveDay);
    }
    if (earliestStart !== undefined) {
      names.push('startDay');
      days.push(earliestStart);
    }
    if (proofDeadline !== undefined) {
      names.push('proofDeadline');
      days.push(proofDeadline);
    }
    dayNames = names;
  }

  return new LazyDecision(
    'cancellation',
    outcome,
    amounts,
    countedWorkingDays(results),
    clauses,
    readings,
    single ? undefined : linesOf(results, incurred),
    undefined,
    dayNames,
    days,
    facts,
    explainCancellation,
  );
}

/**
 * The working days a decision reports: of the first part counted in working days before its start;
 * for a lone e-learning part, the working days after its purchase.
 */
function countedWorkingDays(results: PartResult[]): number | undefined {
  for (const result of results) if (result.measure === 'working_days_before_start') return result.value;
  const only = results.length === 1 ? results[0] : undefined;
  return only?.measure === 'working_days_after_purchase' ? only.value : undefined;
}

/** The common case, one part without a reason or incurred costs: the same decision, fewer steps. */
function singlePartDecision(result: PartResult, timing: RequestTiming): Decision {
  const facts: CancellationFacts = {
    parts: [result],
    timing,
    group: undefined,
    incurred: undefined,
    fee: result.fee,
  };
  const counted = result.measure !== undefined;
  const start = result.startDay;
  let dayNames: readonly string[];
  let days: EpochDay[];
  if (start !== undefined) {
    dayNames = counted ? DAYS_COUNTED_START : DAYS_START;
    days = counted ? [timing.localDay, timing.effectiveDay, start] : [timing.localDay, start];
  } else {
    dayNames = counted ? DAYS_COUNTED : REQUEST_DAY;
    days = counted ? [timing.localDay, timing.effectiveDay] : [timing.localDay];
  }
  return new LazyDecision(
    'cancellation',
    result.outcome,
    { fee: result.fee, price: result.price },
    result.measure === 'calendar_days_before_start' ? undefined : result.value,
    result.clauseRefs,
    result.readings as string[],
    undefined,
    undefined,
    dayNames,
    days,
    facts,
    explainCancellation,
  );
}

const DAYS_COUNTED = Object.freeze(['requestDay', 'countedFrom']);
const DAYS_COUNTED_START = Object.freeze(['requestDay', 'countedFrom', 'startDay']);
const DAYS_START = Object.freeze(['requestDay', 'startDay']);
const REQUEST_DAY = Object.freeze(['requestDay']);

function linesOf(results: PartResult[], incurred: CancellationFacts['incurred']): DecisionLine[] {
  const lines: DecisionLine[] = results.map((result) => {
    const line: DecisionLine = {
      part: result.kind,
      amounts: { fee: result.fee, price: result.price, basisPoints: result.basisPoints },
      rule: result.rule,
      clauses: result.clauseRefs,
    };
    if (result.measure === 'working_days_before_start' && result.value !== undefined)
      line.workingDays = result.value;
    return line;
  });
  if (incurred) {
    lines.push({
      part: 'incurred_costs',
      amounts: {
        fee: incurred.costs + incurred.admin,
        incurredCosts: incurred.costs,
        administrationCosts: incurred.admin,
      },
      rule: 'incurred-costs',
      clauses: [incurred.clauseRef],
    });
  }
  return lines;
}

function notCoveredDecision(compiled: CompiledTerms, timing: RequestTiming): Decision {
  const name = compiled.terms.name;
  return LazyDecision.of({
    question: 'cancellation',
    outcome: 'not_covered',
    amounts: {},
    clauses: [],
    readings: ['terms-silent'],
    dayNames: REQUEST_DAY,
    days: [timing.localDay],
    facts: name,
    explain: (provider) => ({
      nl: `De voorwaarden van ${provider} regelen annulering door de klant niet.`,
      en: `The terms of ${provider} do not cover cancellation by the customer.`,
    }),
  });
}

function measureText(result: PartResult): Explanation {
  if (result.measure === 'working_days_before_start') {
    return {
      nl: `${workingDaysNl(result.value!)} voor aanvang`,
      en: `${workingDaysEn(result.value!)} before the start`,
    };
  }
  if (result.measure === 'calendar_days_before_start') {
    return { nl: `${result.value} dagen voor aanvang`, en: `${result.value} days before the start` };
  }
  return {
    nl: `${workingDaysNl(result.value!)} na aankoop`,
    en: `${workingDaysEn(result.value!)} after purchase`,
  };
}

function partSentence(result: PartResult): Explanation {
  const name = PART_NAMES[result.kind];
  const clause = result.clauseRefs[0];
  const art = clause
    ? { nl: articleNl(clause), en: articleEn(clause) }
    : { nl: 'geen artikel', en: 'no article' };
  if (result.outcome === 'not_covered') {
    return { nl: `${cap(name.nl)}: ${result.label.nl}.`, en: `${cap(name.en)}: ${result.label.en}.` };
  }
  const share =
    result.basisPoints > 0 || result.fixedFee === 0
      ? { nl: percentNl(result.basisPoints), en: percentEn(result.basisPoints) }
      : undefined;
  const parts = [share?.nl, result.fixedFee > 0 ? euroNl(result.fixedFee) : undefined]
    .filter(Boolean)
    .join(' + ');
  const partsEn = [share?.en, result.fixedFee > 0 ? euroEn(result.fixedFee) : undefined]
    .filter(Boolean)
    .join(' + ');
  const measured = result.measure !== undefined ? measureText(result) : undefined;
  let nl = `${cap(name.nl)}: ${euroNl(result.fee)} (${art.nl}, ${parts}, ${result.label.nl}${measured ? `; ${measured.nl}` : ''})`;
  let en = `${cap(name.en)}: ${euroEn(result.fee)} (${art.en}, ${partsEn}, ${result.label.en}${measured ? `; ${measured.en}` : ''})`;
  if (result.exception === 'waived') {
    nl += `; geen kosten: bewijs op tijd ontvangen (uiterlijk ${dateNl(result.proofDeadline!)})`;
    en += `; no fee: proof received in time (by ${dateEn(result.proofDeadline!)})`;
  } else if (result.exception === 'pending') {
    nl += `; kosteloos als het bewijs uiterlijk ${dateNl(result.proofDeadline!)} binnen is`;
    en += `; free if the proof arrives by ${dateEn(result.proofDeadline!)}`;
  } else if (result.exception === 'late') {
    nl += `; het bewijs is niet uiterlijk ${dateNl(result.proofDeadline!)} ontvangen, dus de gewone regeling geldt`;
    en += `; the proof did not arrive by ${dateEn(result.proofDeadline!)}, so the normal table applies`;
  }
  return { nl: `${nl}.`, en: `${en}.` };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function explainCancellation(facts: CancellationFacts): Explanation {
  const received = { nl: dateNl(facts.timing.localDay), en: dateEn(facts.timing.localDay) };
  if (facts.group) {
    return {
      nl: `Voor besloten groepen (incompany of outcompany) gelden de annuleringsvoorwaarden uit de offerte (${articleNl(facts.group.clauseRefs[0]!)}): ${facts.group.label.nl}.`,
      en: `For closed groups (in-company or out-company) the cancellation terms of the quote apply (${articleEn(facts.group.clauseRefs[0]!)}): ${facts.group.label.en}.`,
    };
  }
  const first = facts.parts[0]!;
  if (facts.parts.length === 1 && !facts.incurred) {
    const sentence = partSentence(first);
    if (first.outcome === 'not_allowed') {
      return {
        nl: `Annuleren is niet meer mogelijk; ${euroNl(first.fee)} blijft verschuldigd (${articleNl(first.clauseRefs[0]!)}, ${first.label.nl}). Verzoek ontvangen op ${received.nl}.`,
        en: `Cancelling is no longer possible; ${euroEn(first.fee)} remains due (${articleEn(first.clauseRefs[0]!)}, ${first.label.en}). Request received on ${received.en}.`,
      };
    }
    if (first.outcome === 'not_covered') return sentence;
    const art = first.clauseRefs[0]!;
    const measured = first.measure !== undefined ? measureText(first) : undefined;
    const share =
      first.fixedFee > 0 && first.basisPoints === 0 ? euroNl(first.fixedFee) : percentNl(first.basisPoints);
    const shareEn =
      first.fixedFee > 0 && first.basisPoints === 0 ? euroEn(first.fixedFee) : percentEn(first.basisPoints);
    let nl = `Annuleren van ${PART_NAMES[first.kind].nl} kost ${euroNl(first.fee)} (${articleNl(art)}, ${share}, ${first.label.nl})`;
    let en = `Cancelling ${PART_NAMES[first.kind].en} costs ${euroEn(first.fee)} (${articleEn(art)}, ${shareEn}, ${first.label.en})`;
    if (measured) {
      nl += `: het verzoek van ${received.nl} telt als ${measured.nl}`;
      en += `: the request of ${received.en} counts as ${measured.en}`;
      if (first.startDay !== undefined && first.measure !== 'working_days_after_purchase') {
        nl += ` op ${dateNl(first.startDay)}`;
        en += ` on ${dateEn(first.startDay)}`;
      }
    }
    if (first.exception === 'waived') {
      return {
        nl: `Annuleren van ${PART_NAMES[first.kind].nl} kost niets: het bewijs kwam uiterlijk ${dateNl(first.proofDeadline!)} binnen (${articleNl(facts.parts[0]!.clauseRefs.at(-1)!)}). Zonder dat bewijs was het ${first.label.nl}.`,
        en: `Cancelling ${PART_NAMES[first.kind].en} costs nothing: the proof arrived by ${dateEn(first.proofDeadline!)} (${articleEn(facts.parts[0]!.clauseRefs.at(-1)!)}). Without it the row "${first.label.en}" applied.`,
      };
    }
    if (first.exception === 'pending') {
      nl += `. Geen kosten als het overlijdensbericht, de bevestiging van de ziekenhuisopname of de doktersverklaring uiterlijk ${dateNl(first.proofDeadline!)} binnen is (${articleNl(first.clauseRefs.at(-1)!)})`;
      en += `. No fee if the death notice, hospital confirmation or doctor's note arrives by ${dateEn(first.proofDeadline!)} (${articleEn(first.clauseRefs.at(-1)!)})`;
    } else if (first.exception === 'late') {
      nl += `. Het bewijs kwam niet uiterlijk ${dateNl(first.proofDeadline!)} binnen, dus de gewone regeling geldt (${articleNl(first.clauseRefs.at(-1)!)})`;
      en += `. The proof did not arrive by ${dateEn(first.proofDeadline!)}, so the normal table applies (${articleEn(first.clauseRefs.at(-1)!)})`;
    }
    return { nl: `${nl}.`, en: `${en}.` };
  }
  const sentences = facts.parts.map(partSentence);
  let nl = `Annuleren kost in totaal ${euroNl(facts.fee)}, verzoek ontvangen op ${received.nl}. ${sentences.map((s) => s.nl).join(' ')}`;
  let en = `Cancelling costs ${euroEn(facts.fee)} in total, request received on ${received.en}. ${sentences.map((s) => s.en).join(' ')}`;
  if (facts.incurred) {
    const i = facts.incurred;
    const how =
      i.combine === 'add'
        ? { nl: 'daarbovenop', en: 'on top of that' }
        : { nl: 'of het hogere bedrag', en: 'or the higher amount' };
    nl += ` Reeds gemaakte kosten ${euroNl(i.costs)} plus ${percentNl(i.adminBasisPoints)} administratiekosten ${euroNl(i.admin)} (${articleNl(i.clauseRef)}), ${how.nl}.`;
    en += ` Costs already incurred ${euroEn(i.costs)} plus ${percentEn(i.adminBasisPoints)} administration costs ${euroEn(i.admin)} (${articleEn(i.clauseRef)}), ${how.en}.`;
  }
  return { nl, en };
}
