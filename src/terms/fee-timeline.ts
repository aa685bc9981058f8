import { type EpochDay, formatIsoDate } from '../calendar/index.ts';
import { compileTerms } from './compile.ts';
import type { ElearningPartQuestion, SessionPartQuestion } from './course/questions.ts';
import type { Label } from './course/sections.ts';
import { LazyDecision } from './decision.ts';
import { evaluate } from './evaluate.ts';
import { localMoment, parseDay, parseInstant } from './instant.ts';
import type { ClauseRef, Outcome } from './model.ts';
import type { TermsVersion } from './terms-version.ts';

/**
 * When cancelling becomes expensive: for a session (or an e-learning purchase), the runs of days
 * on which a cancellation received that day costs the same, each with its fee, the rule and the
 * clause, so the web app can draw the curve. A request is taken as received at noon local time
 * (within office hours), and on the start day one minute before the start.
 */
export interface FeeTimelineRange {
  /** First and last day of the run, inclusive, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  fee: number;
  outcome: Outcome;
  /** The tier or rule id (stable across runs with the same fee). */
  rule: string;
  clauses: ClauseRef[];
  label: Label;
}

export interface FeeTimelineRequest {
  part: SessionPartQuestion | ElearningPartQuestion;
  /** First day to draw; default 60 days before the start (or the purchase day). */
  from?: string;
  /** Last day to draw; default the start day (or 60 days after the purchase). */
  to?: string;
}

const MS_PER_DAY = 86_400_000;

export function feeTimeline(terms: TermsVersion, request: FeeTimelineRequest): FeeTimelineRange[] {
  const compiled = compileTerms(terms);
  const zone = compiled.calendar.settings.timeZone;
  const part = request.part;
  const startMs = part.kind === 'elearning' ? undefined : parseInstant(part.start);
  const anchor = part.kind === 'elearning' ? parseDay(part.purchasedOn) : localMoment(startMs!, zone).day;
  const first =
    request.from !== undefined ? parseDay(request.from) : part.kind === 'elearning' ? anchor : anchor - 60;
  const last =
    request.to !== undefined ? parseDay(request.to) : part.kind === 'elearning' ? anchor + 60 : anchor;
  if (last < first)
    throw new RangeError(
      `the timeline ends (${formatIsoDate(last)}) before it starts (${formatIsoDate(first)})`,
    );
  if (last - first > 3660) throw new RangeError('a fee timeline spans at most ten years');

  const ranges: FeeTimelineRange[] = [];
  for (let day = first; day <= last; day++) {
    let at = noon(day, zone);
    if (startMs !== undefined && at >= startMs) at = startMs - 60_000;
    const decision = evaluate(terms, {
      type: 'cancellation',
      requestedAt: new Date(at).toISOString(),
      parts: [part],
    });
    const facts =
      decision instanceof LazyDecision
        ? (decision.facts as { parts?: { rule: string; label: Label }[] })
        : undefined;
    const result = facts?.parts?.[0];
    const rule = result?.rule ?? decision.outcome;
    const label = result?.label ?? { nl: decision.explanation.nl, en: decision.explanation.en };
    const fee = decision.amounts.fee ?? 0;
    const previous = ranges.at(-1);
    if (previous && previous.rule === rule && previous.fee === fee && previous.outcome === decision.outcome) {
      previous.to = formatIsoDate(day);
    } else {
      ranges.push({
        from: formatIsoDate(day),
        to: formatIsoDate(day),
        fee,
        outcome: decision.outcome,
        rule,
        clauses: decision.clauses,
        label,
      });
    }
  }
  return ranges;
}

/** Noon local time on a day, as epoch ms (noon is never in a daylight-saving gap or overlap). */
function noon(day: EpochDay, zone: Parameters<typeof localMoment>[1]): number {
  const summer = day * MS_PER_DAY + 10 * 3_600_000;
  return localMoment(summer, zone).minutes === 720 ? summer : day * MS_PER_DAY + 11 * 3_600_000;
}
