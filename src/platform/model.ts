import type { ColumnType, Generated } from 'kysely';

/** Persisted delivery states of a stored mail (see migrations/0001_platform.sql). */
export const MAIL_STATUSES = ['queued', 'sent', 'failed', 'kept'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface MailsTable {
  id: Id;
  provider_id: string | null;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  ics: string | null;
  status: MailStatus;
  attempts: ColumnType<number, number | undefined, number>;
  error: string | null;
  message_id: string | null;
  created_at: ColumnType<Date, Date, never>;
  last_attempt_at: Date | null;
  sent_at: Date | null;
}

/** Tables owned by the platform context (outbox, stored mail, idempotency keys). */
export interface PlatformTables {
  klasse_migrations: {
    name: string;
    applied_at: ColumnType<Date, Date | undefined, never>;
  };
  mails: MailsTable;
}

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Id = Generated<string>;
