import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Db, Tx } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import type { JobHandler, JobQueue } from '../jobs/model.ts';
import type { Mailer, OutgoingMail } from './model.ts';
import { outgoingMailSchema } from './model.ts';
import { findMail, insertMail, markAttemptFailed, markKept, markSent } from './store.ts';
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

function toDate(clock: Clock): Date {
  return new Date(clock.now().epochMilliseconds);
}

/**
 * Delivers one stored mail. A mail no longer queued was handled before (sent, kept or failed), which
 * happens when a process died after sending but before the job was marked done: it is not sent twice.
 */
function deliveryHandler(settings: MailerSettings): JobHandler {
  const { db, clock, logger, transport } = settings;
  return async (payload, job) => {
    const { mailId } = deliveryPayloadSchema.parse(payload);
    const mail = await findMail(db, mailId, { all: true });
    if (!mail) throw new Error(`mail ${mailId} does not exist`);
    if (mail.status !== 'queued') return;
    if (!transport) {
      // Queued by a process that had SMTP configured, run by one that has not: keep it readable.
      await markKept(db, mailId);
      return;
    }
    try {
      const { messageId } = await transport.send(mail);
      await markSent(db, mailId, toDate(clock), messageId);
      logger.info({ mailId, attempt: job.attempt }, 'mail sent');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await markAttemptFailed(db, mailId, toDate(clock), message, job.attempt >= job.maxAttempts);
      throw error;
    }
  };
}

/**
 * The Mailer of Klasse. It registers the delivery job on the queue, so it is created before the
 * queue starts.
 */
export function createMailer(settings: MailerSettings): Mailer {
  const retry = settings.retry ?? DEFAULT_MAIL_RETRY;
  settings.jobs.register(MAIL_DELIVERY_JOB, deliveryHandler(settings), {
    retryLimit: retry.retryLimit,
    retryDelaySeconds: retry.retryDelaySeconds,
    retryBackoff: true,
    // One SMTP delivery takes seconds; a job still active after two minutes is stuck (issue 12, item 13).
    expireInSeconds: 120,
  });

  return {
    async queue(tx: Tx, mail: OutgoingMail): Promise<string> {
      const parsed = outgoingMailSchema.safeParse(mail);
      if (!parsed.success) {
        throw new ValidationError(
          parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          'The mail has invalid fields; nothing was stored or sent.',
        );
      }
      const m = parsed.data;
      const id = await insertMail(tx, {
        providerId: m.providerId ?? null,
        recipient: m.to,
        subject: m.subject,
        textBody: m.text,
        htmlBody: m.html ?? null,
        ics: m.ics ?? null,
        status: settings.transport ? 'queued' : 'kept',
        createdAt: toDate(settings.clock),
      });
      if (settings.transport) await settings.jobs.enqueue(tx, MAIL_DELIVERY_JOB, { mailId: id });
      return id;
    },
  };
}
