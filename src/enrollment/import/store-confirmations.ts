/** The reads and the counter of the confirmation mails job after a commit (migration 0011). */
import type { Executor, Tx } from '../../platform/db/database.ts';

/** The number of the sheet's enrollments already mailed, with the sheet locked for this chunk. */
export async function lockConfirmationCounter(tx: Tx, sheetId: string): Promise<number | undefined> {
  const row = await tx
    .selectFrom('import_sheets')
    .select('confirmations_queued')
    .where('id', '=', sheetId)
    .where('status', '=', 'committed')
    .forUpdate()
    .executeTakeFirst();
  return row?.confirmations_queued;
}

export async function setConfirmationCounter(tx: Tx, sheetId: string, n: number): Promise<void> {
  await tx.updateTable('import_sheets').set({ confirmations_queued: n }).where('id', '=', sheetId).execute();
}

export interface SheetEnrollment {
  id: string;
  sessionId: string;
  status: string;
  termsKey: string;
  termsVersion: string;
  learner: { name: string; email: string; locale: 'nl' | 'en' };
}

/** The sheet's enrollments in id order, from the `offset`-th on. */
export async function sheetEnrollments(
  ex: Executor,
  sheetId: string,
  offset: number,
  limit: number,
): Promise<SheetEnrollment[]> {
  const rows = await ex
    .selectFrom('enrollments as e')
    .innerJoin('users as u', 'u.id', 'e.learner_id')
    .select([
      'e.id',
      'e.session_id',
      'e.status',
      'e.terms_key',
      'e.terms_version',
      'u.name',
      'u.email',
      'u.locale',
    ])
    .where('e.import_sheet_id', '=', sheetId)
    .orderBy('e.id')
    .offset(offset)
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    status: r.status,
    termsKey: r.terms_key,
    termsVersion: r.terms_version,
    learner: { name: r.name, email: r.email, locale: r.locale },
  }));
}
