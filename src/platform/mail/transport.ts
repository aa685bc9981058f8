import { createTransport } from 'nodemailer';
import type { MailRow } from './store.ts';

/** Delivers stored mails over a pool of SMTP connections. */
export interface MailTransport {
  /** The Message-ID a mail with this id goes out with; stored with the mail when it is queued. */
  messageIdFor(mailId: string): string;
  /** Sends one mail; many may be sent at once, they share the pool's connections. */
  send(mail: MailRow): Promise<void>;
  close(): void;
}

/** The domain of the From address, for Message-IDs: 'Klasse <noreply@klasse.local>' -> 'klasse.local'. */
function fromDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'klasse.local';
}

/**
 * How many SMTP connections are kept open at once, and how many messages one carries before it is
 * replaced: a batch of mails shares a few connections instead of opening one per mail (issue 12,
 * item 14: one connection per mail held delivery near 100 a minute). Query parameters of SMTP_URL
 * override them (e.g. smtp://host:587?maxConnections=2&maxMessages=50), for a server that limits them.
 */
export const SMTP_POOL = { maxConnections: 5, maxMessages: 100 } as const;

/**
 * SMTP through nodemailer's pooled transport (SMTP_URL, e.g. smtp://user:pass@host:587 or
 * smtps://host:465). The Message-ID is the one stored with the mail when it was queued, so a
 * delivery repeated after a crash carries the same id and a receiving server or client can recognise
 * it as the same message.
 */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    pool: true,
    ...SMTP_POOL,
    // nodemailer waits up to 2 minutes for a connection and 10 for a silent socket; a hung server is
    // given up on sooner, and the retry comes later.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const domain = fromDomain(from);
  const messageIdFor = (mailId: string) => `<${mailId}@${domain}>`;
  return {
    messageIdFor,
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        ...(mail.html_body !== null ? { html: mail.html_body } : {}),
        // nodemailer adds the invite both as a text/calendar alternative (which mail clients show as
        // an invitation) and as the attachment invite.ics.
        ...(mail.ics !== null
          ? { icalEvent: { method: 'REQUEST', filename: 'invite.ics', content: mail.ics } }
          : {}),
        // Mails queued before the Message-ID was stored with them get the same one, made from the id.
        messageId: mail.message_id ?? messageIdFor(mail.id),
        headers: { 'X-Klasse-Mail-Id': mail.id },
      });
    },
    close() {
      transporter.close();
    },
  };
}
