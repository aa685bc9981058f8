import type { EpochDay } from '../../calendar/index.ts';
import { percentOf } from '../../money/cents.ts';
import type { CompiledTerms } from '../compile.ts';
import { localDay, parseDay, parseInstant } from '../instant.ts';
import type { ClauseRef, Outcome } from '../model.ts';
import type { CompiledCancellation } from './cancellation-compile.ts';
import { type CompiledFlat, type CompiledSchedule, type CompiledTier, tierAt } from './compile.ts';
import type { PartQuestion, SessionPartQuestion } from './questions.ts';
import type { Label, Measure, PartKind } from './sections.ts';
import { measureValue, type RequestTiming } from './timing.ts';

/**
 * Cancellation by the customer, one product part at a time (plusport-cursusvoorwaarden#15, ingenium-leveringsvoorwaarden#25, vapro-leverings-en-betalingsvoorwaarden#16,
 * sparse-algemene-voorwaarden#59.4): the tier of its table that the request falls in, or the flat rule that applies, and
 * the fee as a share of that part's price.
 */

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
  /** plusport-cursusvoorwaarden#15.6: waived (proof in time), pending (awaiting proof), late (no proof in time). */
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
