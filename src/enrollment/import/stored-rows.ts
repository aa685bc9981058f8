/**
 * A stored sheet's rows checked again (the commit, inside its transaction; decision 0006): read a
 * page at a time, validated in slices (decision 0014), so a sheet of 100,000 rows is never one value
 * to parse or one loop that holds the event loop.
 */
import type { Executor } from '../../platform/db/database.ts';
import type { ImportErrorJson } from '../model.ts';
import { loadFacts } from './facts.ts';
import { rowValidator, sortedByRow } from './row-validator.ts';
import type { ImportMapping, RowInput, Uploader, ValidRow } from './rules.ts';
import { forEachInSlices } from './slices.ts';
import * as store from './store.ts';

export interface StoredCheck {
  /** The errors found now, in row order. */
  errors: ImportErrorJson[];
  /** The rows that pass, as the commit enrolls them. */
  valid: ValidRow[];
  /** The sheet rows that no longer pass. */
  refusedRows: number[];
}

export async function checkStoredRows(
  ex: Executor,
  sheet: { id: string; providerId: string; mapping: Record<string, string> },
  uploader: Uploader,
  at: Date,
): Promise<StoredCheck> {
  const inputs: RowInput[] = [];
  for await (const page of store.sheetRowPages(ex, sheet.id)) for (const input of page) inputs.push(input);
  const facts = await loadFacts(ex, sheet.providerId, inputs);
  const validator = rowValidator(sheet.mapping as ImportMapping, facts, uploader, at);
  const valid: ValidRow[] = [];
  const refusedRows: number[] = [];
  await forEachInSlices(inputs, (input) => {
    const row = validator.check(input);
    if (row) valid.push(row);
    else refusedRows.push(input.row);
  });
  return { errors: sortedByRow(validator.errors), valid, refusedRows };
}
