/**
 * Upload and validate (docs/decisions/0006-import-sheets.md): read the file, propose (or take) a
 * column mapping, validate every row, and store the sheet with its errors and its valid rows.
 */
import { randomUUID } from 'node:crypto';
import { type Actor, parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflictOnUnique, FieldConflictError } from '../../platform/db/unique-violation.ts';
import { ValidationError } from '../../platform/errors.ts';
import { now, uploaderOf } from './access.ts';
import { loadFacts, seatsLeft } from './facts.ts';
import { type SheetView, uploadSheetSchema } from './model.ts';
import { claimProgress, forgetProgress, reportProgress } from './progress.ts';
import { formatOf, readSheet } from './read-file.ts';
import {
  type ImportMapping,
  MAX_IMPORT_ROWS,
  mappingErrors,
  proposeMapping,
  rowInputs,
  type ValidationResult,
  validateRows,
} from './rules.ts';
import * as store from './store.ts';
import { isLargeUpload, queueUpload } from './upload-job.ts';
import { customerNames, view } from './view.ts';

/**
 * Reads the file, proposes (or takes) a column mapping, validates every row and stores the sheet
 * with its errors and its valid rows. Nothing else is written: enrolling waits for the commit.
 */
export async function uploadSheet(
  ctx: AppContext,
  actor: Actor,
  input: unknown,
  /** inline: read and check here, whatever the size (the job of upload-job.ts calls it so). */
  options: { inline?: boolean } = {},
): Promise<SheetView> {
  const body = parseInput(uploadSheetSchema, input);
  const { providerId, uploader } = uploaderOf(actor);
  const format = formatOf(body.fileName, body.format);
  const id = body.id ?? randomUUID();
  if (body.id && (await store.findSheet(ctx.db, body.id))) throw idTaken();
  // Issue 12, item 2: a large file is read and checked by a job; this request answers at once.
  if (!options.inline && isLargeUpload(body.contentBase64)) {
    return queueUpload(ctx, actor, { ...body, id, format, mapping: body.mapping });
  }
  const owner = {
    providerId,
    customerId: uploader.kind === 'customer' ? uploader.customerId : null,
    fileName: body.fileName,
  };
  // Claimed before any work, so a parallel upload with this id neither runs nor overwrites the
  // progress of this one (issue 12, item 11).
  if (!claimProgress(id, owner, { phase: 'reading', processed: 0, total: 0 })) throw idTaken();
  try {
    const records = await readSheet(format, Buffer.from(body.contentBase64, 'base64'));
    const header = records[0];
    if (header?.row !== 1) {
      throw new ValidationError(
        [{ path: 'row 1', message: 'the first row must hold the column headings' }],
        'The sheet is empty or has no heading row; nothing was stored.',
      );
    }
    const headings = header.fields.map((h) => h.trim());
    const data = records.slice(1);
    if (data.length === 0) {
      throw new ValidationError(
        [{ path: 'row 2', message: 'the sheet has headings but no rows' }],
        'The sheet has no rows; nothing was stored.',
      );
    }
    if (data.length > MAX_IMPORT_ROWS) {
      throw new ValidationError(
        [
          {
            path: 'contentBase64',
            message: `the sheet has ${data.length} rows; at most ${MAX_IMPORT_ROWS} per sheet`,
          },
        ],
        'The sheet is too large; nothing was stored.',
      );
    }
    const mapping: ImportMapping = body.mapping ?? proposeMapping(headings);
    reportProgress(id, owner, { phase: 'validating', processed: 0, total: data.length });
    const sheetErrors = mappingErrors(headings, mapping);
    const inputs = rowInputs(headings, data, mapping);
    let result: ValidationResult;
    let left: Map<string, number> | undefined;
    if (sheetErrors.length > 0) {
      // Without a column for a required field no row can be read; the mapping must be fixed first.
      result = { errors: sheetErrors, valid: [], inputs: [] };
    } else {
      const facts = await loadFacts(ctx.db, providerId, inputs);
      result = validateRows(inputs, mapping, facts, uploader, now(ctx));
      left = seatsLeft(facts);
    }
    reportProgress(id, owner, { phase: 'storing', processed: data.length, total: data.length });
    const stored: store.NewSheet = {
      id,
      providerId,
      customerId: owner.customerId,
      uploadedBy: actor.userId,
      fileName: body.fileName,
      format,
      mapping,
      rowCount: data.length,
      validCount: result.valid.length,
      errors: result.errors,
      rows: result.inputs,
      createdAt: now(ctx),
    };
    // Another process may have stored a sheet under this id meanwhile: its primary key decides.
    await conflictOnUnique(() => store.insertSheet(ctx.db, stored), { import_sheets_pkey: idTaken });
    reportProgress(id, owner, { phase: 'done', processed: data.length, total: data.length });
    const sheet: store.SheetRow = { ...stored, status: 'validated', committedAt: null };
    return view(sheet, headings, result.valid, await customerNames(ctx.db, providerId), left);
  } catch (error) {
    if (error instanceof FieldConflictError) forgetProgress(providerId, id);
    else reportProgress(id, owner, { phase: 'failed', processed: 0, total: 0 });
    throw error;
  }
}

export function idTaken(): FieldConflictError {
  return new FieldConflictError(
    'import-id-taken',
    'Import id in use',
    'id',
    'an upload with this id exists or is running; choose a new id (a new UUID) for a new upload',
  );
}
