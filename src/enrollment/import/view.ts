/** A sheet as the wizard shows it: mapping, errors with row and column, a preview, seats per session. */
import type { Executor } from '../../platform/db/database.ts';
import { FIELD_INFO, IMPORT_FIELDS } from './fields.ts';
import type { ImportProgress, PreviewRow, SheetView } from './model.ts';
import { progressOf } from './progress.ts';
import { displayName } from './row-validator.ts';
import type { ValidRow } from './rules.ts';
import * as store from './store.ts';

/** Errors answered at the most; the sheet keeps them all. */
export const ERRORS_SHOWN = 1_000;
/** Valid rows shown as they will be enrolled. */
export const PREVIEW_ROWS = 20;

export async function customerNames(ex: Executor, providerId: string): Promise<Map<string, string>> {
  return new Map((await store.customersOfProvider(ex, providerId)).map((c) => [c.id, c.name]));
}

export function view(
  sheet: store.SheetRow,
  headings: readonly string[],
  valid: readonly ValidRow[] | null,
  companies: Map<string, string>,
  /** Per session code, in the order the sheet names them: its valid rows. */
  perSession: ReadonlyMap<string, number>,
  sessionsLeft?: Map<string, number>,
): SheetView {
  const preview: PreviewRow[] = (valid ?? []).slice(0, PREVIEW_ROWS).map((r) => ({
    row: r.row,
    sessionCode: r.sessionCode,
    name: displayName(r),
    email: r.email,
    company: companies.get(r.customerId) ?? '',
    purchaseOrderRef: r.purchaseOrderRef,
    newLearner: r.learnerId === null,
  }));
  return {
    id: sheet.id,
    fileName: sheet.fileName,
    format: sheet.format,
    status: sheet.status,
    headings: [...headings],
    mapping: sheet.mapping,
    fields: IMPORT_FIELDS.map((f) => ({
      field: f,
      nl: FIELD_INFO[f].nl,
      en: FIELD_INFO[f].en,
      required: FIELD_INFO[f].required,
    })),
    rowCount: sheet.rowCount,
    validCount: sheet.validCount,
    errorCount: sheet.errors.length,
    errors: sheet.errors.slice(0, ERRORS_SHOWN),
    preview,
    sessions: [...perSession].map(([code, rows]) => ({
      code,
      rows,
      seatsLeft: sessionsLeft?.get(code) ?? null,
    })),
    createdAt: sheet.createdAt.toISOString(),
    committedAt: sheet.committedAt?.toISOString() ?? null,
    progress: progressOf(sheet.providerId, sheet.id) ?? null,
    failure: null,
  };
}

/**
 * A sheet not stored yet: its file is being read and checked (by a job for a large file), or that
 * failed. Only the id, the file and how far it is are known.
 */
export function pendingView(
  p: { id: string; fileName: string; format: 'csv' | 'xlsx'; createdAt: Date | null },
  progress: ImportProgress | null,
  failure: SheetView['failure'] = null,
): SheetView {
  return {
    id: p.id,
    fileName: p.fileName,
    format: p.format,
    status: failure ? 'failed' : 'validating',
    headings: [],
    mapping: {},
    fields: [],
    rowCount: progress?.total ?? 0,
    validCount: 0,
    errorCount: 0,
    errors: [],
    preview: [],
    sessions: [],
    createdAt: p.createdAt?.toISOString() ?? null,
    committedAt: null,
    progress,
    failure,
  };
}
