/**
 * A large sheet is committed by a job (issue 12, item 2): enrolling 100,000 rows in one
 * transaction takes longer than an HTTP request should. POST /imports/:id/commit enqueues the job
 * and answers 202 with the sheet and its progress; the job runs the same commit (commit.ts), in
 * one transaction or not at all; GET /imports/:id then shows the sheet committed, or the new
 * errors that refused it.
 */
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { appErrorOf } from '../../platform/errors.ts';
import type { JobPayload } from '../../platform/jobs/model.ts';
import { commitSheet } from './commit.ts';
import { actorOfPayload, actorPayload } from './job-actor.ts';
import { reportProgress } from './progress.ts';
import type * as store from './store.ts';

export const IMPORT_COMMIT_JOB = 'enrollment.import-commit';

/** A sheet with more valid rows than this is committed by a job. */
export const ASYNC_COMMIT_ROWS = 10_000;

export async function queueCommit(
  ctx: AppContext,
  actor: Actor,
  sheet: store.SheetRow,
  validRowsOnly: boolean,
): Promise<void> {
  await ctx.db
    .transaction()
    .execute((tx) =>
      ctx.jobs.enqueue(
        tx,
        IMPORT_COMMIT_JOB,
        { id: sheet.id, validRowsOnly, actor: actorPayload(actor) },
        { singletonKey: sheet.id },
      ),
    );
  const owner = { providerId: sheet.providerId, customerId: sheet.customerId, fileName: sheet.fileName };
  reportProgress(sheet.id, owner, { phase: 'committing', processed: 0, total: sheet.validCount });
}

export async function runCommitJob(ctx: AppContext, payload: JobPayload): Promise<void> {
  try {
    await commitSheet(
      ctx,
      actorOfPayload(payload.actor),
      String(payload.id),
      { validRowsOnly: payload.validRowsOnly === true },
      { inline: true },
    );
  } catch (error) {
    // Refused (the sheet now shows the new errors), or committed by an earlier run: nothing to retry.
    const refusal = appErrorOf(error);
    if (refusal) {
      ctx.logger.info(
        { sheet: payload.id, problem: refusal.slug },
        'import commit job ended without a commit',
      );
      return;
    }
    throw error;
  }
}
