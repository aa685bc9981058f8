/**
 * Shared steps of the changes: ledger drafts written with their event, and a package the terms
 * cannot split refused as a conflict the provider can fix in its catalog.
 */
import type { Tx } from '../../platform/db/database.ts';
import { ConflictError } from '../../platform/errors.ts';
import { type Enrollment, insertLedgerLines } from '../store.ts';
import { type LedgerDraft, UnsupportedProductError } from './questions.ts';

export async function writeLedger(
  tx: Tx,
  enrollment: Pick<Enrollment, 'id' | 'providerId'>,
  eventId: string,
  drafts: readonly LedgerDraft[],
  at: Date,
): Promise<void> {
  await insertLedgerLines(
    tx,
    drafts.map((d) => ({
      enrollmentId: enrollment.id,
      providerId: enrollment.providerId,
      eventId,
      kind: d.kind,
      amountCents: d.amountCents,
      vatCode: d.vatCode,
      description: d.description,
      clauses: d.clauses,
      createdAt: at,
    })),
  );
}

export function partsOrFail<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UnsupportedProductError)
      throw new ConflictError('product-not-changeable', 'Product cannot be changed', error.message);
    throw error;
  }
}
