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
 * allowed: the change may go ahead (possibly with a fee); not_allowed: the terms forbid it;
 * pending_proof: decided provisionally, to be decided again when proof arrives or its deadline passes.
 */
export type Outcome = 'allowed' | 'not_allowed' | 'pending_proof';

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
}
