import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { DEMO, type EnrollmentTestApp, startEnrollmentApp } from './support/enrollment-app.ts';
import type { Session } from './support/identity-app.ts';

/**
 * Issue 12, item 6: enrolling by e-mail (or id) must not tell whether an address has an account
 * elsewhere, nor what kind. Every learner an actor may not enroll gets the same answer.
 */
for (const kind of testDatabaseKinds()) {
  describe(`enrolling reveals nothing about other tenants' accounts (${kind})`, () => {
    let t: EnrollmentTestApp;
    let admin: Session;
    let planner: Session;
    const elsewhere: Record<string, { email: string; id: string }> = {};

    before(async () => {
      t = await startEnrollmentApp(kind);
      admin = await t.login('customer-admin');
      planner = await t.login('planner');
      const other = await identity.createProvider(t.ctx, t.ctx.db, {
        name: 'Elders Opleidingen B.V.',
        slug: 'elders',
        country: 'NL',
        timeZone: 'Europe/Amsterdam',
        termsProviderId: 'plusport-courses',
      });
      const add = async (local: string, role: 'planner' | 'learner', providerId: string | null) => {
        const user = await identity.createUser(t.ctx, null, {
          email: `${local}@elders.example`,
          name: local,
          role,
          providerId,
        });
        elsewhere[local] = { email: user.email, id: user.id };
      };
      await add('staff', 'planner', other.id);
      await add('learner', 'learner', other.id);
      await add('disabled', 'learner', other.id);
      await identity.updateUser(t.ctx, await platformAdmin(), elsewhere.disabled?.id ?? '', {
        disabled: true,
      });
    });
    after(async () => {
      await t.close();
    });

    async function platformAdmin() {
      const user = await identity.findUserById(t.ctx, await t.userId('admin'));
      if (!user) throw new Error('no demo platform admin');
      return identity.actorOf(user);
    }

    /** The answer without what differs per request by nature (its URL and request id). */
    async function answer(who: Session, learner: object, sessionId: string) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/enrollments',
        headers: who.write,
        payload: { sessionId, acceptTerms: true, learners: [learner] },
      });
      const { instance: _i, requestId: _r, ...rest } = response.json();
      return { status: response.statusCode, ...rest };
    }

    it('answers a customer admin alike for every address or id outside their company', async () => {
      const sessionId = await t.addSession({});
      const emails = [
        `planner@${DEMO}`,
        `admin@${DEMO}`,
        `instructor@${DEMO}`,
        `learner2@${DEMO}`,
        ...Object.values(elsewhere).map((u) => u.email),
      ];
      const byEmail = await Promise.all(
        emails.map((email) => answer(admin, { email, name: 'Iemand' }, sessionId)),
      );
      assert.equal(byEmail[0]?.status, 400);
      for (const [i, a] of byEmail.entries()) assert.deepEqual(a, byEmail[0], emails[i]);

      const ids = [
        await t.userId('planner'),
        await t.userId('learner2'),
        ...Object.values(elsewhere).map((u) => u.id),
        randomUUID(),
      ];
      const byId = await Promise.all(ids.map((userId) => answer(admin, { userId }, sessionId)));
      for (const [i, a] of byId.entries()) assert.deepEqual(a, byId[0], `id ${i}`);
      assert.equal(byId[0]?.errors[0].message, byEmail[0]?.errors[0].message);
    });

    it("answers provider staff alike for another provider's accounts and an unknown id", async () => {
      const sessionId = await t.addSession({});
      const ids = [...Object.values(elsewhere).map((u) => u.id), randomUUID()];
      const byId = await Promise.all(ids.map((userId) => answer(planner, { userId }, sessionId)));
      assert.equal(byId[0]?.status, 400);
      for (const [i, a] of byId.entries()) assert.deepEqual(a, byId[0], `id ${i}`);
      const byEmail = await Promise.all(
        Object.values(elsewhere).map((u) => answer(planner, { email: u.email, name: 'Iemand' }, sessionId)),
      );
      for (const a of byEmail) {
        assert.equal(a.status, 400);
        assert.equal(a.errors[0].message, byId[0]?.errors[0].message);
      }
    });
  });
}
