import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabaseKinds } from './support/databases.ts';
import { type EnrollmentTestApp, startEnrollmentApp } from './support/enrollment-app.ts';
import type { Session } from './support/identity-app.ts';

/**
 * Issue 12, item 20: an enrollment writes its Idempotency-Key and answer in its own transaction.
 * What a client notices must not change: a retry gets the first answer byte for byte, racing
 * retries enroll once, a key reused for another body is refused and changes nothing, a refusal is
 * answered the same on a retry.
 */
for (const kind of testDatabaseKinds()) {
  describe(`Enrolling with an Idempotency-Key (${kind})`, () => {
    let t: EnrollmentTestApp;
    let planner: Session;
    let learner: string;

    before(async () => {
      t = await startEnrollmentApp(kind);
      planner = await t.login('planner');
      learner = await t.userId('learner2');
    });
    after(async () => {
      await t.close();
    });

    const enroll = (key: string, body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/enrollments',
        headers: { ...planner.write, 'idempotency-key': key },
        payload: { acceptTerms: true, learners: [{ userId: learner }], ...body },
      });

    async function enrollmentsIn(sessionId: string): Promise<number> {
      const rows = await t.ctx.db
        .selectFrom('enrollments')
        .select('id')
        .where('session_id', '=', sessionId)
        .execute();
      return rows.length;
    }

    async function booked(sessionId: string): Promise<number> {
      const row = await t.ctx.db
        .selectFrom('sessions')
        .select('booked')
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      return row.booked;
    }

    it('replays a retry byte for byte and enrolls once', async () => {
      const sessionId = await t.addSession({ capacity: 5 });
      const first = await enroll(`retry-${sessionId}`, { sessionId });
      assert.equal(first.statusCode, 201, first.body);
      assert.equal(first.headers['idempotent-replayed'], undefined);
      const retry = await enroll(`retry-${sessionId}`, { sessionId });
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.headers['content-type'], first.headers['content-type']);
      assert.equal(retry.body, first.body);
      assert.equal(await enrollmentsIn(sessionId), 1);
      assert.equal(await booked(sessionId), 1);
    });

    it('enrolls once when ten retries with one key race, and answers each with that enrollment', async () => {
      const sessionId = await t.addSession({ capacity: 5 });
      const responses = await Promise.all(
        Array.from({ length: 10 }, () => enroll(`race-${sessionId}`, { sessionId })),
      );
      const ids = new Set<string>();
      for (const response of responses) {
        // A request still running when its twin asks may answer "in progress"; none may enroll twice.
        if (response.statusCode === 409) {
          assert.equal(
            response.json<{ type: string }>().type,
            'https://klasse.dev/problems/idempotency-request-in-progress',
          );
          continue;
        }
        assert.equal(response.statusCode, 201, response.body);
        ids.add(response.json<{ items: { id: string }[] }>().items[0]?.id ?? '');
      }
      assert.equal(ids.size, 1, 'every answer names the one enrollment');
      assert.equal(await enrollmentsIn(sessionId), 1);
      assert.equal(await booked(sessionId), 1);
    });

    it('refuses the key for another body with 422 and enrolls nothing there', async () => {
      const first = await t.addSession({ capacity: 5 });
      const other = await t.addSession({ capacity: 5 });
      assert.equal((await enroll(`reuse-${first}`, { sessionId: first })).statusCode, 201);
      const reused = await enroll(`reuse-${first}`, { sessionId: other });
      assert.equal(reused.statusCode, 422, reused.body);
      assert.equal(
        reused.json<{ type: string }>().type,
        'https://klasse.dev/problems/idempotency-key-reused',
      );
      assert.equal(await enrollmentsIn(other), 0);
      assert.equal(await booked(other), 0);
    });

    it('answers a retry of a refusal with the same refusal', async () => {
      const sessionId = await t.addSession({ capacity: 1 });
      const taken = await t.app.inject({
        method: 'POST',
        url: '/api/enrollments',
        headers: planner.write,
        payload: { sessionId, acceptTerms: true, learners: [{ userId: await t.userId('learner') }] },
      });
      assert.equal(taken.statusCode, 201, taken.body);
      const full = await enroll(`full-${sessionId}`, { sessionId });
      assert.equal(full.statusCode, 409, full.body);
      assert.equal(full.json<{ type: string }>().type, 'https://klasse.dev/problems/session-full');
      const retry = await enroll(`full-${sessionId}`, { sessionId });
      assert.equal(retry.statusCode, 409);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.body, full.body);
      assert.equal(await enrollmentsIn(sessionId), 1);
    });
  });
}
