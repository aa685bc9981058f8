/**
 * The terms engine: a provider's general terms as versioned, clause-cited rules (issue 3).
 *
 * - `findTerms(provider, onDate)` the version in force on a date; `listTerms()` providers and versions;
 *   `getTermsVersion(provider, version)`; `parseTermsVersion(json)` validates a stored or edited version.
 * - `evaluate(terms, question)` the one entry: a validated question in, a Decision out (outcome,
 *   amounts in cents, dates, working days counted, clauses, readings, Dutch and English explanation).
 *   `parseQuestion(json)` validates a question; `evaluateJson(terms, json)` does both.
 * - `feeTimeline(terms, { part })` the runs of days with the same cancellation fee, for a chart.
 * - `lintTerms(terms)` gaps, overlaps, fees above the clause, missing clauses, and text gaps.
 * - `READINGS` the readings (docs/terms-readings.md); `compileTerms(terms)` the precompiled form.
 * - Schemas: `termsVersionSchema`, `questionSchema`, `askSchema`; the section schemas of the course
 *   family (`courseSectionsSchema`) and the finance family (`financeSectionsSchema`).
 */
export { ClauseIndex, clauseId, documentSchema } from './clauses.ts';
export { CompiledTerms, compileTerms, type QuestionHandler } from './compile.ts';
export { type CourseQuestion, courseQuestionSchemas } from './course/questions.ts';
export { type CourseSections, courseSectionsSchema, type PartKind } from './course/sections.ts';
export { LazyDecision, toPlainDecision } from './decision.ts';
export { BUILT_IN_DOCUMENTS } from './documents/index.ts';
export { evaluate, evaluateJson, parseQuestion } from './evaluate.ts';
export { type FeeTimelineRange, type FeeTimelineRequest, feeTimeline } from './fee-timeline.ts';
export { financeQuestionSchemas } from './finance/questions.ts';
export { type FinanceSections, financeSectionsSchema } from './finance/sections.ts';
export { type FamilyLinter, type LintCode, type LintFinding, lintSchedule } from './lint.ts';
export { FAMILY_LINTERS, lintTerms } from './lint-families.ts';
export type {
  ClauseId,
  ClauseRef,
  Decision,
  DecisionLine,
  DecisionNote,
  Explanation,
  Outcome,
} from './model.ts';
export { OUTCOMES } from './model.ts';
export {
  type Ask,
  askSchema,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  questionSchema,
} from './question.ts';
export { READING_IDS, READINGS, type Reading, readingsMarkdown } from './readings.ts';
export { type ReadingsSettings, readingsSettingsSchema } from './readings-settings.ts';
export {
  BUILT_IN_PROVIDERS,
  type BuiltInProvider,
  builtInTerms,
  findTerms,
  getTermsVersion,
  listTerms,
  parseTermsVersion,
  type TermsListing,
} from './registry.ts';
export {
  type Sections,
  sectionsSchema,
  type TermsVersion,
  type TermsVersionInput,
  termsVersionSchema,
} from './terms-version.ts';
