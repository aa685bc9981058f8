import type { Tx } from '../db/database.ts';

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
   * staff read it on the mail page.
   */
  queue(tx: Tx, mail: OutgoingMail): Promise<string>;
}
