/**
 * Issue 12, item 15: raising a full session's capacity offers the new seats to the waiting list,
 * first in line first, in the same transaction (src/workflows/session-changes.ts), before a newcomer
 * can take one. On both databases, over HTTP as staff and learners use it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enroll } from '../src/enrollment/service.ts';
import type { Actor } from '../src/identity/model.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { DEMO, type EnrollmentTestApp, startEnrollmentApp } from './support/enrollment-app.ts';
import type { Session } from './support/identity-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`raising a session's capacity serves the waiting list first (${kind})`, () => {
    let t: EnrollmentTestApp;
    let planner: Session;
    const learners: Actor[] = [];

    before(async () => {
      t = await startEnrollmentApp(kind);
      planner = await t.login('planner');
      const rows = await t.ctx.db
        .insertInto('users')
        .values(
          Array.from({ length: 10 }, (_, i) => ({
            email: `wait-${i}@${DEMO}`,
            name: `Wachtende ${i}`,
            role: 'learner' as const,
            locale: 'nl' as const,
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

    it('two more seats go as offers to the first two waiting (mailed); a newcomer waits behind them', async () => {
      const sessionId = await t.addSession({ capacity: 2 });
      const [held1, held2, first, second, third, newcomer] = learners;
      if (!held1 || !held2 || !first || !second || !third || !newcomer) throw new Error('learners missing');
      const statusOf = new Map<string, string>();
      for (const learner of [held1, held2, first, second, third]) {
        t.clock.advance({ seconds: 1 });
        const made = await enroll(t.ctx, learner, { sessionId, acceptTerms: true, waitlist: true });
        statusOf.set(learner.email, made.items[0]?.status ?? '');
      }
      assert.deepEqual(
        [...statusOf.values()],
        ['confirmed', 'confirmed', 'waitlisted', 'waitlisted', 'waitlisted'],
      );

      const raised = await t.app.inject({
        method: 'PATCH',
        url: `/api/sessions/${sessionId}`,
        headers: planner.write,
        payload: { capacity: 4 },
      });
      assert.equal(raised.statusCode, 200, raised.body);
      assert.equal(raised.json().capacity, 4);
      assert.equal(raised.json().booked, 4, 'the two new seats are held for the offers');

      t.clock.advance({ seconds: 1 });
      const late = await enroll(t.ctx, newcomer, { sessionId, acceptTerms: true, waitlist: true });
      assert.equal(late.items[0]?.status, 'waitlisted', 'the newcomer does not jump the queue');

      const list = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${sessionId}/waiting-list`,
        headers: planner.read,
      });
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(
        list.json().items.map((i: { learnerEmail: string; status: string }) => [i.learnerEmail, i.status]),
        [
          [first.email, 'offered'],
          [second.email, 'offered'],
          [third.email, 'waitlisted'],
          [newcomer.email, 'waitlisted'],
        ],
      );
      for (const offered of [first, second]) {
        const mails = await t.mailsTo(offered.email);
        assert.equal(mails.length, 1, `one offer mail to ${offered.email}`);
        assert.match(mails[0]?.subject ?? '', /^Plaats vrijgekomen: /);
      }
      assert.deepEqual(await t.mailsTo(third.email), []);
    });

    it('a newcomer enrolling while staff raise the capacity still waits behind those already waiting', async () => {
      const sessionId = await t.addSession({ capacity: 1 });
      const [held, first, second, newcomer] = learners.slice(6);
      if (!held || !first || !second || !newcomer) throw new Error('learners missing');
      for (const learner of [held, first, second]) {
        t.clock.advance({ seconds: 1 });
        await enroll(t.ctx, learner, { sessionId, acceptTerms: true, waitlist: true });
      }
      t.clock.advance({ seconds: 1 });
      const [raised, late] = await Promise.all([
        t.app.inject({
          method: 'PATCH',
          url: `/api/sessions/${sessionId}`,
          headers: planner.write,
          payload: { capacity: 3 },
        }),
        enroll(t.ctx, newcomer, { sessionId, acceptTerms: true, waitlist: true }),
      ]);
      assert.equal(raised.statusCode, 200, raised.body);
      assert.equal(late.items[0]?.status, 'waitlisted');
      const list = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${sessionId}/waiting-list`,
        headers: planner.read,
      });
      assert.deepEqual(
        list.json().items.map((i: { learnerEmail: string; status: string }) => [i.learnerEmail, i.status]),
        [
          [first.email, 'offered'],
          [second.email, 'offered'],
          [newcomer.email, 'waitlisted'],
        ],
      );
    });
  });
}
