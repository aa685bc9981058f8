/**
 * Mail delivery (issue 12, item 14): 5,000 confirmation-sized mails (text, HTML and a calendar
 * invite) queued as an import sheet's confirmation job queues them (queueMany, transactions of 500), then
 * delivered by the mail job through SMTP to a local server that only receives and counts. Seconds are
 * from the first queueing transaction until every mail is marked sent; the target is 5,000 within
 * 2 minutes on PostgreSQL. On the embedded database, and on PostgreSQL when BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL) is set. Prints one JSON line.
 */
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { DatabaseKind } from '../src/platform/db/connect.ts';
import { createPlatformServices } from '../src/platform/services.ts';
import { openTestDatabase } from '../test/support/databases.ts';

const MAILS = 5000;
const PER_TRANSACTION = 500;

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];

const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Klasse//NL',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:bench@klasse.local',
  'DTSTAMP:20260301T090000Z',
  'DTSTART:20260312T080000Z',
  'DTEND:20260312T160000Z',
  'SUMMARY:VCA basis',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const TEXT = `Beste cursist,\n\nU bent ingeschreven voor VCA basis op donderdag 12 maart 2026 van 09:00 tot 17:00.\n${'Neem een geldig legitimatiebewijs mee en wees 15 minuten voor aanvang aanwezig. '.repeat(6)}`;
const HTML = `<p>${TEXT.replaceAll('\n', '<br>')}</p>`;

/** An SMTP server that receives and counts, so the figures are the sender's, not a parser's. */
async function countingSmtpServer() {
  const state = { received: 0, connections: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      state.connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        state.received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function run(kind: DatabaseKind) {
  const database = await openTestDatabase(kind);
  const smtp = await countingSmtpServer();
  const services = createPlatformServices({
    config: {
      ...loadConfig({}),
      smtpUrl: smtp.url,
      mailFrom: 'Opleider <noreply@opleider.nl>',
      runJobs: true,
    },
    db: database.db,
    pool: database.pool,
    logger: pino({ level: 'silent' }),
    clock: systemClock,
    pollingIntervalSeconds: 0.5,
  });
  await services.start();
  try {
    const t0 = performance.now();
    const c0 = cpuSeconds();
    for (let done = 0; done < MAILS; done += PER_TRANSACTION) {
      const mails = Array.from({ length: Math.min(PER_TRANSACTION, MAILS - done) }, (_, k) => ({
        to: `cursist${done + k}@bench.example`,
        subject: `Bevestiging: VCA basis op 12 maart (${done + k})`,
        text: TEXT,
        html: HTML,
        ics: INVITE,
      }));
      await database.db.transaction().execute((tx) => services.mail.queueMany(tx, mails));
    }
    const queuedSeconds = (performance.now() - t0) / 1000;
    for (;;) {
      const row = await database.db
        .selectFrom('mails')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'sent')
        .executeTakeFirstOrThrow();
      if (Number(row.n) >= MAILS) break;
      if (performance.now() - t0 > 15 * 60_000)
        throw new Error(`only ${row.n} of ${MAILS} sent in 15 minutes`);
      await sleep(200);
    }
    const seconds = (performance.now() - t0) / 1000;
    if (smtp.state.received < MAILS) throw new Error(`the server received ${smtp.state.received} mails`);
    return {
      seconds: Number(seconds.toFixed(1)),
      perMinute: Math.round((MAILS / seconds) * 60),
      queueSeconds: Number(queuedSeconds.toFixed(1)),
      cpuSeconds: Number((cpuSeconds() - c0).toFixed(1)),
      received: smtp.state.received,
      smtpConnections: smtp.state.connections,
    };
  } finally {
    await services.stop();
    await smtp.close();
    await database.close();
  }
}

const out: Record<string, unknown> = { bench: 'mail', mails: MAILS };
for (const kind of kinds) out[kind] = await run(kind);
console.log(JSON.stringify(out));
