import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { OFFER_EXPIRY_JOB, runOfferExpiry } from '../src/enrollment/jobs.ts';
import { expireDueOffers } from '../src/enrollment/offers.ts';
import { offerFreeSeats, releaseSeat } from '../src/enrollment/seats.ts';
import { acceptOffer, declineOffer, enroll } from '../src/enrollment/service.ts';
import { setEnrollmentStatus } from '../src/enrollment/store.ts';
import type { Actor } from '../src/identity/model.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { DEMO, type EnrollmentTestApp, startEnrollmentApp } from './support/enrollment-app.ts';
import type { Session } from './support/identity-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`capacity and waiting list (${kind})`, () => {
    let t: EnrollmentTestApp;
    let planner: Session;
    const learners: Actor[] = [];

    const sessionRow = (id: string) =>
      t.ctx.db
        .selectFrom('sessions')
        .select(['booked', 'capacity'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const statusOf = async (id: string) =>
      (
        await t.ctx.db
          .selectFrom('enrollments')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).status;
    /** What the enrollment-changes context does when a learner cancels: status first, then the seat. */
    const cancel = (enrollmentId: string, sessionId: string) =>
      t.ctx.db.transaction().execute(async (tx) => {
        const at = new Date(t.ctx.clock.now().epochMilliseconds);
        await setEnrollmentStatus(tx, enrollmentId, 'cancelled', { endedAt: at });
        await releaseSeat(t.ctx, tx, sessionId, at);
      });

    before(async () => {
      t = await startEnrollmentApp(kind);
      planner = await t.login('planner');
      const rows = await t.ctx.db
        .insertInto('users')
        .values(
          Array.from({ length: 200 }, (_, i) => ({
            email: `load-${i}@${DEMO}`,
            name: `Load Learner ${i}`,
            role: 'learner' as const,
            locale: i % 2 === 0 ? ('nl' as const) : ('en' as const),
            provider_id: t.providerId,
            customer_id: null,
            password_hash: null,
          })),
        )
        .returning(['id', 'email', 'name', 'locale'])
        .execute();
      for (const r of rows)
        learners.push({
          userId: r.id,
          role: 'learner',
          name: r.name,
          email: r.email,
          locale: r.locale,
          providerId: t.providerId,
          customerId: null,
        });
    });
    after(async () => {
      await t.close();
    });

    it('never overbooks: 200 concurrent enrollments on 20 seats give 20 confirmed and 180 waitlisted', async () => {
      const sessionId = await t.addSession({ capacity: 20 });
      const results = await Promise.allSettled(
        learners.map((actor) => enroll(t.ctx, actor, { sessionId, acceptTerms: true, waitlist: true })),
      );
      const rejected = results.filter((r) => r.status === 'rejected');
      assert.deepEqual(rejected, []);
      const rows = await t.ctx.db
        .selectFrom('enrollments')
        .select(['status'])
        .where('session_id', '=', sessionId)
        .execute();
      assert.equal(rows.length, 200);
      assert.equal(rows.filter((r) => r.status === 'confirmed').length, 20);
      assert.equal(rows.filter((r) => r.status === 'waitlisted').length, 180);
      assert.deepEqual(await sessionRow(sessionId), { booked: 20, capacity: 20 });
    });

    it('without waitlist a full session refuses with 409 and keeps nothing of the request', async () => {
      const sessionId = await t.addSession({ capacity: 20 });
      const results = await Promise.allSettled(
        learners.map((actor) => enroll(t.ctx, actor, { sessionId, acceptTerms: true })),
      );
      const refused = results.filter(
        (r) => r.status === 'rejected' && (r.reason as { slug?: string }).slug === 'session-full',
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 20);
      assert.equal(refused.length, 180);
      const rows = await t.ctx.db
        .selectFrom('enrollments')
        .select('status')
        .where('session_id', '=', sessionId)
        .execute();
      assert.equal(rows.length, 20);
      assert.deepEqual(await sessionRow(sessionId), { booked: 20, capacity: 20 });
      const over = await t.app.inject({
        method: 'POST',
        url: '/api/enrollments',
        headers: planner.write,
        payload: { sessionId, acceptTerms: true, learners: [{ userId: await t.userId('learner') }] },
      });
      assert.equal(over.statusCode, 409);
      assert.match(over.json().detail, /waitlist: true/);
      assert.equal(over.json().waitingListOffered, true);
      const joined = await t.app.inject({
        method: 'POST',
        url: '/api/enrollments',
        headers: planner.write,
        payload: {
          sessionId,
          acceptTerms: true,
          waitlist: true,
          learners: [{ userId: await t.userId('learner') }],
        },
      });
      assert.equal(joined.statusCode, 201, joined.body);
      assert.equal(joined.json().items[0].status, 'waitlisted');
      assert.equal(joined.json().waitlisted, 1);
    });

    it('offers a freed seat to the first in line, who may accept; decline and expiry pass it on', async () => {
      const sessionId = await t.addSession({ capacity: 1 });
      const [a, b, c, d] = learners;
      if (!a || !b || !c || !d) throw new Error('learners missing');
      const first = (await enroll(t.ctx, a, { sessionId, acceptTerms: true, waitlist: true })).items[0];
      const ids: string[] = [];
      for (const actor of [b, c, d]) {
        t.clock.advance({ minutes: 1 });
        const e = (await enroll(t.ctx, actor, { sessionId, acceptTerms: true, waitlist: true })).items[0];
        assert.equal(e?.status, 'waitlisted');
        ids.push(e?.id ?? '');
      }
      const [bId, cId, dId] = ids as [string, string, string];
      const list = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${sessionId}/waiting-list`,
        headers: planner.read,
      });
      assert.deepEqual(
        list.json().items.map((i: { enrollmentId: string }) => i.enrollmentId),
        [bId, cId, dId],
      );
      const learnerView = await t.login('learner');
      assert.equal(
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/sessions/${sessionId}/waiting-list`,
            headers: learnerView.read,
          })
        ).statusCode,
        404,
      );

      // A cancels: B is offered the seat for 48 hours and told by e-mail; the seat stays held.
      await cancel(first?.id ?? '', sessionId);
      assert.equal(await statusOf(bId), 'offered');
      assert.deepEqual(await sessionRow(sessionId), { booked: 1, capacity: 1 });
      const offered = await t.ctx.db
        .selectFrom('enrollments')
        .select('offer_expires_at')
        .where('id', '=', bId)
        .executeTakeFirstOrThrow();
      assert.equal(offered.offer_expires_at?.getTime(), t.ctx.clock.now().epochMilliseconds + 48 * 3_600_000);
      // The expiry job waits in the queue for the moment the offer ends.
      const job = await sql<{ start_after: Date }>`
        select start_after from pgboss.job
        where name = ${OFFER_EXPIRY_JOB} and data->>'enrollmentId' = ${bId}`.execute(t.ctx.db);
      assert.equal(job.rows.length, 1);
      assert.equal(job.rows[0]?.start_after.getTime(), offered.offer_expires_at?.getTime());
      // B's language is English (the load learners alternate nl, en).
      const offerMail = (await t.mailsTo(b.email)).find((m) => m.subject.startsWith('A seat is available'));
      assert.match(offerMail?.text_body ?? '', /We hold it for you until/);
      assert.equal(offerMail?.ics, null);
      // Nobody else can take the held seat.
      await assert.rejects(
        enroll(t.ctx, learners[10] as Actor, { sessionId, acceptTerms: true }),
        /no seat left/,
      );

      // Someone else cannot decline B's offer (404); B declines: C is offered at once.
      const stranger = await t.login('learner2');
      const refused = await t.app.inject({
        method: 'POST',
        url: `/api/enrollments/${bId}/decline-offer`,
        headers: stranger.write,
      });
      assert.equal(refused.statusCode, 404);
      assert.equal((await declineOffer(t.ctx, b, bId)).status, 'cancelled');
      assert.equal(await statusOf(cId), 'offered');

      // The expiry job run before the time changes nothing; after it, D is offered.
      const cRow = await t.ctx.db
        .selectFrom('enrollments')
        .select('offer_expires_at')
        .where('id', '=', cId)
        .executeTakeFirstOrThrow();
      await runOfferExpiry(t.ctx, { enrollmentId: cId });
      assert.equal(await statusOf(cId), 'offered');
      const jobsForC = await sql<{ n: number }>`
        select count(*)::int as n from pgboss.job
        where name = ${OFFER_EXPIRY_JOB} and data->>'enrollmentId' = ${cId}`.execute(t.ctx.db);
      assert.equal(jobsForC.rows[0]?.n, 2, 'run early, the job is scheduled again for the expiry');
      t.clock.set(new Date((cRow.offer_expires_at?.getTime() ?? 0) + 1000).toISOString());
      await runOfferExpiry(t.ctx, { enrollmentId: cId });
      assert.equal(await statusOf(cId), 'cancelled');
      assert.equal(await statusOf(dId), 'offered');
      const events = await t.ctx.db
        .selectFrom('enrollment_events')
        .select('type')
        .where('enrollment_id', '=', cId)
        .orderBy('at')
        .execute();
      assert.deepEqual(
        events.map((e) => e.type),
        ['enrolled', 'waitlisted', 'offered', 'offer_expired'],
      );

      // D accepts in time: confirmed, with the course fee and the confirmation and invite.
      const confirmed = await acceptOffer(t.ctx, d, dId);
      assert.equal(confirmed.status, 'confirmed');
      const ledger = await t.ctx.db
        .selectFrom('enrollment_ledger')
        .selectAll()
        .where('enrollment_id', '=', dId)
        .execute();
      assert.equal(ledger.length, 1);
      const mails = await t.mailsTo(d.email);
      assert.ok(mails.some((m) => m.ics?.startsWith('BEGIN:VCALENDAR')));
      assert.deepEqual(await sessionRow(sessionId), { booked: 1, capacity: 1 });
      t.clock.set('2026-03-02T09:00:00Z');
    });

    it('an offer nobody accepts and nobody waiting behind gives the seat back', async () => {
      const sessionId = await t.addSession({ capacity: 1 });
      const [, , , , e, f] = learners;
      if (!e || !f) throw new Error('learners missing');
      const held = (await enroll(t.ctx, e, { sessionId, acceptTerms: true, waitlist: true })).items[0];
      const waiting = (await enroll(t.ctx, f, { sessionId, acceptTerms: true, waitlist: true })).items[0];
      await cancel(held?.id ?? '', sessionId);
      assert.equal(await statusOf(waiting?.id ?? ''), 'offered');
      t.clock.advance({ hours: 49 });
      try {
        await assert.rejects(acceptOffer(t.ctx, f, waiting?.id ?? ''), /held until/);
        assert.equal(await expireDueOffers(t.ctx), 1);
        assert.equal(await statusOf(waiting?.id ?? ''), 'cancelled');
        assert.deepEqual(await sessionRow(sessionId), { booked: 0, capacity: 1 });
      } finally {
        t.clock.set('2026-03-02T09:00:00Z');
      }
    });

    it('two seats freed at once go to the first and the second in line; raised capacity offers seats too', async () => {
      const sessionId = await t.addSession({ capacity: 2 });
      const group = learners.slice(20, 26);
      const ids: string[] = [];
      for (const actor of group) {
        t.clock.advance({ seconds: 1 });
        ids.push(
          (await enroll(t.ctx, actor, { sessionId, acceptTerms: true, waitlist: true })).items[0]?.id ?? '',
        );
      }
      const [h1, h2, w1, w2, w3, w4] = ids as [string, string, string, string, string, string];
      await Promise.all([cancel(h1, sessionId), cancel(h2, sessionId)]);
      assert.deepEqual(
        [await statusOf(w1), await statusOf(w2), await statusOf(w3)],
        ['offered', 'offered', 'waitlisted'],
      );
      assert.deepEqual(await sessionRow(sessionId), { booked: 2, capacity: 2 });
      await t.ctx.db.updateTable('sessions').set({ capacity: 3 }).where('id', '=', sessionId).execute();
      const offered = await t.ctx.db
        .transaction()
        .execute((tx) => offerFreeSeats(t.ctx, tx, sessionId, new Date(t.ctx.clock.now().epochMilliseconds)));
      assert.equal(offered, 1);
      assert.deepEqual([await statusOf(w3), await statusOf(w4)], ['offered', 'waitlisted']);
      assert.deepEqual(await sessionRow(sessionId), { booked: 3, capacity: 3 });
      t.clock.set('2026-03-02T09:00:00Z');
    });

    it('a retried enrollment with the same Idempotency-Key enrolls once', async () => {
      const sessionId = await t.addSession({ capacity: 5 });
      const headers = { ...planner.write, 'idempotency-key': `enroll-${sessionId}` };
      const payload = { sessionId, acceptTerms: true, learners: [{ userId: await t.userId('learner2') }] };
      const first = await t.app.inject({ method: 'POST', url: '/api/enrollments', headers, payload });
      const second = await t.app.inject({ method: 'POST', url: '/api/enrollments', headers, payload });
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(second.statusCode, 201, second.body);
      assert.equal(second.json().items[0].id, first.json().items[0].id);
      assert.deepEqual(await sessionRow(sessionId), { booked: 1, capacity: 5 });
    });

    it('over HTTP: 100 concurrent staff enrollments on 10 seats give 10 confirmed and 90 waitlisted', async () => {
      const sessionId = await t.addSession({ capacity: 10 });
      const responses = await Promise.all(
        learners.slice(100, 200).map((actor) =>
          t.app.inject({
            method: 'POST',
            url: '/api/enrollments',
            headers: planner.write,
            payload: { sessionId, acceptTerms: true, waitlist: true, learners: [{ userId: actor.userId }] },
          }),
        ),
      );
      assert.deepEqual(
        responses.filter((r) => r.statusCode !== 201).map((r) => r.body),
        [],
      );
      const list = async (status: string) =>
        (
          await t.app.inject({
            method: 'GET',
            url: `/api/enrollments?session=${sessionId}&status=${status}&limit=200`,
            headers: planner.read,
          })
        ).json();
      assert.equal((await list('confirmed')).total, 10);
      const waiting = await list('waitlisted');
      assert.equal(waiting.total, 90);
      assert.equal(waiting.items.length, 90);
      assert.deepEqual(await sessionRow(sessionId), { booked: 10, capacity: 10 });
    });
  });
}
