import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Db, Tx } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import type { BatchJob, BatchJobHandler, JobQueue } from '../jobs/model.ts';
import type { Mailer, OutgoingMail } from './model.ts';
import { outgoingMailSchema } from './model.ts';
import {
  findMailsForDelivery,
  insertMail,
  insertMails,
  markAttemptFailed,
  markAttemptsStarted,
  markKept,
  markSent,
  type NewMailRow,
} from './store.ts';
import type { MailTransport } from './transport.ts';

export const MAIL_DELIVERY_JOB = 'mail.deliver';

export interface MailRetryPolicy {
  /** Retries after the first attempt. */
  retryLimit: number;
  /** Seconds before the first retry; each later retry waits about twice as long (pg-boss backoff). */
  retryDelaySeconds: number;
}

/** Eight attempts spread over two to four hours: an SMTP server down for a while still gets the mail. */
export const DEFAULT_MAIL_RETRY: MailRetryPolicy = { retryLimit: 7, retryDelaySeconds: 60 };

export interface MailerSettings {
  db: Db;
  jobs: JobQueue;
  clock: Clock;
  logger: Logger;
  /** Absent when no SMTP_URL is configured: mails are then kept in the database. */
  transport: MailTransport | undefined;
  retry?: MailRetryPolicy;
}

const deliveryPayloadSchema = z.object({ mailId: z.uuid() });

/**
 * How many delivery jobs one worker takes at a time. Each batch costs five statements (fetch, read,
 * count the attempts, mark sent, complete) however many mails it carries, and its mails go out side
 * by side over the SMTP pool.
 */
export const MAIL_BATCH_SIZE = 50;

function toDate(clock: Clock): Date {
  return new Date(clock.now().epochMilliseconds);
}

const asError = (reason: unknown) => (reason instanceof Error ? reason : new Error(String(reason)));

/**
 * Delivers a batch of stored mails, at least once each. A mail no longer queued was handled before
 * (sent, kept or failed): a job run again after its mail was marked sent sends nothing. A process that
 * stops between the SMTP server's acceptance and the mark leaves the mail queued, and it is sent again
 * with the same stored Message-ID, which the log and the mail's attempt count make visible.
 */
function deliveryHandler(settings: MailerSettings): BatchJobHandler {
  const { db, clock, logger, transport } = settings;
  return async (jobs) => {
    const failures = new Map<string, Error>();
    const jobsByMail = new Map<string, BatchJob[]>();
    for (const entry of jobs) {
      const parsed = deliveryPayloadSchema.safeParse(entry.payload);
      if (!parsed.success) {
        failures.set(entry.job.id, new Error(`job ${entry.job.id} does not name a mail`));
        continue;
      }
      jobsByMail.set(parsed.data.mailId, [...(jobsByMail.get(parsed.data.mailId) ?? []), entry]);
    }
    const rows = await findMailsForDelivery(db, [...jobsByMail.keys()]);
    const found = new Set(rows.map((row) => row.id));
    for (const [mailId, entries] of jobsByMail) {
      if (found.has(mailId)) continue;
      for (const { job } of entries) failures.set(job.id, new Error(`mail ${mailId} does not exist`));
    }
    const queued = rows.filter((row) => row.status === 'queued');
    if (!transport) {
      // Queued by a process that had SMTP configured, run by one that has not: keep it readable.
      await markKept(
        db,
        queued.map((row) => row.id),
      );
      return failures;
    }
    for (const row of queued) {
      if (row.attempts > 0 && row.error === null) {
        logger.warn(
          { mailId: row.id, messageId: row.message_id, attempts: row.attempts },
          'sending a mail again whose earlier attempt may have been delivered: it carries the same Message-ID',
        );
      }
    }
    await markAttemptsStarted(
      db,
      queued.map((row) => row.id),
      toDate(clock),
    );
    const outcomes = await Promise.allSettled(queued.map((row) => transport.send(row)));
    const sent = queued.filter((_, i) => outcomes[i]?.status === 'fulfilled').map((row) => row.id);
    await markSent(db, sent, toDate(clock));
    if (sent.length > 0) logger.info({ mails: sent.length }, 'mails sent');
    for (const [i, outcome] of outcomes.entries()) {
      const row = queued[i];
      if (outcome.status !== 'rejected' || !row) continue;
      const error = asError(outcome.reason);
      const entries = jobsByMail.get(row.id) ?? [];
      const final = entries.every(({ job }) => job.attempt >= job.maxAttempts);
      await markAttemptFailed(db, row.id, error.message, final);
      for (const { job } of entries) failures.set(job.id, error);
    }
    return failures;
  };
}

/**
 * The Mailer of Klasse. It registers the delivery job on the queue, so it is created before the
 * queue starts.
 */
export function createMailer(settings: MailerSettings): Mailer {
  const retry = settings.retry ?? DEFAULT_MAIL_RETRY;
  settings.jobs.registerBatch(MAIL_DELIVERY_JOB, deliveryHandler(settings), {
    batchSize: MAIL_BATCH_SIZE,
    retryLimit: retry.retryLimit,
    retryDelaySeconds: retry.retryDelaySeconds,
    retryBackoff: true,
    // One SMTP delivery takes seconds; a job still active after two minutes is stuck (issue 12, item 13).
    expireInSeconds: 120,
  });

  const { transport, clock, jobs } = settings;

  /** The stored row of each mail, or every bad field of every mail (paths prefixed for many). */
  function toRows(mails: OutgoingMail[], prefix: (index: number) => string): NewMailRow[] {
    const createdAt = toDate(clock);
    const rows: NewMailRow[] = [];
    const errors: { path: string; message: string }[] = [];
    for (const [index, mail] of mails.entries()) {
      const parsed = outgoingMailSchema.safeParse(mail);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          errors.push({ path: `${prefix(index)}${issue.path.join('.')}`, message: issue.message });
        }
        continue;
      }
      const m = parsed.data;
      const id = randomUUID();
      rows.push({
        id,
        messageId: transport ? transport.messageIdFor(id) : null,
        providerId: m.providerId ?? null,
        recipient: m.to,
        subject: m.subject,
        textBody: m.text,
        htmlBody: m.html ?? null,
        ics: m.ics ?? null,
        status: transport ? 'queued' : 'kept',
        createdAt,
      });
    }
    if (errors.length > 0) {
      throw new ValidationError(errors, 'The mail has invalid fields; nothing was stored or sent.');
    }
    return rows;
  }

  return {
    async queue(tx: Tx, mail: OutgoingMail): Promise<string> {
      const [row] = toRows([mail], () => '');
      if (!row) throw new Error('no mail to queue');
      await insertMail(tx, row);
      if (transport) await jobs.enqueue(tx, MAIL_DELIVERY_JOB, { mailId: row.id });
      return row.id;
    },

    async queueMany(tx: Tx, mails: OutgoingMail[]): Promise<string[]> {
      const rows = toRows(mails, (index) => `${index}.`);
      await insertMails(tx, rows);
      if (transport) {
        await jobs.enqueueMany(
          tx,
          MAIL_DELIVERY_JOB,
          rows.map((row) => ({ mailId: row.id })),
        );
      }
      return rows.map((row) => row.id);
    },
  };
}
