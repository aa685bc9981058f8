/** The stored import sheets: their rows, errors and status (migration 0007). */
import type { Executor, Tx } from '../../platform/db/database.ts';
import type { ImportErrorJson } from '../model.ts';
import type { RowInput } from './rules.ts';

/** A sheet as the upload stores it: its mapping, errors and the rows that passed. */
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
  rows: RowInput[];
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
      rows: JSON.stringify(s.rows),
      created_at: s.createdAt,
    })
    .execute();
}

export async function findSheet(ex: Executor, id: string, forUpdate = false): Promise<SheetRow | undefined> {
  let q = ex.selectFrom('import_sheets').selectAll().where('id', '=', id);
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
    rows: r.rows as RowInput[],
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
export async function discardSheet(ex: Executor, id: string): Promise<boolean> {
  const row = await ex
    .updateTable('import_sheets')
    .set({ status: 'discarded', rows: '[]', errors: '[]', valid_count: 0 })
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The errors found when the commit validated again; the rows that still pass stay as they are. */
export async function replaceErrors(
  ex: Executor,
  id: string,
  errors: ImportErrorJson[],
  rows: RowInput[],
): Promise<void> {
  await ex
    .updateTable('import_sheets')
    .set({ errors: JSON.stringify(errors), rows: JSON.stringify(rows), valid_count: rows.length })
    .where('id', '=', id)
    .where('status', '=', 'validated')
    .execute();
}
