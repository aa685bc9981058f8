import type { CompiledTerms } from '../compile.ts';
import { parseDay } from '../instant.ts';
import type { CompiledCancellation } from './cancellation-compile.ts';
import type { PartResult } from './cancellation-parts.ts';
import type { CancellationQuestion } from './questions.ts';
import type { RequestTiming } from './timing.ts';

/**
 * plusport-cursusvoorwaarden#15.6 (readings exception-tiers, proof-deadline): for a tier marked *, no fee if the proof
 * of death, hospital admission or sick report arrives within the proof days after the cancellation;
 * pending until then; the normal fee after.
 */
export function applyException(
  compiled: CompiledTerms,
  cancellation: CompiledCancellation,
  result: PartResult,
  question: Pick<CancellationQuestion, 'reason' | 'proofReceivedOn' | 'asOf' | 'concerns'>,
  timing: RequestTiming,
  tierMarked: boolean,
): PartResult {
  const exception = cancellation.exception;
  if (!exception || question.reason === undefined || !tierMarked || result.fee === 0) return result;
  if (!exception.reasons.has(question.reason)) return result;
  // plusport-cursusvoorwaarden#15.6 (reading whose-illness): death and hospital admission count for the learner or a
  // first-degree relative, a sick report only for the learner ("ziekmelding (persoonlijk)").
  if (question.concerns === 'family_member' && !exception.familyReasons.has(question.reason))
    return { ...result, readings: [...result.readings, 'whose-illness'] };
  let deadline = timing.localDay + exception.proofDays;
  if (compiled.readings.proofDeadlineMovesToWorkingDay)
    deadline = compiled.calendar.nextWorkingDayOnOrAfter(deadline);
  const readings = [...result.readings, 'exception-tiers', 'proof-deadline', 'whose-illness'];
  const clauseRefs = [...result.clauseRefs, exception.clauseRef];
  const proofOn = question.proofReceivedOn === undefined ? undefined : parseDay(question.proofReceivedOn);
  const asOf = question.asOf === undefined ? undefined : parseDay(question.asOf);
  if (proofOn !== undefined && proofOn <= deadline) {
    return { ...result, fee: 0, exception: 'waived', proofDeadline: deadline, readings, clauseRefs };
  }
  if (proofOn !== undefined || (asOf !== undefined && asOf > deadline)) {
    return { ...result, exception: 'late', proofDeadline: deadline, readings, clauseRefs };
  }
  return {
    ...result,
    outcome: 'pending_proof',
    exception: 'pending',
    feeIfProof: 0,
    proofDeadline: deadline,
    readings,
    clauseRefs,
  };
}
