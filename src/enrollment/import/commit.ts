/**
 * Commit (docs/decisions/0006-import-sheets.md, "Errors and the commit"): a sheet with errors is
 * refused unless the user confirms the valid rows; those are committed in ONE transaction, validated
 * again inside it; any difference refuses the whole commit and the sheet shows the new errors.
 */
import { type Actor, parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, ConflictError } from '../../platform/errors.ts';
import type { ImportErrorJson } from '../model.ts';
import { now, sheetUploader, uploaderOf, visibleSheet } from './access.ts';
import { ASYNC_COMMIT_ROWS, queueCommit } from './commit-job.ts';
import { commitInTransaction, Refused } from './commit-transaction.ts';
import { type CommitResult, commitSheetSchema, type SheetView } from './model.ts';
import { reportProgress } from './progress.ts';
import { sortedByRow } from './row-validator.ts';
import * as store from './store.ts';
import { checkStoredRows } from './stored-rows.ts';
import { ERRORS_SHOWN, view } from './view.ts';

/** The sheet no longer validates as it did: refused, with the errors found now. */
export class ImportChangedError extends AppError {
  constructor(errors: { row: number; column: string | null; message: string }[]) {
    super(
      409,
      'import-changed',
      'The sheet no longer validates',
      'Something changed since the preview (for example a session filled up); nothing was enrolled. Review the new errors.',
      errors
        .slice(0, ERRORS_SHOWN)
        .map((e) => ({ path: `row ${e.row}${e.column ? `, column ${e.column}` : ''}`, message: e.message })),
    );
  }
}

/**
 * Commits the sheet's valid rows in ONE transaction, validating them again inside it against what
 * the database holds now; any difference refuses the whole commit with the new errors.
 */
export async function commitSheet(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: unknown,
  /** inline: commit here, whatever the size (the job of commit-job.ts calls it so). */
  options: { inline?: boolean } = {},
): Promise<CommitResult | SheetView> {
  const { validRowsOnly } = parseInput(commitSheetSchema, input ?? {});
  // Only provider staff and customer admins commit: 403 before anything is read, as at upload.
  uploaderOf(actor);
  const sheet = await visibleSheet(ctx, actor, id);
  if (sheet.status !== 'validated') {
    throw new ConflictError(
      'import-not-open',
      'Sheet already handled',
      `This sheet is ${sheet.status}; upload it again to import it anew.`,
    );
  }
  if (sheet.errors.length > 0 && !validRowsOnly) {
    throw new ConflictError(
      'import-has-errors',
      'The sheet has errors',
      `${sheet.errors.length} error(s) in the sheet: fix them and upload again, or confirm to commit the ${sheet.validCount} valid row(s) only.`,
    );
  }
  if (sheet.validCount === 0)
    throw new ConflictError('import-nothing-valid', 'No valid rows', 'The sheet has no valid row to commit.');
  if (!options.inline && sheet.validCount > ASYNC_COMMIT_ROWS) {
    await queueCommit(ctx, actor, sheet, validRowsOnly);
    return view(sheet, Object.keys(sheet.mapping), null, new Map(), await store.rowsPerSession(ctx.db, id));
  }
  // A customer admin may only see their own company's sheet, so a sheet without a company is staff's.
  const uploader = sheetUploader(sheet);
  const owner = { providerId: sheet.providerId, customerId: sheet.customerId, fileName: sheet.fileName };
  const total = sheet.validCount;
  reportProgress(id, owner, { phase: 'committing', processed: 0, total });
  const at = now(ctx);
  try {
    const result = await ctx.db
      .transaction()
      .execute((tx) =>
        commitInTransaction(ctx, tx, actor, sheet, uploader, at, (processed) =>
          reportProgress(id, owner, { phase: 'committing', processed, total }),
        ),
      );
    reportProgress(id, owner, { phase: 'done', processed: total, total });
    return { ...result, skippedRows: sheet.rowCount - result.enrolled };
  } catch (error) {
    reportProgress(id, owner, { phase: 'failed', processed: 0, total });
    if (error instanceof Refused) {
      // Rolled back; the sheet now shows what is wrong, so the user sees the same errors in the preview.
      return refuseWith(ctx, sheet, error.errors, error.refusedRows);
    }
    if (uniqueViolation(error)) {
      // Someone enrolled one of these people, or made an account with one of these addresses, after
      // the check inside the transaction: nothing was written; what the check finds now is shown.
      const found = await checkStoredRows(ctx.db, sheet, uploader, at);
      if (found.errors.length > 0) return refuseWith(ctx, sheet, found.errors, found.refusedRows);
      throw new ConflictError(
        'import-changed',
        'The sheet no longer validates',
        'Someone changed the same enrollments or accounts at the same moment; nothing was enrolled. Commit again.',
      );
    }
    throw error;
  }
}

/** Stores the new errors beside the sheet's own (in row order) and drops the rows they refuse; refuses. */
async function refuseWith(
  ctx: AppContext,
  sheet: store.SheetRow,
  errors: ImportErrorJson[],
  refusedRows: readonly number[],
): Promise<never> {
  const all = sortedByRow([...sheet.errors, ...errors]);
  await ctx.db.transaction().execute((tx) => store.replaceErrors(tx, sheet.id, all, refusedRows));
  throw new ImportChangedError(errors);
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
