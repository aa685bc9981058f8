import { type EpochDay, formatIsoDate } from '../calendar/index.ts';
import type { ClauseRef, Decision, DecisionLine, Explanation, Outcome } from './model.ts';

/**
 * A decision whose dates are held as epoch days and whose explanation is written on first read:
 * the engine decides millions of times a second (bench/terms.ts), while a person reads a handful of
 * explanations. Reading `dates` or `explanation`, or serialising to JSON, gives exactly the plain
 * Decision the model describes.
 */
export class LazyDecision<F> implements Decision {
  readonly question: string;
  readonly outcome: Outcome;
  readonly amounts: Record<string, number>;
  readonly workingDays: number | undefined;
  readonly clauses: ClauseRef[];
  readonly readings: string[];
  readonly lines: DecisionLine[] | undefined;
  readonly conditions: Record<string, boolean> | undefined;
  /** The facts the explanation is written from. */
  readonly facts: F;
  readonly #dayNames: readonly string[];
  readonly #days: readonly EpochDay[];
  readonly #explain: (facts: F, decision: LazyDecision<F>) => Explanation;
  #dates: Record<string, string> | undefined;
  #explanation: Explanation | undefined;

  /**
   * Positional on purpose: the engine builds millions of these a second, and an options object
   * would be one more allocation each. `LazyDecision.of` takes the same as named fields.
   */
  constructor(
    question: string,
    outcome: Outcome,
    amounts: Record<string, number>,
    workingDays: number | undefined,
    clauses: ClauseRef[],
    readings: string[],
    lines: DecisionLine[] | undefined,
    conditions: Record<string, boolean> | undefined,
    dayNames: readonly string[],
    days: readonly EpochDay[],
    facts: F,
    explain: (facts: F, decision: LazyDecision<F>) => Explanation,
  ) {
    this.question = question;
    this.outcome = outcome;
    this.amounts = amounts;
    this.workingDays = workingDays;
    this.clauses = clauses;
    this.readings = readings;
    this.lines = lines;
    this.conditions = conditions;
    this.#dayNames = dayNames;
    this.#days = days;
    this.facts = facts;
    this.#explain = explain;
  }

  static of<F>(init: {
    question: string;
    outcome: Outcome;
    amounts: Record<string, number>;
    workingDays?: number | undefined;
    clauses: ClauseRef[];
    readings: string[];
    lines?: DecisionLine[] | undefined;
    conditions?: Record<string, boolean> | undefined;
    dayNames: readonly string[];
    days: readonly EpochDay[];
    facts: F;
    explain: (facts: F, decision: LazyDecision<F>) => Explanation;
  }): LazyDecision<F> {
    return new LazyDecision(
      init.question,
      init.outcome,
      init.amounts,
      init.workingDays,
      init.clauses,
      init.readings,
      init.lines,
      init.conditions,
      init.dayNames,
      init.days,
      init.facts,
      init.explain,
    );
  }

  /** A date of the decision as an epoch day, by name (undefined when the decision has no such date). */
  day(name: string): EpochDay | undefined {
    const index = this.#dayNames.indexOf(name);
    return index < 0 ? undefined : this.#days[index];
  }

  get dates(): Record<string, string> {
    if (!this.#dates) {
      const dates: Record<string, string> = {};
      for (let i = 0; i < this.#dayNames.length; i++)
        dates[this.#dayNames[i]!] = formatIsoDate(this.#days[i]!);
      this.#dates = dates;
    }
    return this.#dates;
  }

  get explanation(): Explanation {
    if (!this.#explanation) this.#explanation = this.#explain(this.facts, this);
    return this.#explanation;
  }

  toJSON(): Decision {
    const plain: Decision = {
      question: this.question,
      outcome: this.outcome,
      amounts: this.amounts,
      dates: this.dates,
      clauses: this.clauses,
      readings: this.readings,
      explanation: this.explanation,
    };
    if (this.workingDays !== undefined) plain.workingDays = this.workingDays;
    if (this.lines !== undefined) plain.lines = this.lines;
    if (this.conditions !== undefined) plain.conditions = this.conditions;
    return plain;
  }
}

/** A plain decision as JSON would carry it (materialises a LazyDecision). */
export function toPlainDecision(decision: Decision): Decision {
  return decision instanceof LazyDecision ? decision.toJSON() : decision;
}
