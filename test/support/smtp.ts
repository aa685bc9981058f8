import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT, for config.smtpUrl. */
  url: string;
  /** Every message the server accepted, parsed, in the order received. */
  messages: ParsedMail[];
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
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  let toRefuse = 0;
  let toLoseReply = 0;
  const state: TestSmtpServer = {
    url: '',
    messages: [],
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
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            state.messages.push(parsed);
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
