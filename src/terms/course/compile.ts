import type { CompiledTerms } from '../compile.ts';
import type { ClauseRef } from '../model.ts';
import type { CourseSections, FlatFee, Measure, Schedule, Tier } from './sections.ts';

/**
 * The course sections compiled once per terms version: every tier table becomes a lookup array
 * indexed by the measure (working or calendar days), and every clause id is resolved to its
 * reference, so a decision is a few integer operations and an array read.
 */

export interface CompiledTier extends Tier {
  clauseRefs: ClauseRef[];
}

export interface CompiledFlat extends FlatFee {
  clauseRefs: ClauseRef[];
}

export interface CompiledSchedule {
  measure: Measure;
  tiers: CompiledTier[];
  /** lookup[v] = index of the tier for measure value v (v >= limit uses lookup[limit]); -1: no tier. */
  lookup: Int16Array;
  limit: number;
  previouslyRescheduled: CompiledFlat | undefined;
  lateArrival: CompiledFlat | undefined;
}

/**
 * Clause lists are shared by every decision a tier produces, so they are frozen: a caller that
 * changes a decision's clauses gets an error instead of changing the next decision.
 */
function frozenClauses(compiled: CompiledTerms, id: string): ClauseRef[] {
  return Object.freeze([compiled.clause(id)]) as ClauseRef[];
}

export function compileFlat(compiled: CompiledTerms, fee: FlatFee): CompiledFlat {
  return { ...fee, clauseRefs: frozenClauses(compiled, fee.clause) };
}

export function compileSchedule(compiled: CompiledTerms, schedule: Schedule): CompiledSchedule {
  const tiers = schedule.tiers.map((tier) => ({ ...tier, clauseRefs: frozenClauses(compiled, tier.clause) }));
  let limit = 0;
  for (const tier of tiers) limit = Math.max(limit, tier.from, (tier.to ?? tier.from) + 1);
  const lookup = new Int16Array(limit + 1).fill(-1);
  for (let value = 0; value <= limit; value++) {
    // The first tier that matches wins; lint reports any value that two tiers match.
    for (let i = 0; i < tiers.length; i++) {
      const tier = tiers[i]!;
      if (value >= tier.from && (tier.to === null || value <= tier.to)) {
        lookup[value] = i;
        break;
      }
    }
  }
  return {
    measure: schedule.measure,
    tiers,
    lookup,
    limit,
    previouslyRescheduled:
      schedule.previouslyRescheduled && compileFlat(compiled, schedule.previouslyRescheduled),
    lateArrival: schedule.lateArrival && compileFlat(compiled, schedule.lateArrival),
  };
}

/** The tier for a measure value, or undefined where the table has a gap. */
export function tierAt(schedule: CompiledSchedule, value: number): CompiledTier | undefined {
  const index = schedule.lookup[Math.min(value, schedule.limit)]!;
  return index < 0 ? undefined : schedule.tiers[index];
}

/** Every tier that matches a value (lint: more than one is an overlap). */
export function tiersMatching(schedule: Schedule, value: number): Tier[] {
  return schedule.tiers.filter((tier) => value >= tier.from && (tier.to === null || value <= tier.to));
}

export function courseSectionsOf(compiled: CompiledTerms): CourseSections {
  return compiled.terms.sections.course ?? {};
}
