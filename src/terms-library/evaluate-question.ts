import { parseInput } from '../identity/model.ts';
import type { Clock } from '../platform/clock.ts';
import type { AppContext } from '../platform/context.ts';
import { localizeQuestion } from '../terms/evaluate.ts';
import {
  type Decision,
  evaluate,
  type FeeTimelineRange,
  feeTimeline,
  toPlainDecision,
} from '../terms/index.ts';
import type { Question } from '../terms/question.ts';
import { questionDay } from '../terms/question-day.ts';
import type { Viewer } from './access.ts';
import {
  type AppliedTerms,
  type EvaluateBody,
  evaluateBodySchema,
  type TimelineBody,
  timelineBodySchema,
} from './api-schemas.ts';
import {
  applied,
  asFieldError,
  type LoadedTerms,
  loadTerms,
  pickVersion,
  termsKeyOf,
  timeZoneOf,
  today,
  versionOf,
} from './load-terms.ts';

/** Asking the engine a question about a terms version, and the fee curve of cancelling a session. */

/** The decision, and which terms version gave it. */
export type EvaluateResult = Decision & { terms: AppliedTerms };

/**
 * Answers a validated question with loaded terms: the named version, or the version in force on
 * `on`, else on the question's own day, else today.
 */
export function answerQuestion(loaded: LoadedTerms, body: EvaluateBody, clock: Clock): EvaluateResult {
  const timeZone = timeZoneOf(loaded);
  // Local wall-clock times are read in the terms' zone. Both provider zones keep the same offsets
  // (CET/CEST), so the zone of the latest version gives the same instant as the version picked below.
  const question = localizeQuestion(body.question, timeZone, 'question') as Question;
  const ownDay = asFieldError('question', () => questionDay(question, timeZone));
  const day = body.on ?? ownDay ?? today(clock, timeZone);
  const dayPath = body.on !== undefined ? 'on' : ownDay !== undefined ? 'question' : 'on';
  const version = pickVersion(loaded, versionOf(body.terms), day, dayPath);
  const decision = asFieldError('question', () => toPlainDecision(evaluate(version.terms, question)));
  return { ...decision, terms: applied(loaded, version) };
}

export async function evaluateQuestion(
  ctx: AppContext,
  viewer: Viewer,
  input: unknown,
): Promise<EvaluateResult> {
  const body = parseInput(evaluateBodySchema, input);
  const loaded = await loadTerms(ctx, viewer, termsKeyOf(body.terms));
  return answerQuestion(loaded, body, ctx.clock);
}

/** The runs of days on which cancelling a session costs the same (the fee curve), with their clauses. */
export async function cancellationTimeline(
  ctx: AppContext,
  viewer: Viewer,
  input: unknown,
): Promise<{ terms: AppliedTerms; ranges: FeeTimelineRange[] }> {
  const body: TimelineBody = parseInput(timelineBodySchema, input);
  const loaded = await loadTerms(ctx, viewer, termsKeyOf(body.terms));
  const day = body.on ?? today(ctx.clock, timeZoneOf(loaded));
  const version = pickVersion(loaded, versionOf(body.terms), day);
  const request = {
    part: localizeQuestion(body.part, timeZoneOf(loaded), 'part') as TimelineBody['part'],
    ...(body.from ? { from: body.from } : {}),
    ...(body.to ? { to: body.to } : {}),
  };
  const ranges = asFieldError('part', () => feeTimeline(version.terms, request));
  return { terms: applied(loaded, version), ranges };
}
