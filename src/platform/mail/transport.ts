import { createTransport } from 'nodemailer';
import type { MailRow } from './store.ts';

/** Delivers one stored mail and answers the Message-ID it went out with. */
export interface MailTransport {
  send(mail: MailRow): Promise<{ messageId: string }>;
  close(): void;
}

/** The domain of the From address, for Message-IDs: 'Klasse <noreply@klasse.local>' -> 'klasse.local'. */
function fromDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'klasse.local';
}

/**
 * SMTP through nodemailer (SMTP_URL, e.g. smtp://user:pass@host:587 or smtps://host:465). The
 * Message-ID is derived from the stored mail's id, so a delivery repeated after a crash carries the
 * same id and a receiving server or client can recognise it as the same message.
 */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    // nodemailer waits up to 2 minutes for a connection and 10 for a silent socket; a mail worker
    // handles one mail at a time, so a hung server is given up on sooner and the retry comes later.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const domain = fromDomain(from);
  return {
    async send(mail) {
      const info = await transporter.sendMail({
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
        messageId: `<${mail.id}@${domain}>`,
        headers: { 'X-Klasse-Mail-Id': mail.id },
      });
      return { messageId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}
