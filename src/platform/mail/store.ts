import type { Selectable } from 'kysely';
import type { Executor, Tx } from '../db/database.ts';
import type { MailStatus, MailsTable } from '../model.ts';

export type MailRow = Selectable<MailsTable>;

export interface NewMailRow {
  /** Chosen before the insert, so the Message-ID below can be made from it. */
  id: string;
  /** The Message-ID the mail goes out with, fixed before any attempt (null for a kept mail). */
  messageId: string | null;
  providerId: string | null;
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  ics: string | null;
  status: Extract<MailStatus, 'queued' | 'kept'>;
  createdAt: Date;
}

const mailValues = (mail: NewMailRow) => ({
  id: mail.id,
  message_id: mail.messageId,
  provider_id: mail.providerId,
  recipient: mail.recipient,
  subject: mail.subject,
  text_body: mail.textBody,
  html_body: mail.htmlBody,
  ics: mail.ics,
  status: mail.status,
  created_at: mail.createdAt,
});

/** Many mails in one statement (an import sheet's confirmations: 500 a transaction). */
export async function insertMails(tx: Tx, mails: NewMailRow[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.insertInto('mails').values(mails.map(mailValues)).execute();
}

export async function insertMail(tx: Tx, mail: NewMailRow): Promise<string> {
  const row = await tx.insertInto('mails').values(mailValues(mail)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The mails with these ids, whatever their status or provider (for delivery). */
export async function findMailsForDelivery(db: Executor, ids: string[]): Promise<MailRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('mails').selectAll().where('id', 'in', ids).execute();
}

/** Which mails a reader may see: every mail, or only those of one provider. */
export type MailScope = { all: true } | { providerId: string };

export async function findMail(db: Executor, id: string, scope: MailScope): Promise<MailRow | undefined> {
  let query = db.selectFrom('mails').selectAll().where('id', '=', id);
  if ('providerId' in scope) query = query.where('provider_id', '=', scope.providerId);
  return query.executeTakeFirst();
}

export type MailSummaryRow = Omit<MailRow, 'text_body' | 'html_body' | 'ics'> & { has_ics: boolean };

export async function listMails(
  db: Executor,
  scope: MailScope,
  page: { limit: number; offset: number },
): Promise<{ rows: MailSummaryRow[]; total: number }> {
  let base = db.selectFrom('mails');
  if ('providerId' in scope) base = base.where('provider_id', '=', scope.providerId);
  const rows = await base
    .select((eb) => [
      'id',
      'provider_id',
      'recipient',
      'subject',
      'status',
      'attempts',
      'error',
      'message_id',
      'created_at',
      'last_attempt_at',
      'sent_at',
      eb('ics', 'is not', null).$castTo<boolean>().as('has_ics'),
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.total) };
}

/**
 * Counts a delivery attempt before it is made: a mail still queued with attempts above zero and no
 * error had an attempt whose outcome was never recorded (the process stopped mid-way), so the next
 * attempt may be a resend. It carries the same stored Message-ID.
 */
export async function markAttemptsStarted(db: Executor, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('mails')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_attempt_at: at }))
    .where('id', 'in', ids)
    .where('status', '=', 'queued')
    .execute();
}

/** The SMTP server accepted these mails (their attempt was counted by markAttemptsStarted). */
export async function markSent(db: Executor, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('mails')
    .set({ status: 'sent', error: null, sent_at: at })
    .where('id', 'in', ids)
    .where('status', '=', 'queued')
    .execute();
}

/** A failed attempt: the mail stays queued for the next retry, or is failed after the last one. */
export async function markAttemptFailed(
  db: Executor,
  id: string,
  error: string,
  final: boolean,
): Promise<void> {
  await db
    .updateTable('mails')
    .set({ status: final ? 'failed' : 'queued', error })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
}

export async function markKept(db: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('mails').set({ status: 'kept' }).where('id', 'in', ids).execute();
}
