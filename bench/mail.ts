/**
 * Mail delivery (issue 12, item 14): 5,000 confirmation-sized mails (text, HTML and a calendar
 * invite) queued as an import sheet's confirmation job queues them (queueMany, transactions of 500), then
 * delivered by the mail job through SMTP to a local server that only receives and counts. Seconds are
 * from the first queueing transaction until every mail is marked sent; the target is 5,000 within
 * 2 minutes on PostgreSQL. On the embedded database, and on PostgreSQL when BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL) is set. Prints one JSON line.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { DatabaseKind } from '../src/platform/db/connect.ts';
import { createPlatformServices } from '../src/platform/services.ts';
import { openTestDatabase } from '../test/support/databases.ts';
import { SAMPLE_INVITE, startTestSmtpServer } from '../test/support/smtp.ts';

// BENCH_MAILS runs a smaller batch (a quick check that the bench works); the figures are for 5,000.
const MAILS = Number(process.env.BENCH_MAILS ?? 5000);
const PER_TRANSACTION = 500;

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];

const TEXT = `Beste cursist,\n\nU bent ingeschreven voor VCA basis op donderdag 12 maart 2026 van 09:00 tot 17:00.\n${'Neem een geldig legitimatiebewijs mee en wees 15 minuten voor aanvang aanwezig. '.repeat(6)}`;
const HTML = `<p>${TEXT.replaceAll('\n', '<br>')}</p>`;

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function run(kind: DatabaseKind) {
  const database = await openTestDatabase(kind);
  // Counts without parsing, so the figures are the sender's, not a parser's.
  const smtp = await startTestSmtpServer({ parse: false });
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
        ics: SAMPLE_INVITE,
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
    if (smtp.received < MAILS) throw new Error(`the server received ${smtp.received} mails`);
    return {
      seconds: Number(seconds.toFixed(1)),
      perMinute: Math.round((MAILS / seconds) * 60),
      queueSeconds: Number(queuedSeconds.toFixed(1)),
      cpuSeconds: Number((cpuSeconds() - c0).toFixed(1)),
      received: smtp.received,
      smtpConnections: smtp.connections,
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
