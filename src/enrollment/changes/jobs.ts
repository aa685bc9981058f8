/**
 * Background work of enrollment changes: the proof deadline of a cancellation held under
 * plusport-cursusvoorwaarden#15.6, decided again without proof once the deadline has passed.
 */
import type { AppContext } from '../../platform/context.ts';
import { PROOF_DEADLINE_JOB } from './cancellation.ts';
import { runProofDeadline } from './proof.ts';

export { PROOF_DEADLINE_JOB } from './cancellation.ts';

export function enrollmentChangeJobs(ctx: AppContext): void {
  ctx.jobs.register(
    PROOF_DEADLINE_JOB,
    async (payload) => {
      await runProofDeadline(ctx, payload);
    },
    // One decision in one transaction: well under a second; expired after a minute (issue 12, item 13).
    { retryLimit: 5, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 60 },
  );
}
