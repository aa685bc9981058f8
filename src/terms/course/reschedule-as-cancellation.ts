import type { EpochDay } from '../../calendar/index.ts';
import type { CompiledTerms } from '../compile.ts';
import { parseInstant } from '../instant.ts';
import type { Decision } from '../model.ts';
import { euroEn, euroNl, workingDaysEn, workingDaysNl } from '../text.ts';
import { compileCancellation, partResult, tierResult } from './cancellation.ts';
import { applyException } from './cancellation-exception.ts';
import { PART_NAMES } from './parts.ts';
import { decision, notCoveredDecision } from './plain.ts';
import type { RescheduleQuestion } from './questions.ts';
import { timingAt } from './timing.ts';

/**
 * plusport-cursusvoorwaarden#14.6 (reading reschedule-classroom): rescheduling a classroom training ATEX, NEN 1010,
 * NEN 3140 or VCA follows the cancellation table of article 15 — the whole of it: the tiers, the
 * 100 % for a session the learner moved before, and the tiers marked * that are free on death,
 * hospital admission or sick report with proof (15.6). The text extends the table, so it extends
 * its exception too.
 */
export function rescheduleAsCancellation(
  compiled: CompiledTerms,
  question: RescheduleQuestion,
  clauseId: string,
  dates: { requestDay: EpochDay; startDay: EpochDay },
): Decision {
  const cancellation = compileCancellation(compiled);
  const schedule = cancellation?.parts[question.kind];
  const clause = compiled.clause(clauseId);
  const subject = { nl: 'het verschuiven van een deelname', en: 'rescheduling a participation' };
  if (!cancellation || !schedule) return notCoveredDecision(compiled, 'reschedule', subject);
  const timing = timingAt(compiled, parseInstant(question.requestedAt));
  const movedBefore = (question.earlierReschedules ?? 0) > 0;
  let result =
    question.kind === 'elearning'
      ? tierResult(compiled, question.kind, question.price, schedule, timing, dates.startDay, false)
      : partResult(
          compiled,
          cancellation,
          {
            kind: question.kind,
            price: question.price,
            start: question.start,
            previouslyRescheduled: movedBefore,
          },
          timing,
          false,
        );
  const tier = schedule.tiers.find((candidate) => candidate.id === result.rule);
  if (question.reason !== undefined)
    result = applyException(
      compiled,
      cancellation,
      result,
      question,
      timing,
      tier?.exceptionApplies === true,
    );
  const name = PART_NAMES[question.kind];
  const counted = result.value === undefined ? undefined : result.value;
  const proof =
    result.exception === 'pending'
      ? {
          nl: ` Komt het bewijs van de reden uiterlijk binnen de termijn binnen, dan kost het niets (art. ${cancellation.exception?.clauseRef.article}).`,
          en: ` If proof of the reason arrives in time, it costs nothing (art. ${cancellation.exception?.clauseRef.article}).`,
        }
      : result.exception === 'waived'
        ? {
            nl: ' Het bewijs van de reden kwam op tijd binnen: geen kosten.',
            en: ' Proof of the reason arrived in time: no fee.',
          }
        : { nl: '', en: '' };
  return decision({
    question: 'reschedule',
    outcome: result.outcome,
    amounts: { fee: result.fee, price: question.price },
    dates: { ...dates, proofDeadline: result.proofDeadline },
    ...(counted !== undefined && result.measure === 'working_days_before_start'
      ? { workingDays: counted }
      : {}),
    counts: {
      feeBasisPoints: result.basisPoints,
      earlierReschedules: question.earlierReschedules ?? 0,
      ...(counted !== undefined && result.measure === 'working_days_before_start'
        ? { workingDays: counted }
        : {}),
    },
    conclusions: {
      previouslyRescheduled: movedBefore,
      exceptionWaived: result.exception === 'waived',
    },
    missingInputs: question.earlierReschedules === undefined ? ['earlierReschedules'] : [],
    clauses: [clause, ...result.clauseRefs],
    readings: [...result.readings, 'reschedule-classroom'],
    explanation: {
      nl: `Voor het verschuiven van ${name.nl} geldt de annuleringsregeling (art. ${clause.article}): ${euroNl(result.fee)}, ${result.label.nl}${counted !== undefined ? ` (${workingDaysNl(counted)} voor aanvang)` : ''}.${proof.nl}`,
      en: `Rescheduling ${name.en} follows the cancellation table (art. ${clause.article}): ${euroEn(result.fee)}, ${result.label.en}${counted !== undefined ? ` (${workingDaysEn(counted)} before the start)` : ''}.${proof.en}`,
    },
  });
}
