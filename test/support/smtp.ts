import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT, for config.smtpUrl. */
  url: string;
  /** Every message the server accepted, parsed, in the order received (unless parse is off). */
  messages: ParsedMail[];
  /** How many messages the server accepted. */
  received: number;
  /** How many deliveries the server refused. */
  refused: number;
  /** How many SMTP connections clients opened. */
  connections: number;
  /** Refuse the next n messages with a temporary failure (451), as a busy server does. */
  refuseNext(n: number): void;
  /**
   * Keep the next n messages but answer as if they failed (451), as when the connection drops after
   * the server took the message and before its reply arrived: the client sends it again.
   */
  loseReplyNext(n: number): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) on a free loopback port, so mail tests go through nodemailer's SMTP
 * client and a real SMTP dialogue, and assert on the message as a mail client would read it.
 */
export async function startTestSmtpServer(options: { parse?: boolean } = {}): Promise<TestSmtpServer> {
  const parse = options.parse ?? true;
  let toRefuse = 0;
  let toLoseReply = 0;
  const state: TestSmtpServer = {
    url: '',
    messages: [],
    received: 0,
    refused: 0,
    connections: 0,
    refuseNext(n) {
      toRefuse = n;
    },
    loseReplyNext(n) {
      toLoseReply = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      state.connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse -= 1;
          state.refused += 1;
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        if (!parse) {
          // bench/mail.ts: count only, so the figures are the sender's and not a parser's.
          state.received += 1;
          callback();
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            state.messages.push(parsed);
            state.received += 1;
            if (toLoseReply > 0) {
              toLoseReply -= 1;
              callback(Object.assign(new Error('Connection lost'), { responseCode: 451 }));
              return;
            }
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}

/** A calendar invite as Klasse attaches one to a confirmation (for mail tests and bench/mail.ts). */
export const SAMPLE_INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Klasse//NL',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:session-42@klasse.local',
  'DTSTAMP:20260301T090000Z',
  'DTSTART:20260312T080000Z',
  'DTEND:20260312T160000Z',
  'SUMMARY:BHV basis',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
