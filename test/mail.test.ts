import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { pino } from 'pino';
import type { Actor, Role } from '../src/identity/model.ts';
import { manualClock } from '../src/platform/clock.ts';
import { type Config, loadConfig } from '../src/platform/config.ts';
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../src/platform/errors.ts';
import { createMailService } from '../src/platform/mail/service.ts';
import { SMTP_POOL } from '../src/platform/mail/transport.ts';
import { createPlatformServices, type PlatformServices } from '../src/platform/services.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';
import { SAMPLE_INVITE, startTestSmtpServer, type TestSmtpServer } from './support/smtp.ts';
import { waitFor } from './support/wait.ts';

const logger = pino({ level: 'silent' });
const PROVIDER_A = '7a1c5a34-8d2e-4a4b-9b6e-0c1d2e3f4a5b';
const PROVIDER_B = '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091';

const INVITE = SAMPLE_INVITE;

function actor(role: Role, providerId: string | null): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    role,
    name: role,
    email: `${role}@example.nl`,
    locale: 'nl',
    providerId,
    customerId: null,
  };
}

function configWith(smtpUrl: string | undefined): Config {
  return { ...loadConfig({}), smtpUrl, mailFrom: 'Opleider <noreply@opleider.nl>', runJobs: true };
}

async function mailRow(database: TestDatabase, id: string) {
  return database.db.selectFrom('mails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

for (const kind of testDatabaseKinds()) {
  describe(`mail through SMTP (${kind})`, () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let services: PlatformServices;
    const clock = manualClock('2026-03-01T09:00:00Z');

    before(async () => {
      database = await openTestDatabase(kind);
      smtp = await startTestSmtpServer();
      services = createPlatformServices({
        config: configWith(smtp.url),
        db: database.db,
        pool: database.pool,
        logger,
        clock,
        pollingIntervalSeconds: 0.5,
        mailRetry: { retryLimit: 1, retryDelaySeconds: 1 },
      });
      await services.start();
    });
    beforeEach(() => {
      smtp.messages.length = 0;
      smtp.refuseNext(0);
      smtp.loseReplyNext(0);
    });
    after(async () => {
      await services?.stop();
      await smtp?.close();
      await database?.close();
    });

    it('delivers a committed mail once, with its text, HTML and the calendar invite attached', async () => {
      const id = await database.db.transaction().execute((tx) =>
        services.mail.queue(tx, {
          to: 'cursist@example.nl',
          subject: 'Uitnodiging: BHV basis op 12 maart',
          text: 'Beste cursist,\n\nU bent ingeschreven voor BHV basis.',
          html: '<p>Beste cursist,</p><p>U bent ingeschreven voor <b>BHV basis</b>.</p>',
          ics: INVITE,
          providerId: PROVIDER_A,
        }),
      );
      const message = await waitFor('the invitation to arrive', async () => smtp.messages[0]);
      assert.equal(message.subject, 'Uitnodiging: BHV basis op 12 maart');
      assert.equal(message.text?.trim(), 'Beste cursist,\n\nU bent ingeschreven voor BHV basis.');
      assert.match(String(message.html), /<b>BHV basis<\/b>/);
      assert.deepEqual(message.from?.value, [{ name: 'Opleider', address: 'noreply@opleider.nl' }]);
      const to = Array.isArray(message.to) ? message.to[0] : message.to;
      assert.equal(to?.text, 'cursist@example.nl');
      assert.equal(message.messageId, `<${id}@opleider.nl>`);
      const invite = message.attachments.find((a) => a.filename === 'invite.ics');
      assert.ok(
        invite,
        `an invite.ics attachment among ${message.attachments.map((a) => a.filename).join(', ')}`,
      );
      assert.equal(invite.content.toString('utf8'), INVITE);

      const row = await waitFor('the mail to be marked sent', async () => {
        const r = await mailRow(database, id);
        return r.status === 'sent' ? r : undefined;
      });
      assert.equal(row.attempts, 1);
      assert.equal(row.error, null);
      assert.equal(row.message_id, `<${id}@opleider.nl>`);
      assert.equal(row.sent_at?.toISOString(), '2026-03-01T09:00:00.000Z');
      await sleep(1500);
      assert.equal(smtp.messages.length, 1);
    });

    it('neither stores nor sends a mail whose transaction rolls back', async () => {
      await assert.rejects(
        database.db.transaction().execute(async (tx) => {
          await services.mail.queue(tx, { to: 'cursist@example.nl', subject: 'Teruggedraaid', text: 'x' });
          throw new Error('the enrollment fails');
        }),
        /enrollment fails/,
      );
      await sleep(2000);
      assert.deepEqual(smtp.messages, []);
      const stored = await database.db
        .selectFrom('mails')
        .select('id')
        .where('subject', '=', 'Teruggedraaid')
        .execute();
      assert.deepEqual(stored, []);
    });

    it('retries when the SMTP server refuses, and delivers on the next attempt', async () => {
      smtp.refuseNext(1);
      const id = await database.db
        .transaction()
        .execute((tx) =>
          services.mail.queue(tx, { to: 'planner@example.nl', subject: 'Tweede poging', text: 'Hallo' }),
        );
      const message = await waitFor('the retried mail to arrive', async () => smtp.messages[0]);
      assert.equal(message.subject, 'Tweede poging');
      assert.equal(smtp.refused, 1);
      const row = await waitFor('the mail to be marked sent', async () => {
        const r = await mailRow(database, id);
        return r.status === 'sent' ? r : undefined;
      });
      assert.equal(row.attempts, 2);
    });

    it('marks a mail failed, with the server’s answer, when every attempt is refused', async () => {
      smtp.refuseNext(2);
      const id = await database.db
        .transaction()
        .execute((tx) =>
          services.mail.queue(tx, { to: 'finance@example.nl', subject: 'Nooit bezorgd', text: 'Hallo' }),
        );
      const row = await waitFor('the mail to fail for good', async () => {
        const r = await mailRow(database, id);
        return r.status === 'failed' ? r : undefined;
      });
      assert.equal(row.attempts, 2);
      assert.match(String(row.error), /451/);
      assert.equal(row.sent_at, null);
      assert.deepEqual(smtp.messages, []);
    });

    it('fixes and stores the Message-ID when the mail is queued, before any attempt', async () => {
      const row = await database.db.transaction().execute(async (tx) => {
        const id = await services.mail.queue(tx, { to: 'cursist@example.nl', subject: 'Vast id', text: 'x' });
        // Read in the queueing transaction: nothing can have been sent yet.
        return tx.selectFrom('mails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      });
      assert.equal(row.status, 'queued');
      assert.equal(row.attempts, 0);
      assert.equal(row.message_id, `<${row.id}@opleider.nl>`);
      const message = await waitFor('the mail to arrive', async () => smtp.messages[0]);
      assert.equal(message.messageId, row.message_id);
    });

    it('delivers a batch of mails over a few pooled SMTP connections, each once', async () => {
      const connectionsBefore = smtp.connections;
      const count = 120;
      const ids = await database.db.transaction().execute((tx) =>
        services.mail.queueMany(
          tx,
          Array.from({ length: count }, (_, i) => ({
            to: `cursist${i}@example.nl`,
            subject: `Batch ${i}`,
            text: 'x',
          })),
        ),
      );
      await waitFor(
        'every mail of the batch to arrive',
        async () => smtp.messages.length >= count || undefined,
        30_000,
      );
      const opened = smtp.connections - connectionsBefore;
      assert.ok(opened <= SMTP_POOL.maxConnections, `${count} mails over ${opened} new connections`);
      assert.deepEqual(
        smtp.messages.map((m) => m.messageId).sort(),
        ids.map((id) => `<${id}@opleider.nl>`).sort(),
      );
      const rows = await waitFor('every mail to be marked sent', async () => {
        const r = await database.db.selectFrom('mails').selectAll().where('id', 'in', ids).execute();
        return r.every((m) => m.status === 'sent') ? r : undefined;
      });
      assert.deepEqual(new Set(rows.map((r) => r.attempts)), new Set([1]));
    });

    it('sends a mail again with the same Message-ID when the server took it but its reply was lost', async () => {
      smtp.loseReplyNext(1);
      const id = await database.db
        .transaction()
        .execute((tx) =>
          services.mail.queue(tx, { to: 'leerling@example.nl', subject: 'Nog eens', text: 'x' }),
        );
      const row = await waitFor('the resent mail to be marked sent', async () => {
        const r = await mailRow(database, id);
        return r.status === 'sent' ? r : undefined;
      });
      assert.equal(row.attempts, 2);
      // At least once: the recipient's server holds two copies, recognisable as one message.
      assert.deepEqual(
        smtp.messages.map((m) => m.messageId),
        [`<${id}@opleider.nl>`, `<${id}@opleider.nl>`],
      );
      assert.equal(row.message_id, `<${id}@opleider.nl>`);
    });

    it('queues none of many mails when one has a bad field, naming its place', async () => {
      await assert.rejects(
        database.db.transaction().execute((tx) =>
          services.mail.queueMany(tx, [
            { to: 'goed@example.nl', subject: 'Goed', text: 'x' },
            { to: 'geen adres', subject: 'Fout', text: 'x' },
          ]),
        ),
        (error: unknown) => {
          assert.ok(error instanceof ValidationError);
          assert.deepEqual(
            error.errors.map((e) => e.path),
            ['1.to'],
          );
          return true;
        },
      );
      const stored = await database.db
        .selectFrom('mails')
        .select('id')
        .where('subject', 'in', ['Goed', 'Fout'])
        .execute();
      assert.deepEqual(stored, []);
    });

    it('refuses a mail with bad fields, naming them, and stores nothing', async () => {
      await assert.rejects(
        database.db.transaction().execute((tx) =>
          services.mail.queue(tx, {
            to: 'not an address',
            subject: 'Regel 1\nRegel 2',
            text: 'x',
            ics: 'hello',
          }),
        ),
        (error: unknown) => {
          assert.ok(error instanceof ValidationError);
          assert.deepEqual(error.errors.map((e) => e.path).sort(), ['ics', 'subject', 'to']);
          return true;
        },
      );
      const stored = await database.db
        .selectFrom('mails')
        .select('id')
        .where('recipient', '=', 'not an address')
        .execute();
      assert.deepEqual(stored, []);
    });
  });

  describe(`mail with no SMTP configured (${kind})`, () => {
    let database: TestDatabase;
    let services: PlatformServices;
    const clock = manualClock('2026-03-01T09:00:00Z');
    const ids: Record<string, string> = {};

    before(async () => {
      database = await openTestDatabase(kind);
      services = createPlatformServices({
        config: configWith(undefined),
        db: database.db,
        pool: database.pool,
        logger,
        clock,
        pollingIntervalSeconds: 0.5,
      });
      await services.start();
      const mails = [
        { key: 'a1', to: 'een@example.nl', providerId: PROVIDER_A },
        { key: 'b1', to: 'twee@example.nl', providerId: PROVIDER_B },
        { key: 'platform', to: 'admin@example.nl', providerId: null },
        { key: 'a2', to: 'drie@example.nl', providerId: PROVIDER_A },
        { key: 'a3', to: 'vier@example.nl', providerId: PROVIDER_A },
      ];
      for (const mail of mails) {
        clock.advance({ minutes: 1 });
        ids[mail.key] = await database.db.transaction().execute((tx) =>
          services.mail.queue(tx, {
            to: mail.to,
            subject: `Bericht ${mail.key}`,
            text: `Tekst ${mail.key}`,
            providerId: mail.providerId,
            ...(mail.key === 'a3' ? { ics: INVITE } : {}),
          }),
        );
      }
    });
    after(async () => {
      await services?.stop();
      await database?.close();
    });

    it('keeps the mail in the database and queues no delivery', async () => {
      const row = await mailRow(database, ids.a1!);
      assert.equal(row.status, 'kept');
      assert.equal(row.attempts, 0);
      assert.equal(row.created_at.toISOString(), '2026-03-01T09:01:00.000Z');
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pgboss.job where name = 'mail.deliver'`.execute(database.db);
      assert.equal(rows[0]?.n, 0);
    });

    it('lists every kept mail, newest first and paginated, to the platform admin', async () => {
      const service = createMailService({ db: database.db });
      const first = await service.list(actor('platform_admin', null), { limit: 2, offset: 0 });
      assert.equal(first.total, 5);
      assert.deepEqual(
        first.items.map((m) => m.subject),
        ['Bericht a3', 'Bericht a2'],
      );
      assert.equal(first.items[0]?.hasCalendarInvite, true);
      assert.equal(first.items[0]?.status, 'kept');
      const rest = await service.list(actor('platform_admin', null), { limit: 10, offset: 2 });
      assert.deepEqual(
        rest.items.map((m) => m.subject),
        ['Bericht platform', 'Bericht b1', 'Bericht a1'],
      );
      const platformMail = await service.read(actor('platform_admin', null), ids.platform!);
      assert.equal(platformMail.text, 'Tekst platform');
    });

    it("shows provider staff only their own provider's mail", async () => {
      const service = createMailService({ db: database.db });
      for (const role of ['planner', 'administration', 'finance'] as const) {
        const list = await service.list(actor(role, PROVIDER_A), { limit: 25, offset: 0 });
        assert.equal(list.total, 3, role);
        assert.deepEqual(
          list.items.map((m) => m.to),
          ['vier@example.nl', 'drie@example.nl', 'een@example.nl'],
        );
      }
      const invite = await service.read(actor('planner', PROVIDER_A), ids.a3!);
      assert.equal(invite.ics, INVITE);
      assert.equal(invite.text, 'Tekst a3');
      await assert.rejects(service.read(actor('planner', PROVIDER_A), ids.b1!), NotFoundError);
      await assert.rejects(service.read(actor('finance', PROVIDER_B), ids.platform!), NotFoundError);
    });

    it('refuses everyone else', async () => {
      const service = createMailService({ db: database.db });
      await assert.rejects(service.list(null, { limit: 25, offset: 0 }), UnauthorizedError);
      await assert.rejects(service.read(null, ids.a1!), UnauthorizedError);
      for (const role of ['instructor', 'customer_admin', 'learner', 'trainer'] as const) {
        await assert.rejects(
          service.list(actor(role, PROVIDER_A), { limit: 25, offset: 0 }),
          ForbiddenError,
          role,
        );
        await assert.rejects(service.read(actor(role, PROVIDER_A), ids.a1!), ForbiddenError, role);
      }
    });
  });
}
