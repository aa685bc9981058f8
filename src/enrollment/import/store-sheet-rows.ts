/**
 * The rows of a stored sheet, one database row each (migration 0015, decision 0014): written 1,000
 * per INSERT and read a page at a time, so no statement, JSON text or parse holds a whole sheet of
 * 100,000 rows. Queries in plain SQL: the table is the import's own and typed here.
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { RowInput } from './rules.ts';

/** Rows per INSERT and per page read. */
export const ROWS_PAGE = 1_000;

export async function insertSheetRows(
  ex: Executor,
  sheetId: string,
  rows: readonly RowInput[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into import_sheet_rows (sheet_id, sheet_row, input)
    select ${sheetId}::uuid, x.row, x.values
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(row integer, "values" jsonb)
  `.execute(ex);
}

/** Up to `limit` rows of the sheet after sheet row `after`, in sheet order. */
export async function sheetRowsAfter(
  ex: Executor,
  sheetId: string,
  after: number,
  limit: number,
): Promise<RowInput[]> {
  const result = await sql<{ sheet_row: number; input: RowInput['values'] }>`
    select sheet_row, input from import_sheet_rows
    where sheet_id = ${sheetId} and sheet_row > ${after}
    order by sheet_row limit ${limit}
  `.execute(ex);
  return result.rows.map((r) => ({ row: r.sheet_row, values: r.input }));
}

/** Every row of the sheet, page by page in sheet order. */
export async function* sheetRowPages(ex: Executor, sheetId: string): AsyncGenerator<RowInput[]> {
  let after = 0;
  for (;;) {
    const page = await sheetRowsAfter(ex, sheetId, after, ROWS_PAGE);
    if (page.length > 0) yield page;
    if (page.length < ROWS_PAGE) return;
    after = page[page.length - 1]?.row ?? after;
  }
}

/** Per session code the sheet names: how many of its rows do. */
export async function rowsPerSession(ex: Executor, sheetId: string): Promise<Map<string, number>> {
  const result = await sql<{ code: string | null; rows: number }>`
    select input ->> 'sessionCode' as code, count(*)::integer as rows from import_sheet_rows
    where sheet_id = ${sheetId} group by 1 order by min(sheet_row)
  `.execute(ex);
  return new Map(result.rows.map((r) => [r.code ?? '', r.rows]));
}

/** Drops the given rows of the sheet (every row when `rows` is left out); how many went. */
export async function deleteSheetRows(
  ex: Executor,
  sheetId: string,
  rows?: readonly number[],
): Promise<number> {
  const result = rows
    ? await sql`delete from import_sheet_rows where sheet_id = ${sheetId} and sheet_row = any(${[...rows]}::integer[])`.execute(
        ex,
      )
    : await sql`delete from import_sheet_rows where sheet_id = ${sheetId}`.execute(ex);
  return Number(result.numAffectedRows ?? 0);
}
