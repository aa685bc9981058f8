/**
 * The confirmation mails of a committed import sheet (plusport-cursusvoorwaarden#3.3: "PlusPort verzendt
 * direct na goedkeuring van de aanmelding ... per e-mail de bevestiging"). The commit enqueues ONE
 * job in its own transaction (outbox); the job queues the mails in chunks, each chunk in one
 * transaction with the sheet's counter, so a run after a crash carries on and mails no one twice.
 */

import { listPackageComponents } from '../../catalog/service.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobPayload } from '../../platform/jobs/model.ts';
import type { OutgoingMail } from '../../platform/mail/model.ts';
import type { DecisionNote } from '../../terms/index.ts';
import { confirmationMail } from '../mails.ts';
import { findSessionForEnrollment, type SessionForEnrollment } from '../store.ts';
import { termsOf } from '../terms.ts';
import { confirmationNotes, partKindsOf } from '../terms-questions.ts';
import { IMPORT_COMMIT_JOB, runCommitJob } from './commit-job.ts';
import { forEachInSlices } from './slices.ts';
import * as store from './store.ts';
import { IMPORT_UPLOAD_JOB, runUploadJob } from './upload-job.ts';

export const IMPORT_CONFIRMATIONS_JOB = 'enrollment.import-confirmations';
const CHUNK = 500;

/** Queues every confirmation of the sheet not yet queued; returns how many mails it queued. */
export async function queueImportConfirmations(ctx: AppContext, sheetId: string): Promise<number> {
  const sessions = new Map<string, SessionForEnrollment>();
  // The notes per session and terms version: a sheet has few of each.
  const notes = new Map<string, DecisionNote[]>();
  let mailed = 0;
  for (;;) {
    const handled = await ctx.db.transaction().execute(async (tx) => {
      const from = await store.lockConfirmationCounter(tx, sheetId);
      if (from === undefined) return 0;
      const rows = await store.sheetEnrollments(tx, sheetId, from, CHUNK);
      const at = new Date(ctx.clock.now().epochMilliseconds);
      // One cancelled (or rescheduled) before its mail went out is not told it is confirmed.
      const confirmed = rows.filter((e) => e.status === 'confirmed');
      for (const e of confirmed) {
        if (sessions.has(e.sessionId)) continue;
        const session = await findSessionForEnrollment(tx, e.sessionId);
        if (session) sessions.set(e.sessionId, session);
      }
      for (const e of confirmed) {
        const session = sessions.get(e.sessionId);
        const notesKey = `${e.sessionId} ${e.termsKey} ${e.termsVersion}`;
        if (!session || notes.has(notesKey)) continue;
        const terms = await termsOf(ctx, tx, { providerId: session.providerId, ...e });
        const components =
          session.product.type === 'package' ? await listPackageComponents(tx, session.product.id) : [];
        notes.set(
          notesKey,
          confirmationNotes(
            terms.terms,
            partKindsOf(
              session.product.type,
              components.map((c) => c.type),
            ),
            session.startsAt,
          ),
        );
      }
      // Each mail with its calendar invite is a few hundred microseconds of work: made in slices so
      // the server answers meanwhile (decision 0014).
      const mails: OutgoingMail[] = [];
      await forEachInSlices(confirmed, (e) => {
        const session = sessions.get(e.sessionId);
        const sessionNotes = notes.get(`${e.sessionId} ${e.termsKey} ${e.termsVersion}`);
        if (!session || !sessionNotes) return;
        mails.push(
          confirmationMail({
            enrollmentId: e.id,
            learner: e.learner,
            session,
            termsKey: e.termsKey,
            termsVersion: e.termsVersion,
            notes: sessionNotes,
            mailFrom: ctx.config.mailFrom,
            at,
          }),
        );
      });
      // The chunk's mails in two statements, not two per mail (issue 12, item 14).
      await ctx.mail.queueMany(tx, mails);
      mailed += mails.length;
      if (rows.length > 0) await store.setConfirmationCounter(tx, sheetId, from + rows.length);
      return rows.length;
    });
    if (handled < CHUNK) return mailed;
  }
}

export function importJobs(ctx: AppContext): void {
  // Reading and checking 100,000 rows takes about a minute here; a few times that before it expires.
  ctx.jobs.register(IMPORT_UPLOAD_JOB, (payload) => runUploadJob(ctx, payload), {
    retryLimit: 2,
    retryDelaySeconds: 10,
    expireInSeconds: 600,
  });
  // One transaction for the whole sheet: about a minute for 100,000 rows. A second commit job of the
  // same sheet waits while one is queued ('short' by sheet id) and finds it committed.
  ctx.jobs.register(IMPORT_COMMIT_JOB, (payload) => runCommitJob(ctx, payload), {
    policy: 'short',
    retryLimit: 2,
    retryDelaySeconds: 10,
    expireInSeconds: 600,
  });
  ctx.jobs.register(
    IMPORT_CONFIRMATIONS_JOB,
    async (payload: JobPayload) => {
      await queueImportConfirmations(ctx, String(payload.sheetId));
    },
    // About a minute for 10,000 rows (500 mails per transaction). Expiring a run that is still going
    // is harmless: the next run waits for the counter's row lock and carries on after it.
    { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 300 },
  );
}
