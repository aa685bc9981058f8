/**
 * A large file is read and checked by a job (issue 12, item 2): reading and checking 100,000 rows
 * takes tens of seconds, too long for one HTTP request. The upload stores the file and enqueues the
 * job in one transaction and answers 202 at once with the sheet 'validating'; the job runs the same
 * check (upload.ts, checkSheet) on the stored file, which stores the sheet under the same id; GET
 * /imports/:id shows the progress, then the sheet, or why the file could not be read ('failed').
 */
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflictOnUnique } from '../../platform/db/unique-violation.ts';
import { appErrorOf } from '../../platform/errors.ts';
import type { JobPayload } from '../../platform/jobs/model.ts';
import { now, uploaderOf } from './access.ts';
import { actorOfPayload, actorPayload } from './job-actor.ts';
import type { ImportFormat, SheetView } from './model.ts';
import * as store from './store.ts';
import { checkSheet, idTaken } from './upload.ts';
import { pendingView } from './view.ts';

export const IMPORT_UPLOAD_JOB = 'enrollment.import-upload';

/** A file larger than this (decoded) is read by a job: a CSV of about 10,000 rows, an XLSX of 30,000. */
export const ASYNC_UPLOAD_BYTES = 1_000_000;

export function isLargeUpload(contentBase64: string): boolean {
  return (contentBase64.length * 3) / 4 > ASYNC_UPLOAD_BYTES;
}

export interface QueuedUpload {
  id: string;
  fileName: string;
  format: ImportFormat;
  contentBase64: string;
  mapping: Record<string, string> | undefined;
}

/** Stores the file and enqueues its job in one transaction; the sheet as it stands: 'validating'. */
export async function queueUpload(ctx: AppContext, actor: Actor, upload: QueuedUpload): Promise<SheetView> {
  const { providerId, uploader } = uploaderOf(actor);
  const createdAt = now(ctx);
  // Another upload under this id, in any process: the primary key decides (issue 12, item 11).
  await conflictOnUnique(
    () =>
      ctx.db.transaction().execute(async (tx) => {
        await store.insertUpload(tx, {
          id: upload.id,
          providerId,
          customerId: uploader.kind === 'customer' ? uploader.customerId : null,
          uploadedBy: actor.userId,
          fileName: upload.fileName,
          format: upload.format,
          mapping: upload.mapping ?? null,
          content: Buffer.from(upload.contentBase64, 'base64'),
          createdAt,
        });
        await ctx.jobs.enqueue(tx, IMPORT_UPLOAD_JOB, { id: upload.id, actor: actorPayload(actor) });
      }),
    { import_uploads_pkey: idTaken },
  );
  return pendingView({ ...upload, createdAt }, { phase: 'reading', processed: 0, total: 0 });
}

/** The job: reads and checks the stored file as the upload request would have, then drops the file. */
export async function runUploadJob(ctx: AppContext, payload: JobPayload): Promise<void> {
  const id = String(payload.id);
  // Run before and stopped after storing the sheet: the sheet is there; only the file is left.
  if (await store.findSheet(ctx.db, id)) return store.deleteUpload(ctx.db, id);
  const state = await store.findUploadState(ctx.db, id);
  const upload = await store.startReading(ctx.db, id);
  if (!state || !upload) return;
  try {
    const file = { id, fileName: state.fileName, format: state.format, mapping: upload.mapping ?? undefined };
    await checkSheet(ctx, actorOfPayload(payload.actor), file, upload.content);
    await store.deleteUpload(ctx.db, id);
  } catch (error) {
    // What the request would have answered (a 4xx) is what GET now shows; anything else is retried.
    const refusal = appErrorOf(error);
    if (!refusal) throw error;
    await store.failUpload(ctx.db, id, {
      title: refusal.title,
      detail: refusal.message,
      errors: refusal.errors,
    });
  }
}
