import { z } from 'zod';
import type { Tx } from '../db/database.ts';
import { MAIL_STATUSES } from '../model.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** An iCalendar invite attached as invite.ics (text/calendar; method=REQUEST). */
  ics?: string;
  /** The provider the mail is sent for: staff of that provider see it in the web app. */
  providerId?: string | null;
}

export interface Mailer {
  /**
   * Stores the mail and queues its delivery in the caller's transaction: it is sent once the change
   * that caused it has committed, and never if it rolls back. With no SMTP_URL it stays stored, and
   * staff read it on the mail page. Returns the stored mail's id; bad input throws ValidationError.
   */
  queue(tx: Tx, mail: OutgoingMail): Promise<string>;
  /**
   * queue() for many mails at once, in two statements however many there are (an import sheet's
   * confirmations). Answers their ids in order; a bad field of any mail (path "index.field") stores
   * none of them.
   */
  queueMany(tx: Tx, mails: OutgoingMail[]): Promise<string[]>;
}

/** What queue() accepts; a mail that fails this is refused before anything is written. */
export const outgoingMailSchema = z.object({
  to: z.email({ error: 'must be an e-mail address' }).max(320),
  // RFC 5322 section 2.1.1: a line is at most 998 characters; a header holds no line break.
  subject: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(998)
    .regex(/^[^\r\n]*$/, 'must be one line'),
  text: z.string().min(1, 'must not be empty'),
  html: z.string().min(1).optional(),
  ics: z
    .string()
    .startsWith('BEGIN:VCALENDAR', 'must be an iCalendar text starting with BEGIN:VCALENDAR')
    .optional(),
  providerId: z.uuid().nullish(),
});

export const mailStatusSchema = z.enum(MAIL_STATUSES);

export const mailSummarySchema = z.object({
  id: z.uuid(),
  providerId: z.uuid().nullable(),
  to: z.string(),
  subject: z.string(),
  status: mailStatusSchema,
  attempts: z.number().int(),
  error: z.string().nullable(),
  hasCalendarInvite: z.boolean(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type MailSummary = z.infer<typeof mailSummarySchema>;

export const mailDetailSchema = mailSummarySchema.extend({
  text: z.string(),
  html: z.string().nullable(),
  ics: z.string().nullable(),
  messageId: z.string().nullable(),
  lastAttemptAt: z.iso.datetime().nullable(),
});
export type MailDetail = z.infer<typeof mailDetailSchema>;

export const mailListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export type MailListQuery = z.infer<typeof mailListQuerySchema>;

export const mailListSchema = z.object({
  items: z.array(mailSummarySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type MailList = z.infer<typeof mailListSchema>;

export const mailIdParamsSchema = z.object({ id: z.uuid({ error: 'must be a mail id (a UUID)' }) });
