/**
 * The commit's one transaction (docs/decisions/0006-import-sheets.md, "One transaction or none"):
 * lock the sheet, validate its rows again against what the database holds now, take the seats of
 * all its sessions in one conditional UPDATE, then write learners, enrollments, events and fees.
 */
import type { Actor } from '../../identity/model.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { ConflictError } from '../../platform/errors.ts';
import type { ImportErrorJson } from '../model.ts';
import { findSettings } from '../store.ts';
import { todayIn } from '../terms.ts';
import { planSessions, type SessionPlan } from './commit-plan.ts';
import { batchRows, newLearnersOf } from './commit-rows.ts';
import { groupPricing } from './group-pricing.ts';
import { IMPORT_CONFIRMATIONS_JOB } from './jobs.ts';
import type { CommitResult } from './model.ts';
import type { Uploader, ValidRow } from './rules.ts';
import * as store from './store.ts';
import { checkStoredRows } from './stored-rows.ts';

/** Rows per INSERT statement at commit, and per step of the progress bar. */
const COMMIT_BATCH = 1_000;

/** The rows no longer validate inside the transaction: it rolls back, and these are the new errors. */
export class Refused extends Error {
  readonly errors: ImportErrorJson[];
  readonly refusedRows: number[];
  constructor(errors: ImportErrorJson[], refusedRows: number[]) {
    super('refused');
    this.errors = errors;
    this.refusedRows = refusedRows;
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
  const checked = await checkStoredRows(tx, locked, uploader, at);
  if (checked.errors.length > 0) throw new Refused(checked.errors, checked.refusedRows);

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
    const column = Object.entries(locked.mapping).find(([, f]) => f === 'sessionCode')?.[0] ?? null;
    throw new Refused(
      short.flatMap((p) =>
        p.rows.map((r) => ({
          row: r.row,
          column,
          field: 'sessionCode',
          message: `session ${p.session.code} no longer has ${p.rows.length} seat(s) left`,
        })),
      ),
      short.flatMap((p) => p.rows.map((r) => r.row)),
    );
  }

  // Written a batch at a time, each batch's new learners first; a batch is a few statements of
  // 1,000 rows, so no statement, JSON text or loop holds the whole sheet (decision 0014). All in
  // this one transaction: a failure anywhere rolls back every batch.
  const pricing = groupPricing(plans);
  const learnerIds = new Map<string, string>();
  let learnersCreated = 0;
  let done = 0;
  for (const batch of batches(plans, COMMIT_BATCH)) {
    const newLearners = newLearnersOf(batch, learnerIds, locked.providerId, actor.locale);
    await store.insertLearners(tx, newLearners, at);
    learnersCreated += newLearners.length;
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
    enrolled: done,
    learnersCreated,
    status,
    sessions: plans.map((p) => ({ code: p.session.code, enrolled: p.rows.length })),
  };
}

/** The rows of every plan, in plan order, `size` at a time. */
function* batches(
  plans: readonly SessionPlan[],
  size: number,
): Generator<{ plan: SessionPlan; row: ValidRow }[]> {
  let batch: { plan: SessionPlan; row: ValidRow }[] = [];
  for (const plan of plans) {
    for (const row of plan.rows) {
      batch.push({ plan, row });
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
