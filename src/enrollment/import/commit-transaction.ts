/**
 * The commit's one transaction (docs/decisions/0006-import-sheets.md, "One transaction or none"):
 * lock the sheet, validate its rows again against what the database holds now, take the seats of
 * all its sessions in one conditional UPDATE, then write learners, enrollments, events and fees.
 */
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { ConflictError } from '../../platform/errors.ts';
import { findSettings } from '../store.ts';
import { todayIn } from '../terms.ts';
import { planSessions } from './commit-plan.ts';
import { batchRows, learnersOf } from './commit-rows.ts';
import { loadFacts } from './facts.ts';
import { groupPricing } from './group-pricing.ts';
import { IMPORT_CONFIRMATIONS_JOB } from './jobs.ts';
import type { CommitResult } from './model.ts';
import {
  type ImportMapping,
  type RowInput,
  type Uploader,
  type ValidationResult,
  validateRows,
} from './rules.ts';
import * as store from './store.ts';

/** Rows per INSERT statement at commit, and per step of the progress bar. */
const COMMIT_BATCH = 2_500;

/** The rows no longer validate inside the transaction: it rolls back, and these are the new errors. */
export class Refused extends Error {
  readonly errors: ValidationResult['errors'];
  readonly stillValid: RowInput[];
  constructor(errors: ValidationResult['errors'], stillValid: RowInput[]) {
    super('refused');
    this.errors = errors;
    this.stillValid = stillValid;
  }
}

export async function commitInTransaction(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  sheet: store.SheetRow,
  uploader: Uploader,
  at: Date,
  progress: (processed: number) => void,
): Promise<Omit<CommitResult, 'skippedRows'>> {
  // Locks the sheet: a second commit of it waits here, then finds it committed.
  const locked = await store.findSheet(tx, sheet.id, true);
  if (locked?.status !== 'validated') {
    throw new ConflictError(
      'import-not-open',
      'Sheet already handled',
      'This sheet was committed or discarded meanwhile.',
    );
  }
  const mapping = locked.mapping as ImportMapping;
  const facts = await loadFacts(tx, locked.providerId, locked.rows);
  const checked = validateRows(locked.rows, mapping, facts, uploader, at);
  if (checked.errors.length > 0) throw new Refused(checked.errors, checked.inputs);

  const settings = await findSettings(tx, locked.providerId);
  // plusport-cursusvoorwaarden#3.3-3.4: where staff approve enrollments, an imported one waits for them too.
  const status = settings.requiresApproval ? 'pending_approval' : 'confirmed';
  const today = todayIn(ctx.clock, await store.providerTimeZone(tx, locked.providerId));
  const plans = await planSessions(ctx, tx, locked.providerId, checked.valid, today);
  // The seats: each session's counter goes up by its rows in one conditional UPDATE (booked + n <=
  // capacity, still planned or confirmed), all sessions in one statement; never over capacity,
  // whatever else runs. A session that no longer has the seats refuses the whole commit.
  const taken = await store.takeSeats(
    tx,
    plans.map((p) => ({ sessionId: p.session.id, seats: p.rows.length })),
  );
  const short = plans.filter((p) => !taken.has(p.session.id));
  if (short.length > 0) {
    const column = Object.entries(mapping).find(([, f]) => f === 'sessionCode')?.[0] ?? null;
    const shortRows = new Set(short.flatMap((p) => p.rows.map((r) => r.row)));
    throw new Refused(
      short.flatMap((p) =>
        p.rows.map((r) => ({
          row: r.row,
          column,
          field: 'sessionCode',
          message: `session ${p.session.code} no longer has ${p.rows.length} seat(s) left`,
        })),
      ),
      checked.inputs.filter((i) => !shortRows.has(i.row)),
    );
  }

  const { learnerIds, newLearners } = learnersOf(checked.valid, locked.providerId, actor.locale);
  for (let i = 0; i < newLearners.length; i += COMMIT_BATCH) {
    await store.insertLearners(tx, newLearners.slice(i, i + COMMIT_BATCH), at);
  }

  const pricing = groupPricing(plans);
  const work = plans.flatMap((plan) => plan.rows.map((row) => ({ plan, row })));
  let done = 0;
  for (let i = 0; i < work.length; i += COMMIT_BATCH) {
    const batch = work.slice(i, i + COMMIT_BATCH);
    const { enrollments, events, lines } = batchRows(batch, locked, status, learnerIds, pricing);
    await store.insertEnrollments(tx, enrollments, locked.id, actor.userId, status, at);
    await store.insertEnrolledEvents(tx, events, actor.userId, at);
    await store.insertFeeLines(tx, lines, at);
    done += batch.length;
    progress(done);
  }
  await store.markCommitted(tx, locked.id, at);
  // The confirmations (plusport-cursusvoorwaarden#3.3) go out after the commit, by one job for the whole sheet.
  if (status === 'confirmed') await ctx.jobs.enqueue(tx, IMPORT_CONFIRMATIONS_JOB, { sheetId: locked.id });
  return {
    id: locked.id,
    enrolled: work.length,
    learnersCreated: newLearners.length,
    status,
    sessions: plans.map((p) => ({ code: p.session.code, enrolled: p.rows.length })),
  };
}
