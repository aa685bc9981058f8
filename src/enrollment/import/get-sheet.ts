/**
 * A sheet with its preview and, while its validation or commit runs in this process, its progress
 * (docs/decisions/0006-import-sheets.md, "Progress"): the wizard polls this under the id it chose.
 */
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { canSeeSheet, now, sheetUploader } from './access.ts';
import { loadFacts, seatsLeftOf, withoutSeatsOrLive } from './facts.ts';
import type { SheetView } from './model.ts';
import { progressOf } from './progress.ts';
import { validateRows } from './row-validator.ts';
import type { ImportMapping, ValidRow } from './rules.ts';
import * as store from './store.ts';
import { customerNames, PREVIEW_ROWS, pendingView, view } from './view.ts';

export async function getSheet(ctx: AppContext, actor: Actor, id: string): Promise<SheetView> {
  const sheet = await store.findSheet(ctx.db, id);
  if (!sheet) {
    // A large file read by a job (upload-job.ts), perhaps in another process: queued, or failed.
    const upload = await store.findUploadState(ctx.db, id);
    if (upload?.failure && canSeeSheet(actor, upload)) return pendingView(upload, null, upload.failure);
    const running = progressOf(actor.providerId, id);
    if (running && canSeeSheet(actor, running)) {
      const format = running.fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      const progress = { phase: running.phase, processed: running.processed, total: running.total };
      return pendingView({ id, fileName: running.fileName, format, createdAt: null }, progress);
    }
    if (upload && canSeeSheet(actor, upload)) {
      return pendingView(upload, { phase: 'reading', processed: 0, total: 0 });
    }
    throw new NotFoundError('Import sheet');
  }
  if (!canSeeSheet(actor, sheet)) throw new NotFoundError('Import sheet');
  // Counted and read by the database, never the whole sheet here (decision 0014): the rows per
  // session, and the first rows for the preview, checked as they stand now.
  const perSession = await store.rowsPerSession(ctx.db, sheet.id);
  let valid: ValidRow[] = [];
  if (sheet.status === 'validated') {
    const first = await store.sheetRowsAfter(ctx.db, sheet.id, 0, PREVIEW_ROWS);
    const facts = await loadFacts(ctx.db, sheet.providerId, first);
    const mapping = sheet.mapping as ImportMapping;
    valid = validateRows(first, mapping, withoutSeatsOrLive(facts), sheetUploader(sheet), now(ctx)).valid;
  }
  return view(
    sheet,
    Object.keys(sheet.mapping),
    valid,
    await customerNames(ctx.db, sheet.providerId),
    perSession,
    await seatsLeftOf(ctx.db, sheet.providerId, [...perSession.keys()]),
  );
}
