/**
 * The core of the terms model, shared by every rule family. A provider's terms are a versioned
 * document: the rules are data (validated by zod schemas), each rule cites its clause, and every
 * decision names the clauses it applied and explains itself in Dutch and English.
 *
 * Rule families live in their own folders and own their section schemas and question handlers:
 * src/terms/course (enrollment changes: cancellation, rescheduling, substitution, ...) and
 * src/terms/finance (payment, interest, collection costs, allocation, contracts, ...).
 */

/** The five source documents in shared/terms, by file name without extension. */
export const DOCUMENT_IDS = [
  'plusport-algemene-leveringsvoorwaarden',
  'plusport-cursusvoorwaarden',
  'sparse-algemene-voorwaarden',
  'ingenium-leveringsvoorwaarden',
  'vapro-leverings-en-betalingsvoorwaarden',
] as const;
export type BuiltInDocumentId = (typeof DOCUMENT_IDS)[number];

/** A citation: which document, which article, its title. A provider's own document may be cited too. */
export interface ClauseRef {
  document: string;
  article: string;
  title: string;
}

export interface Explanation {
  nl: string;
  en: string;
}

/**
 * A rule cites its clause by id into the terms version's clause catalogue: '<document id>#<article>',
 * e.g. 'plusport-cursusvoorwaarden#15.5'. The catalogue (src/terms/documents) holds the article's
 * title and the excerpt the rule relies on, so a decision can name document, article and title.
 */
export type ClauseId = string;

/**
 * allowed: the change may go ahead (possibly with a fee); not_allowed: the terms forbid it;
 * pending_proof: decided provisionally, to be decided again when proof arrives or its deadline passes;
 * needs_approval: the terms allow it only with the provider's (written) consent;
 * not_covered: these terms do not decide the question (they defer to a quote or say nothing):
 * the clauses cited, if any, say where the answer is to be found.
 */
export type Outcome = 'allowed' | 'not_allowed' | 'pending_proof' | 'needs_approval' | 'not_covered';
export const OUTCOMES = ['allowed', 'not_allowed', 'pending_proof', 'needs_approval', 'not_covered'] as const;

/** One part of a decision that splits an amount, e.g. the e-learning and the exam of a package. */
export interface DecisionLine {
  /** What the line is about: a product part ('exam', 'elearning', ...) or a cost ('administration'). */
  part: string;
  /** Amounts in cents by name, as in Decision.amounts. */
  amounts: Record<string, number>;
  /** The tier or rule that applied, a stable id from the terms data. */
  rule: string;
  clauses: ClauseRef[];
  /** Working days counted for this part, where its rule counts any. */
  workingDays?: number;
}

/**
 * One thing to tell a learner or customer, as the terms word it through their data (the notes of a
 * confirmation, the condition of a change), in both languages with the clauses it rests on.
 */
export interface DecisionNote {
  /** A stable id of the note's rule, e.g. 'arrive-before', 'identification', 'fee-paid-first'. */
  id: string;
  nl: string;
  en: string;
  clauses: ClauseRef[];
}

export interface Decision {
  question: string;
  outcome: Outcome;
  /** Amounts in euro cents, by name: fee, refund, interest, collectionCosts, ... */
  amounts: Record<string, number>;
  /** Dates that matter, 'YYYY-MM-DD', by name: deadline, dueDate, accessEnd, ... */
  dates: Record<string, string>;
  /** Working days counted, where the decision counted any. */
  workingDays?: number;
  clauses: ClauseRef[];
  /** Ids of the readings (docs/terms-readings.md) this decision relied on. */
  readings: string[];
  explanation: Explanation;
  /** Per-part lines, where the decision adds up several parts (a course package, vapro-leverings-en-betalingsvoorwaarden#16.1 + 16.2). */
  lines?: DecisionLine[];
  /** Conditions checked and whether each is met, where the rule is a list of conditions. */
  conditions?: Record<string, boolean>;
  /**
   * The conclusions the explanation states, as data: `paymentMayBeSuspended`, `deemedAccepted`,
   * `liable`, `deliveryMayBeSuspended`, `admitted`, `binding`, ... (docs/terms-readings.md names them).
   */
  conclusions?: Record<string, boolean>;
  /** Who acts, by role: `cancels`, `refunds`, `decides` -> 'provider' | 'external_trainer' | 'customer' | ... */
  parties?: Record<string, string>;
  /** The counts behind an amount or a date: workingDays, calendarDays, months, interestDays, minutes. */
  counts?: Record<string, number>;
  /** Moments (ISO 8601 with the provider's offset) where a deadline is an hour, not a day: start, arriveBy. */
  moments?: Record<string, string>;
  /** Optional inputs the question left out that would change (or complete) the answer. */
  missingInputs?: string[];
  /** What to tell the user, note by note, where the question asks what to say (confirmation_notes). */
  notes?: DecisionNote[];
  /** The choices the terms offer, by name: `reasons` -> ['death', 'hospital_admission', ...]. */
  options?: Record<string, string[]>;
}
