/**
 * The stored import sheets: their errors and status (migration 0007); their rows are a table of
 * their own (store-sheet-rows.ts, migration 0015), so the column import_sheets.rows stays empty.
 */
import type { Executor, Tx } from '../../platform/db/database.ts';
import type { ImportErrorJson } from '../model.ts';
import { deleteSheetRows } from './store-sheet-rows.ts';

/** A sheet as the upload stores it: its mapping and errors (the rows that passed go beside it). */
export interface NewSheet {
  id: string;
  providerId: string;
  customerId: string | null;
  uploadedBy: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  mapping: Record<string, string>;
  rowCount: number;
  validCount: number;
  errors: ImportErrorJson[];
  createdAt: Date;
}

/** A stored sheet: what the upload stored, and where it stands now. */
export interface SheetRow extends NewSheet {
  status: 'validated' | 'committed' | 'discarded';
  committedAt: Date | null;
}

export async function insertSheet(ex: Executor, s: NewSheet): Promise<void> {
  await ex
    .insertInto('import_sheets')
    .values({
      id: s.id,
      provider_id: s.providerId,
      customer_id: s.customerId,
      uploaded_by: s.uploadedBy,
      file_name: s.fileName,
      format: s.format,
      mapping: JSON.stringify(s.mapping),
      row_count: s.rowCount,
      valid_count: s.validCount,
      errors: JSON.stringify(s.errors),
      // The rows go to import_sheet_rows (migration 0015); this column stays empty.
      rows: '[]',
      created_at: s.createdAt,
    })
    .execute();
}

export async function findSheet(ex: Executor, id: string, forUpdate = false): Promise<SheetRow | undefined> {
  let q = ex
    .selectFrom('import_sheets')
    .select([
      'id',
      'provider_id',
      'customer_id',
      'uploaded_by',
      'file_name',
      'format',
      'status',
      'mapping',
      'row_count',
      'valid_count',
      'errors',
      'created_at',
      'committed_at',
    ])
    .where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    providerId: r.provider_id,
    customerId: r.customer_id,
    uploadedBy: r.uploaded_by,
    fileName: r.file_name,
    format: r.format,
    status: r.status,
    mapping: r.mapping,
    rowCount: r.row_count,
    validCount: r.valid_count,
    errors: r.errors,
    createdAt: r.created_at,
    committedAt: r.committed_at,
  };
}

export async function markCommitted(tx: Tx, id: string, at: Date): Promise<void> {
  await tx
    .updateTable('import_sheets')
    .set({ status: 'committed', committed_at: at })
    .where('id', '=', id)
    .execute();
}

/** Discards a sheet not yet committed, dropping the people's data it holds; false when it was not open. */
export async function discardSheet(tx: Tx, id: string): Promise<boolean> {
  const row = await tx
    .updateTable('import_sheets')
    .set({ status: 'discarded', errors: '[]', valid_count: 0 })
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .returning('id')
    .executeTakeFirst();
  if (row) await deleteSheetRows(tx, id);
  return row !== undefined;
}

/**
 * The errors found when the commit validated again, and the rows they refused dropped: the rows
 * that still pass stay as they are.
 */
export async function replaceErrors(
  tx: Tx,
  id: string,
  errors: ImportErrorJson[],
  refusedRows: readonly number[],
): Promise<void> {
  const open = await tx
    .selectFrom('import_sheets')
    .select('id')
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .forUpdate()
    .executeTakeFirst();
  if (!open) return;
  const dropped = await deleteSheetRows(tx, id, refusedRows);
  await tx
    .updateTable('import_sheets')
    .set((eb) => ({ errors: JSON.stringify(errors), valid_count: eb('valid_count', '-', dropped) }))
    .where('id', '=', id)
    .execute();
}
