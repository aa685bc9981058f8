/**
 * Upload and validate (docs/decisions/0006-import-sheets.md): read the file, propose (or take) a
 * column mapping, validate every row, and store the sheet with its errors and its valid rows. The
 * rows are turned into inputs and checked in slices, and stored 1,000 per statement (decision 0014).
 */
import { randomUUID } from 'node:crypto';
import { type Actor, parseInput } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflictOnUnique, FieldConflictError } from '../../platform/db/unique-violation.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { ImportErrorJson } from '../model.ts';
import { now, uploaderOf } from './access.ts';
import { loadFacts, seatsLeft } from './facts.ts';
import type { ImportFormat, SheetView } from './model.ts';
import { uploadSheetSchema } from './model.ts';
import { claimProgress, forgetProgress, reportProgress } from './progress.ts';
import { formatOf, readSheet } from './read-file.ts';
import { rowValidator, sortedByRow } from './row-validator.ts';
import {
  type ImportMapping,
  inputColumns,
  MAX_IMPORT_ROWS,
  mappingErrors,
  proposeMapping,
  type RowInput,
  rowInput,
  type ValidRow,
} from './rules.ts';
import { forEachInSlices } from './slices.ts';
import * as store from './store.ts';
import { isLargeUpload, queueUpload } from './upload-job.ts';
import { customerNames, PREVIEW_ROWS, view } from './view.ts';

/**
 * Reads the file, proposes (or takes) a column mapping, validates every row and stores the sheet
 * with its errors and its valid rows. Nothing else is written: enrolling waits for the commit. A
 * large file is stored and read by a job (upload-job.ts): the answer is then the sheet 'validating'.
 */
export async function uploadSheet(ctx: AppContext, actor: Actor, input: unknown): Promise<SheetView> {
  const body = parseInput(uploadSheetSchema, input);
  uploaderOf(actor);
  const format = formatOf(body.fileName, body.format);
  const id = body.id ?? randomUUID();
  if (body.id && (await store.findSheet(ctx.db, body.id))) throw idTaken();
  // Issue 12, item 2: a large file is read and checked by a job; this request answers at once.
  if (isLargeUpload(body.contentBase64)) {
    return queueUpload(ctx, actor, { ...body, id, format, mapping: body.mapping });
  }
  const file = { id, fileName: body.fileName, format, mapping: body.mapping };
  return checkSheet(ctx, actor, file, Buffer.from(body.contentBase64, 'base64'));
}

export interface SheetFile {
  id: string;
  fileName: string;
  format: ImportFormat;
  mapping: Record<string, string> | undefined;
}

/** Reads and checks the file and stores the sheet under its id (the request, or the upload's job). */
export async function checkSheet(
  ctx: AppContext,
  actor: Actor,
  file: SheetFile,
  bytes: Buffer,
): Promise<SheetView> {
  const { providerId, uploader } = uploaderOf(actor);
  const id = file.id;
  const owner = {
    providerId,
    customerId: uploader.kind === 'customer' ? uploader.customerId : null,
    fileName: file.fileName,
  };
  // Claimed before any work, so a parallel upload with this id neither runs nor overwrites the
  // progress of this one (issue 12, item 11).
  if (!claimProgress(id, owner, { phase: 'reading', processed: 0, total: 0 })) throw idTaken();
  try {
    const { headings, mapping, inputs } = await readInputs(file.format, bytes, file.mapping as ImportMapping);
    const total = inputs.length;
    reportProgress(id, owner, { phase: 'validating', processed: 0, total });
    let errors: ImportErrorJson[] = mappingErrors(headings, mapping);
    const validInputs: RowInput[] = [];
    const preview: ValidRow[] = [];
    const perSession = new Map<string, number>();
    let left: Map<string, number> | undefined;
    // Without a column for a required field no row can be read; the mapping must be fixed first.
    if (errors.length === 0) {
      const facts = await loadFacts(ctx.db, providerId, inputs);
      const validator = rowValidator(mapping, facts, uploader, now(ctx));
      await forEachInSlices(
        inputs,
        (input) => {
          const row = validator.check(input);
          if (!row) return;
          validInputs.push(input);
          if (preview.length < PREVIEW_ROWS) preview.push(row);
          perSession.set(row.sessionCode, (perSession.get(row.sessionCode) ?? 0) + 1);
        },
        (processed) => reportProgress(id, owner, { phase: 'validating', processed, total }),
      );
      errors = sortedByRow(validator.errors);
      left = seatsLeft(facts);
    }
    const stored: store.NewSheet = {
      id,
      providerId,
      customerId: owner.customerId,
      uploadedBy: actor.userId,
      fileName: file.fileName,
      format: file.format,
      mapping,
      rowCount: total,
      validCount: validInputs.length,
      errors,
      createdAt: now(ctx),
    };
    const storing = validInputs.length;
    reportProgress(id, owner, { phase: 'storing', processed: 0, total: storing });
    // The sheet and its rows in one transaction: nobody sees a sheet with part of its rows.
    // Another process may have stored a sheet under this id meanwhile: its primary key decides.
    await conflictOnUnique(
      () =>
        ctx.db.transaction().execute(async (tx) => {
          await store.insertSheet(tx, stored);
          for (let i = 0; i < storing; i += store.ROWS_PAGE) {
            await store.insertSheetRows(tx, id, validInputs.slice(i, i + store.ROWS_PAGE));
            const processed = Math.min(storing, i + store.ROWS_PAGE);
            reportProgress(id, owner, { phase: 'storing', processed, total: storing });
          }
        }),
      { import_sheets_pkey: idTaken },
    );
    reportProgress(id, owner, { phase: 'done', processed: total, total });
    const sheet: store.SheetRow = { ...stored, status: 'validated', committedAt: null };
    return view(sheet, headings, preview, await customerNames(ctx.db, providerId), perSession, left);
  } catch (error) {
    if (error instanceof FieldConflictError) forgetProgress(providerId, id);
    else reportProgress(id, owner, { phase: 'failed', processed: 0, total: 0 });
    throw error;
  }
}

/** The file's headings, the mapping to use, and its data rows as inputs (made in slices). */
async function readInputs(
  format: ImportFormat,
  bytes: Buffer,
  chosen: ImportMapping | undefined,
): Promise<{ headings: string[]; mapping: ImportMapping; inputs: RowInput[] }> {
  const records = await readSheet(format, bytes);
  const header = records[0];
  if (header?.row !== 1) {
    throw new ValidationError(
      [{ path: 'row 1', message: 'the first row must hold the column headings' }],
      'The sheet is empty or has no heading row; nothing was stored.',
    );
  }
  const rows = records.length - 1;
  if (rows === 0) {
    throw new ValidationError(
      [{ path: 'row 2', message: 'the sheet has headings but no rows' }],
      'The sheet has no rows; nothing was stored.',
    );
  }
  if (rows > MAX_IMPORT_ROWS) {
    throw new ValidationError(
      [
        {
          path: 'contentBase64',
          message: `the sheet has ${rows} rows; at most ${MAX_IMPORT_ROWS} per sheet`,
        },
      ],
      'The sheet is too large; nothing was stored.',
    );
  }
  const headings = header.fields.map((h) => h.trim());
  const mapping = chosen ?? proposeMapping(headings);
  const columns = inputColumns(headings, mapping);
  const inputs: RowInput[] = [];
  await forEachInSlices(records.slice(1), (record) => inputs.push(rowInput(columns, record)));
  return { headings, mapping, inputs };
}

export function idTaken(): FieldConflictError {
  return new FieldConflictError(
    'import-id-taken',
    'Import id in use',
    'id',
    'an upload with this id exists or is running; choose a new id (a new UUID) for a new upload',
  );
}
