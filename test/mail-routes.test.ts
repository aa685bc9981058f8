/**
 * Issue 2, item 4: "with no SMTP configured, mails are kept in the database and staff read them".
 * GET /api/mails and /api/mails/:id through the real server, logged in as the demo accounts.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { createAppContext, type RunningContext } from '../src/app.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { registerAuth } from '../src/identity/http-auth.ts';
import { identityRoutes } from '../src/identity/routes.ts';
import { manualClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { buildServer } from '../src/platform/http/server.ts';
import type { KlasseApp } from '../src/platform/http/types.ts';
import { mailRoutes } from '../src/platform/mail/routes.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session } from './support/identity-app.ts';

interface Listed {
  items: { id: string; subject: string; status: string; providerId: string | null }[];
  total: number;
  limit: number;
  offset: number;
}

interface Problem {
  type: string;
  status: number;
  errors?: { path: string }[];
}

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/mails (${kind})`, () => {
    let database: TestDatabase;
    let running: RunningContext;
    let app: KlasseApp;
    const sessions: Record<string, Session> = {};
    const ids: Record<string, string> = {};
    const clock = manualClock('2026-03-02T09:00:00Z');
    const get = (url: string, session?: Session) =>
      app.inject({ method: 'GET', url, ...(session ? { headers: session.read } : {}) });

    before(async () => {
      database = await openTestDatabase(kind);
      const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
      running = await createAppContext(config, database, {
        clock,
        logger: pino({ level: 'silent' }),
        runJobs: false,
        jobModules: [],
      });
      await seedDemoIfEmpty(running.ctx);
      app = await buildServer(running.ctx, [identityRoutes, mailRoutes], { auth: registerAuth });
      await app.ready();
      for (const local of ['admin', 'planner', 'finance', 'learner']) {
        sessions[local] = await loginAs(app, `${local}@demo.klasse.local`, DEMO_PASSWORD);
      }
      const demoProvider = await database.db.selectFrom('providers').select('id').executeTakeFirstOrThrow();
      const mails = [
        { key: 'own1', providerId: demoProvider.id },
        { key: 'other', providerId: randomUUID() },
        { key: 'own2', providerId: demoProvider.id },
      ];
      for (const mail of mails) {
        clock.advance({ minutes: 5 });
        ids[mail.key] = await database.db.transaction().execute((tx) =>
          running.ctx.mail.queue(tx, {
            to: 'cursist@example.nl',
            subject: `Mail ${mail.key}`,
            text: `Tekst ${mail.key}`,
            providerId: mail.providerId,
          }),
        );
      }
    });
    after(async () => {
      await app?.close();
      await running?.close();
      await database?.close();
    });

    it('lists every kept mail to the platform admin, newest first, a page at a time', async () => {
      const all = await get('/api/mails', sessions.admin);
      assert.equal(all.statusCode, 200, all.body);
      const body = all.json() as Listed;
      const ours = body.items.filter((m) => m.subject.startsWith('Mail '));
      assert.deepEqual(
        ours.map((m) => [m.subject, m.status]),
        [
          ['Mail own2', 'kept'],
          ['Mail other', 'kept'],
          ['Mail own1', 'kept'],
        ],
      );
      const page = (await get('/api/mails?limit=1&offset=1', sessions.admin)).json() as Listed;
      assert.equal(page.total, body.total);
      assert.deepEqual([page.limit, page.offset, page.items.length], [1, 1, 1]);
      assert.equal(page.items[0]?.id, body.items[1]?.id);
    });

    it("shows provider staff their own provider's mails only, and reads one whole", async () => {
      for (const local of ['planner', 'finance']) {
        const list = (await get('/api/mails', sessions[local])).json() as Listed;
        // The demo's own enrollments sent confirmations too; this test's mails are the "Mail " ones,
        // newest first, and the other provider's is not among them.
        assert.deepEqual(
          list.items.filter((m) => m.subject.startsWith('Mail ')).map((m) => m.subject),
          ['Mail own2', 'Mail own1'],
          local,
        );
      }
      const one = await get(`/api/mails/${ids.own1}`, sessions.planner);
      assert.equal(one.statusCode, 200);
      assert.equal((one.json() as { text: string }).text, 'Tekst own1');
      const hidden = await get(`/api/mails/${ids.other}`, sessions.planner);
      assert.equal(hidden.statusCode, 404);
      assert.match(String(hidden.headers['content-type']), /application\/problem\+json/);
    });

    it('refuses a learner, and anyone not logged in', async () => {
      const learner = await get('/api/mails', sessions.learner);
      assert.equal(learner.statusCode, 403);
      assert.match((learner.json() as Problem).type, /forbidden$/);
      assert.equal((await get(`/api/mails/${ids.own1}`, sessions.learner)).statusCode, 403);
      const anonymous = await get('/api/mails');
      assert.equal(anonymous.statusCode, 401);
      assert.match((anonymous.json() as Problem).type, /unauthorized$/);
    });

    it('names the bad parameter', async () => {
      const badId = await get('/api/mails/not-a-uuid', sessions.admin);
      assert.equal(badId.statusCode, 400);
      assert.ok(
        (badId.json() as Problem).errors?.some((e) => e.path.includes('id')),
        badId.body,
      );
      const badLimit = await get('/api/mails?limit=1000', sessions.admin);
      assert.equal(badLimit.statusCode, 400);
      assert.ok(
        (badLimit.json() as Problem).errors?.some((e) => e.path.includes('limit')),
        badLimit.body,
      );
    });
  });
}
