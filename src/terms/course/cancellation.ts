import type { EpochDay } from '../../calendar/index.ts';
import { percentOf } from '../../money/cents.ts';
import type { CompiledTerms } from '../compile.ts';
import { LazyDecision } from '../decision.ts';
import { parseInstant } from '../instant.ts';
import type { ClauseRef, Decision, Outcome } from '../model.ts';
import { compileCancellation } from './cancellation-compile.ts';
import { applyException } from './cancellation-exception.ts';
import { type CancellationFacts, explainCancellation } from './cancellation-explain.ts';
import { type PartResult, partResult } from './cancellation-parts.ts';
import {
  countedWorkingDays,
  DAYS_COUNTED,
  DAYS_COUNTED_START,
  DAYS_START,
  linesOf,
  REQUEST_DAY,
} from './cancellation-report.ts';
import { courseSectionsOf } from './compile.ts';
import { deferredDecision } from './plain.ts';
import type { CancellationQuestion } from './questions.ts';
import { type RequestTiming, timingAt } from './timing.ts';

export { type CompiledCancellation, compileCancellation } from './cancellation-compile.ts';
export { type PartResult, partResult, tierResult } from './cancellation-parts.ts';

/**
 * Cancellation by the customer (plusport-cursusvoorwaarden#15, ingenium-leveringsvoorwaarden#25, vapro-leverings-en-betalingsvoorwaarden#16, sparse-algemene-voorwaarden#59.4): per product
 * part, the tier of its table that the request falls in, and the fee as a share of that part's price;
 * the parts themselves are in cancellation-parts.ts, the medical exception in cancellation-exception.ts,
 * the explanation text in cancellation-explain.ts.
 */

const OUTCOME_RANK: Record<Outcome, number> = {
  allowed: 0,
  pending_proof: 1,
  needs_approval: 2,
  not_allowed: 3,
  not_covered: 4,
};

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
    // vapro-leverings-en-betalingsvoorwaarden#16.1: the costs already incurred plus 10 % of the total quote, at any moment (reading vapro-costs-on-top).
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
    // The share applied, as the lines of a package carry it (issue 11: the percentage of every line).
    { fee: result.fee, price: result.price, basisPoints: result.basisPoints },
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
