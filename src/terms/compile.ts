import { createCalendar, type WorkingDayCalendar } from '../calendar/index.ts';
import { ClauseIndex } from './clauses.ts';
import type { ClauseId, ClauseRef, Decision } from './model.ts';
import type { ReadingsSettings } from './readings-settings.ts';
import type { TermsVersion } from './terms-version.ts';

/**
 * A terms version prepared for evaluation: its working-day calendar, its clause index, and whatever
 * each rule family precompiles from its sections (tier lookup tables, clause lists, templates),
 * built once per version and kept as long as the version object lives.
 */
export class CompiledTerms {
  readonly terms: TermsVersion;
  readonly calendar: WorkingDayCalendar;
  readonly clauses: ClauseIndex;
  readonly readings: ReadingsSettings;
  readonly #memo = new Map<string, unknown>();

  constructor(terms: TermsVersion) {
    this.terms = terms;
    this.calendar = createCalendar(terms.calendar);
    this.clauses = new ClauseIndex(terms.documents);
    this.readings = terms.readings;
  }

  /** The clause reference for a clause id of these terms. */
  clause(id: ClauseId): ClauseRef {
    return this.clauses.ref(id);
  }

  /**
   * A rule family's compiled form of these terms, built on first use under `key` (e.g. 'course',
   * 'finance') and kept: the place for lookup tables a hot path needs.
   */
  memo<T>(key: string, build: (compiled: CompiledTerms) => T): T {
    const found = this.#memo.get(key) as { value: T } | undefined;
    if (found) return found.value;
    const value = build(this);
    this.#memo.set(key, { value });
    return value;
  }
}

const compiledCache = new WeakMap<TermsVersion, CompiledTerms>();

/** The compiled form of a terms version, built once per version object (a WeakMap keeps it). */
export function compileTerms(terms: TermsVersion): CompiledTerms {
  // Most calls ask about the same version as the call before: skip the WeakMap for those.
  if (terms === lastTerms && lastCompiled) return lastCompiled;
  let compiled = compiledCache.get(terms);
  if (!compiled) {
    compiled = new CompiledTerms(terms);
    compiledCache.set(terms, compiled);
  }
  lastTerms = terms;
  lastCompiled = compiled;
  return compiled;
}

let lastTerms: TermsVersion | undefined;
let lastCompiled: CompiledTerms | undefined;

/** A question handler: pure, from compiled terms and a validated question to a decision. */
export type QuestionHandler<Q> = (compiled: CompiledTerms, question: Q) => Decision;
