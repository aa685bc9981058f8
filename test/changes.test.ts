/**
 * Enrollment changes over HTTP on both databases, under the demo provider's PlusPort course terms:
 * cancellation at a tier boundary (preview == confirm, a fee changed by the clock refused), a package
 * cancelled part by part, the medical exception with and without proof (the deadline job run by
 * hand), late arrival by staff, reschedule (paid first, three months, EUR 55, the freed seat to the
 * waiting list, then 100 % on cancelling), substitution with the theory-exam condition, tenancy and
 * bad input.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROOF_DEADLINE_JOB } from '../src/enrollment/changes/jobs.ts';
import { runProofDeadline } from '../src/enrollment/changes/proof.ts';
import { type ChangesApp, post, startChangesApp } from './support/changes-app.ts';
import { testDatabaseKinds } from './support/databases.ts';
import type { Session } from './support/identity-app.ts';

const CLASSROOM_PRICE = 49_500;
const PRACTICAL_PRICE = 17_500;
/** Tuesday 17 March 2026, 09:00 in Amsterdam: 11 working days after Monday 2 March, the clock's start. */
const TUESDAY_17_MARCH = '2026-03-17T08:00:00Z';

interface Decision {
  outcome: string;
  feeCents: number;
  amounts: Record<string, number>;
  dates: Record<string, string>;
  workingDays?: number;
  clauses: { document: string; article: string }[];
  readings: string[];
  explanation: { nl: string; en: string };
  conditions?: Record<string, boolean>;
  lines?: { part: string; amounts: Record<string, number> }[];
}

const articles = (d: Decision) => d.clauses.map((c) => `${c.document} ${c.article}`);

for (const kind of testDatabaseKinds()) {
  describe(`enrollment changes under PlusPort course terms (${kind})`, () => {
    let t: ChangesApp;
    let planner: Session;
    let learner: Session;
    let admin: Session;
    let learner2: Session;
    let tomId: string;

    before(async () => {
      t = await startChangesApp(kind);
      planner = await t.login('planner');
      learner = await t.login('learner');
      admin = await t.login('customer-admin');
      learner2 = await t.login('learner2');
      tomId = await t.userId('learner');
    });
    after(async () => t.close());

    const at = (iso: string) => t.clock.set(iso);
    const devries = async () => {
      const row = await t.ctx.db
        .selectFrom('customers')
        .select('id')
        .where('name', '=', 'Bouwbedrijf De Vries B.V.')
        .executeTakeFirstOrThrow();
      return row.id;
    };

    it('cancellation at a tier boundary: preview, a fee changed since refused, confirm at the fee shown', async () => {
      at('2026-03-02T09:00:00Z');
      const session = await t.addSession(t.demoProviderId, await t.productId('NEN3140-VP'), TUESDAY_17_MARCH);
      const [id] = await t.enroll(learner, session);
      assert.ok(id);
      assert.equal(await t.booked(session), 1);

      const free = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, {});
      assert.equal(free.status, 200, JSON.stringify(free.body));
      const freeDecision = free.body.decision as Decision;
      assert.equal(freeDecision.outcome, 'allowed');
      assert.equal(freeDecision.feeCents, 0);
      assert.equal(freeDecision.workingDays, 11);
      assert.ok(articles(freeDecision).includes('plusport-cursusvoorwaarden 15.5'));
      assert.match(freeDecision.explanation.nl, /Klassikale|klassikale/);
      const timeline = free.body.feeTimeline as { part: string; ranges: { fee: number }[] }[];
      assert.equal(timeline[0]?.part, 'classroom');
      assert.deepEqual(
        [...new Set(timeline[0]?.ranges.map((r) => r.fee))],
        [0, CLASSROOM_PRICE / 2, CLASSROOM_PRICE],
      );

      // A day later the request is 10 working days before the start: 50 %.
      at('2026-03-03T09:00:00Z');
      const refused = await post(t.app, learner, `/api/enrollments/${id}/cancellation`, {
        previewedFeeCents: 0,
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.type, 'https://klasse.dev/problems/change-fee-changed');
      assert.equal(refused.body.feeCents, CLASSROOM_PRICE / 2);
      assert.equal((refused.body.decision as Decision).feeCents, CLASSROOM_PRICE / 2);
      assert.equal((await t.enrollment(id)).status, 'confirmed');
      assert.deepEqual(
        (await t.ledger(id)).map((l) => l.kind),
        ['course_fee'],
      );

      const preview = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, {});
      const shown = preview.body.decision as Decision;
      assert.equal(shown.feeCents, CLASSROOM_PRICE / 2);
      assert.equal(shown.workingDays, 10);
      const confirmed = await post(t.app, learner, `/api/enrollments/${id}/cancellation`, {
        previewedFeeCents: shown.feeCents,
      });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      assert.deepEqual(confirmed.body.decision, shown, 'the confirm records the decision the preview showed');
      assert.deepEqual(confirmed.body.ledger, preview.body.ledger);
      assert.equal(confirmed.body.status, 'cancelled');
      const ledger = await t.ledger(id);
      assert.deepEqual(
        ledger.filter((l) => l.kind !== 'course_fee').map((l) => [l.kind, l.amount]),
        [
          ['cancellation_fee', CLASSROOM_PRICE / 2],
          ['course_fee_credit', -CLASSROOM_PRICE],
        ],
      );
      assert.ok(
        ledger
          .find((l) => l.kind === 'cancellation_fee')
          ?.clauses.includes('plusport-cursusvoorwaarden 15.5'),
      );
      assert.equal(await t.booked(session), 0);
      assert.deepEqual(
        (await t.events(id)).map((e) => e.type),
        ['enrolled', 'cancelled'],
      );

      const again = await post(t.app, learner, `/api/enrollments/${id}/cancellation`, {
        previewedFeeCents: 0,
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.type, 'https://klasse.dev/problems/enrollment-not-changeable');
    });

    it('a package is cancelled part by part: the e-learning within 10 working days free, the exam at its own tier', async () => {
      at('2026-03-02T09:00:00Z');
      const elearning = await t.productId('VCA-B-EL');
      const exam = await t.productId('VCA-B-EX');
      const pkg = await t.addProduct(t.demoProviderId, {
        code: 'PKG-EL-EX',
        type: 'package',
        priceCents: 17_500,
      });
      await t.ctx.db
        .insertInto('package_components')
        .values([
          {
            package_id: pkg,
            component_id: elearning,
            position: 0,
            price_cents: 9_500,
            vat_code: 'exempt_training',
          },
          {
            package_id: pkg,
            component_id: exam,
            position: 1,
            price_cents: 8_000,
            vat_code: 'exempt_training',
          },
        ])
        .execute();
      const session = await t.addSession(t.demoProviderId, pkg, TUESDAY_17_MARCH);
      const [id] = await t.enroll(admin, session, [tomId]);
      assert.ok(id);

      // Thursday 12 March: the exam is 3 working days away (100 %); the e-learning was bought 8 working days ago.
      at('2026-03-12T09:00:00Z');
      const preview = await post(t.app, admin, `/api/enrollments/${id}/cancellation/preview`, {});
      const decision = preview.body.decision as Decision;
      assert.equal(decision.feeCents, 8_000);
      assert.deepEqual(
        decision.lines?.map((l) => [l.part, l.amounts.fee]),
        [
          ['elearning', 0],
          ['exam', 8_000],
        ],
      );
      assert.ok(decision.readings.includes('package-parts'));
      const confirmed = await post(t.app, admin, `/api/enrollments/${id}/cancellation`, {
        previewedFeeCents: 8_000,
      });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      const ledger = await t.ledger(id);
      assert.equal(
        ledger.filter((l) => l.kind === 'course_fee_credit').reduce((s, l) => s + l.amount, 0),
        -17_500,
      );
      assert.deepEqual(
        ledger.filter((l) => l.kind === 'cancellation_fee').map((l) => l.amount),
        [8_000],
      );
    });

    it('medical exception with proof in time: the fee is held, then nothing is charged', async () => {
      at('2026-03-02T09:00:00Z');
      const session = await t.addSession(t.demoProviderId, await t.productId('NEN3140-VP'), TUESDAY_17_MARCH);
      const [id] = await t.enroll(learner, session);
      assert.ok(id);
      // Tuesday 10 March: 5 working days before, the starred 100 % row (plusport-cursusvoorwaarden#15.5, plusport-cursusvoorwaarden#15.6).
      at('2026-03-10T10:00:00Z');
      const preview = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, {
        reason: 'sick_report',
      });
      const decision = preview.body.decision as Decision;
      assert.equal(decision.outcome, 'pending_proof');
      assert.equal(decision.feeCents, CLASSROOM_PRICE);
      assert.equal(decision.amounts.feeIfProofInTime, 0);
      assert.equal(decision.dates.proofDeadline, '2026-03-17');
      assert.ok(articles(decision).includes('plusport-cursusvoorwaarden 15.6'));
      assert.equal(preview.body.canConfirm, true);
      assert.deepEqual(preview.body.ledger, [], 'the fee is held, not on the ledger');

      const held = await post(t.app, learner, `/api/enrollments/${id}/cancellation`, {
        reason: 'sick_report',
        previewedFeeCents: CLASSROOM_PRICE,
      });
      assert.equal(held.status, 200, JSON.stringify(held.body));
      assert.equal(held.body.status, 'cancellation_pending');
      assert.deepEqual(
        (await t.ledger(id)).map((l) => l.kind),
        ['course_fee'],
      );
      assert.equal(await t.booked(session), 0, 'the seat is given up at once');
      const job = (await t.jobs(PROOF_DEADLINE_JOB)).find((j) => j.data.enrollmentId === id);
      assert.ok(job, 'a job waits at the proof deadline');
      // The day after the deadline begins at midnight in Amsterdam.
      assert.equal(new Date(job.start_after).toISOString(), '2026-03-17T23:00:00.000Z');

      const byLearner = await post(t.app, learner, `/api/enrollments/${id}/cancellation/proof`, {});
      assert.equal(byLearner.status, 403);

      at('2026-03-12T10:00:00Z');
      const proof = await post(t.app, planner, `/api/enrollments/${id}/cancellation/proof`, {});
      assert.equal(proof.status, 200, JSON.stringify(proof.body));
      assert.equal((proof.body.decision as Decision).feeCents, 0);
      assert.equal(proof.body.status, 'cancelled');
      const ledger = await t.ledger(id);
      assert.deepEqual(
        ledger.map((l) => [l.kind, l.amount]),
        [
          ['course_fee', CLASSROOM_PRICE],
          ['course_fee_credit', -CLASSROOM_PRICE],
        ],
      );
      assert.deepEqual(
        (await t.events(id)).map((e) => e.type),
        ['enrolled', 'cancellation_pending', 'proof_received'],
      );

      // The deadline job still runs later, and finds nothing left to decide.
      at('2026-03-18T08:00:00Z');
      assert.equal(await runProofDeadline(t.ctx, job.data), null);
      assert.equal((await t.ledger(id)).length, 2);
      const twice = await post(t.app, planner, `/api/enrollments/${id}/cancellation/proof`, {});
      assert.equal(twice.status, 409);
    });

    it('medical exception without proof: the deadline job applies the normal table', async () => {
      at('2026-03-02T09:00:00Z');
      const colleague = await t.addLearner(t.demoProviderId, await devries(), 'no-proof');
      const session = await t.addSession(t.demoProviderId, await t.productId('NEN3140-VP'), TUESDAY_17_MARCH);
      const [id] = await t.enroll(admin, session, [colleague.id]);
      assert.ok(id);
      at('2026-03-10T10:00:00Z');
      const held = await post(t.app, admin, `/api/enrollments/${id}/cancellation`, {
        reason: 'hospital_admission',
        previewedFeeCents: CLASSROOM_PRICE,
      });
      assert.equal(held.status, 200, JSON.stringify(held.body));
      const job = (await t.jobs(PROOF_DEADLINE_JOB)).find((j) => j.data.enrollmentId === id);
      assert.ok(job);

      // Run on the deadline day itself (a clock ahead of the queue): still in time, nothing happens.
      at('2026-03-17T12:00:00Z');
      assert.equal(await runProofDeadline(t.ctx, job.data), null);
      assert.equal((await t.enrollment(id)).status, 'cancellation_pending');

      at('2026-03-17T23:30:00Z');
      const decided = await runProofDeadline(t.ctx, job.data);
      assert.ok(decided);
      assert.equal(decided.decision.feeCents, CLASSROOM_PRICE);
      assert.match(decided.decision.explanation.en, /normal table/);
      assert.equal((await t.enrollment(id)).status, 'cancelled');
      const fee = (await t.ledger(id)).find((l) => l.kind === 'cancellation_fee');
      assert.equal(fee?.amount, CLASSROOM_PRICE);
      assert.ok(fee?.clauses.includes('plusport-cursusvoorwaarden 15.6'));
      assert.deepEqual(
        (await t.events(id)).map((e) => e.type),
        ['enrolled', 'cancellation_pending', 'proof_deadline_passed'],
      );
    });

    it('late arrival and no-show are recorded by staff only, at 100 %, without freeing the seat', async () => {
      at('2026-03-02T09:00:00Z');
      const session = await t.addSession(t.demoProviderId, await t.productId('NEN3140-VP'), TUESDAY_17_MARCH);
      const [id] = await t.enroll(learner, session);
      assert.ok(id);
      const early = await post(t.app, planner, `/api/enrollments/${id}/cancellation/preview`, {
        attendance: 'no_show',
      });
      assert.equal(early.status, 400);
      assert.deepEqual(
        (early.body.errors as { path: string }[]).map((e) => e.path),
        ['attendance'],
      );
      at('2026-03-17T08:20:00Z');
      const byLearner = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, {
        attendance: 'late',
      });
      assert.equal(byLearner.status, 403);
      const preview = await post(t.app, planner, `/api/enrollments/${id}/cancellation/preview`, {
        attendance: 'no_show',
      });
      assert.equal(preview.status, 200, JSON.stringify(preview.body));
      assert.equal((preview.body.decision as Decision).feeCents, CLASSROOM_PRICE);
      const done = await post(t.app, planner, `/api/enrollments/${id}/cancellation`, {
        attendance: 'no_show',
        previewedFeeCents: CLASSROOM_PRICE,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal(await t.booked(session), 1);
      assert.equal((await t.events(id)).at(-1)?.details.attendance, 'no_show');
    });

    it('reschedule: paid first, within three months, EUR 55 from 10 working days, the freed seat to the waiting list', async () => {
      at('2026-03-02T09:00:00Z');
      const bhv = await t.productId('BHV-PRAKTIJK');
      const first = await t.addSession(t.demoProviderId, bhv, TUESDAY_17_MARCH, { capacity: 1 });
      const later = await t.addSession(t.demoProviderId, bhv, '2026-04-14T07:00:00Z');
      const tooLate = await t.addSession(t.demoProviderId, bhv, '2026-07-14T07:00:00Z');
      const other = await t.addSession(
        t.demoProviderId,
        await t.productId('NEN3140-VP'),
        '2026-04-14T07:00:00Z',
      );
      const [id] = await t.enroll(learner, first);
      assert.ok(id);
      const waiting = await t.addLearner(t.demoProviderId, await devries(), 'waiting');
      const [waitingId] = await t.enroll(admin, first, [waiting.id]);
      assert.ok(waitingId);
      assert.equal((await t.enrollment(waitingId)).status, 'waitlisted');

      const unpaid = await post(t.app, learner, `/api/enrollments/${id}/reschedule/preview`, {
        sessionId: later,
      });
      assert.equal(unpaid.status, 200, JSON.stringify(unpaid.body));
      assert.equal((unpaid.body.decision as Decision).outcome, 'not_allowed');
      assert.deepEqual(articles(unpaid.body.decision as Decision), ['plusport-cursusvoorwaarden 14.3']);
      const refused = await post(t.app, learner, `/api/enrollments/${id}/reschedule`, {
        sessionId: later,
        previewedFeeCents: 0,
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.type, 'https://klasse.dev/problems/change-not-allowed');

      assert.equal(
        (await post(t.app, learner, `/api/enrollments/${id}/course-fee-paid`, { paid: true })).status,
        403,
      );
      assert.equal(
        (await post(t.app, planner, `/api/enrollments/${id}/course-fee-paid`, { paid: true })).status,
        200,
      );

      const beyond = await post(t.app, learner, `/api/enrollments/${id}/reschedule/preview`, {
        sessionId: tooLate,
      });
      assert.equal((beyond.body.decision as Decision).outcome, 'not_allowed');
      assert.ok((beyond.body.decision as Decision).readings.includes('reschedule-new-date'));
      const wrongProduct = await post(t.app, learner, `/api/enrollments/${id}/reschedule/preview`, {
        sessionId: other,
      });
      assert.equal(wrongProduct.status, 400);

      const free = await post(t.app, learner, `/api/enrollments/${id}/reschedule/preview`, {
        sessionId: later,
      });
      assert.equal((free.body.decision as Decision).feeCents, 0);
      at('2026-03-03T09:00:00Z');
      const stale = await post(t.app, learner, `/api/enrollments/${id}/reschedule`, {
        sessionId: later,
        previewedFeeCents: 0,
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.feeCents, 5_500);
      const preview = await post(t.app, learner, `/api/enrollments/${id}/reschedule/preview`, {
        sessionId: later,
      });
      const shown = preview.body.decision as Decision;
      assert.equal(shown.feeCents, 5_500);
      assert.ok(articles(shown).includes('plusport-cursusvoorwaarden 14.5'));
      const moved = await post(t.app, learner, `/api/enrollments/${id}/reschedule`, {
        sessionId: later,
        previewedFeeCents: 5_500,
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.deepEqual(moved.body.decision, shown);
      const newId = moved.body.newEnrollmentId as string;
      const old = await t.enrollment(id);
      const now = await t.enrollment(newId);
      assert.equal(old.status, 'rescheduled');
      assert.equal(old.moved_to, newId);
      assert.equal(now.status, 'confirmed');
      assert.equal(now.session_id, later);
      assert.equal(now.moved_from, id);
      assert.equal(now.previously_rescheduled, true);
      const fees = (await t.ledger(id)).filter((l) => l.kind === 'reschedule_fee');
      assert.deepEqual(
        fees.map((l) => l.amount),
        [5_500],
      );
      assert.ok(fees[0]?.clauses.includes('plusport-cursusvoorwaarden 14.5'));
      assert.equal(
        (await t.enrollment(waitingId)).status,
        'offered',
        'the freed seat went to the waiting list',
      );
      const invite = (await t.mailsTo('learner@demo.klasse.local')).at(-1);
      assert.match(invite?.ics ?? '', /BEGIN:VCALENDAR/, 'the new date comes with a calendar invite');
      assert.match(invite?.text_body ?? '', /14 april 2026/);
      assert.equal(await t.booked(first), 1);
      assert.equal(await t.booked(later), 1);

      // Cancelling a session rescheduled by the learner costs 100 % (plusport-cursusvoorwaarden#15.5), and the fee paid comes back.
      const cancel = await post(t.app, learner, `/api/enrollments/${newId}/cancellation/preview`, {});
      const decision = cancel.body.decision as Decision;
      assert.equal(decision.feeCents, PRACTICAL_PRICE);
      assert.ok(decision.readings.includes('previously-rescheduled'));
      const done = await post(t.app, learner, `/api/enrollments/${newId}/cancellation`, {
        previewedFeeCents: PRACTICAL_PRICE,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.deepEqual(
        (await t.ledger(newId)).map((l) => [l.kind, l.amount]),
        [
          ['cancellation_fee', PRACTICAL_PRICE],
          ['refund', -PRACTICAL_PRICE],
        ],
      );
    });

    it('reschedule windows: an exam not within 5 working days (14.4), a classroom training under the cancellation table (14.6), a closed group by its quote (14.7)', async () => {
      at('2026-03-02T09:00:00Z');
      const exam = await t.productId('VCA-B-EX');
      const classroom = await t.productId('NEN3140-VP');
      const examFirst = await t.addSession(t.demoProviderId, exam, TUESDAY_17_MARCH);
      const examLater = await t.addSession(t.demoProviderId, exam, '2026-04-14T07:00:00Z');
      const roomFirst = await t.addSession(t.demoProviderId, classroom, TUESDAY_17_MARCH);
      const roomLater = await t.addSession(t.demoProviderId, classroom, '2026-04-14T07:00:00Z');
      const [examId] = await t.enroll(learner, examFirst);
      const [roomId] = await t.enroll(learner, roomFirst);
      assert.ok(examId && roomId);
      for (const id of [examId, roomId])
        assert.equal(
          (await post(t.app, planner, `/api/enrollments/${id}/course-fee-paid`, { paid: true })).status,
          200,
        );

      // Tuesday 10 March: 5 working days before the exam.
      at('2026-03-10T10:00:00Z');
      const examMove = await post(t.app, learner, `/api/enrollments/${examId}/reschedule/preview`, {
        sessionId: examLater,
      });
      const examDecision = examMove.body.decision as Decision;
      assert.equal(examDecision.outcome, 'not_allowed');
      assert.deepEqual(articles(examDecision), ['plusport-cursusvoorwaarden 14.4']);
      assert.equal(examMove.body.canConfirm, false);

      const roomMove = await post(t.app, learner, `/api/enrollments/${roomId}/reschedule/preview`, {
        sessionId: roomLater,
      });
      const roomDecision = roomMove.body.decision as Decision;
      assert.equal(roomDecision.outcome, 'allowed');
      assert.equal(roomDecision.feeCents, CLASSROOM_PRICE);
      assert.ok(roomDecision.readings.includes('reschedule-classroom'));
      assert.ok(articles(roomDecision).includes('plusport-cursusvoorwaarden 14.6'));

      at('2026-03-02T09:00:00Z');
      const group = await t.addSession(t.demoProviderId, classroom, '2026-03-24T08:00:00Z');
      const groupLater = await t.addSession(t.demoProviderId, classroom, '2026-04-21T07:00:00Z');
      await t.ctx.db
        .updateTable('sessions')
        .set({ kind: 'in_company', customer_id: await devries() })
        .where('id', 'in', [group, groupLater])
        .execute();
      const [groupId] = await t.enroll(admin, group, [tomId]);
      assert.ok(groupId);
      const quote = await post(t.app, admin, `/api/enrollments/${groupId}/cancellation/preview`, {});
      const quoteDecision = quote.body.decision as Decision;
      assert.equal(quoteDecision.outcome, 'not_covered');
      assert.ok(articles(quoteDecision).includes('plusport-cursusvoorwaarden 15.7'));
      const refused = await post(t.app, admin, `/api/enrollments/${groupId}/cancellation`, {
        previewedFeeCents: 0,
      });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.type, 'https://klasse.dev/problems/change-not-allowed');
    });

    it('substitution: a colleague of the same company who passed the theory exam (PlusPort 14.5)', async () => {
      at('2026-03-02T09:00:00Z');
      const theory = await t.productId('VCA-B-EX');
      const practical = await t.addProduct(t.demoProviderId, {
        code: 'BHV-BEWIJS',
        type: 'practical',
        priceCents: PRACTICAL_PRICE,
        proofOfParticipation: true,
      });
      await t.ctx.db
        .insertInto('product_prerequisites')
        .values({ product_id: practical, required_product_id: theory, requirement: 'passed' })
        .execute();
      const passed = (learnerId: string) =>
        t.ctx.db
          .insertInto('learner_achievements')
          .values({
            learner_id: learnerId,
            product_id: theory,
            achievement: 'passed',
            achieved_on: '2026-02-01',
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
      await passed(tomId);
      const session = await t.addSession(t.demoProviderId, practical, TUESDAY_17_MARCH);
      const [id] = await t.enroll(admin, session, [tomId]);
      assert.ok(id);
      const piet = await t.addLearner(t.demoProviderId, await devries(), 'piet');

      const notYet = await post(t.app, admin, `/api/enrollments/${id}/substitution/preview`, {
        learnerId: piet.id,
      });
      assert.equal(notYet.status, 200, JSON.stringify(notYet.body));
      const refusedDecision = notYet.body.decision as Decision;
      assert.equal(refusedDecision.outcome, 'not_allowed');
      assert.equal(refusedDecision.conditions?.substitutePassedTheoryExam, false);
      const refused = await post(t.app, admin, `/api/enrollments/${id}/substitution`, {
        learnerId: piet.id,
        previewedFeeCents: 0,
      });
      assert.equal(refused.status, 409);

      const otherCompany = await post(t.app, admin, `/api/enrollments/${id}/substitution/preview`, {
        learnerId: await t.userId('learner2'),
      });
      assert.equal(otherCompany.status, 400);
      assert.deepEqual(
        (otherCompany.body.errors as { path: string }[]).map((e) => e.path),
        ['learnerId'],
      );

      await passed(piet.id);
      const preview = await post(t.app, admin, `/api/enrollments/${id}/substitution/preview`, {
        learnerId: piet.id,
      });
      const shown = preview.body.decision as Decision;
      assert.equal(shown.outcome, 'allowed');
      assert.equal(shown.feeCents, 0);
      const done = await post(t.app, admin, `/api/enrollments/${id}/substitution`, {
        learnerId: piet.id,
        previewedFeeCents: 0,
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.deepEqual(done.body.decision, shown);
      assert.equal((await t.enrollment(id)).learner_id, piet.id);
      const event = (await t.events(id)).at(-1);
      assert.equal(event?.type, 'substituted');
      assert.deepEqual(event?.details, { fromLearnerId: tomId, toLearnerId: piet.id });
      // Tom no longer sees the enrollment.
      const gone = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, {});
      assert.equal(gone.status, 404);
    });

    it('two confirms at once: one cancels, the other finds nothing left to cancel; a retry with the same key replays', async () => {
      at('2026-03-02T09:00:00Z');
      const session = await t.addSession(t.demoProviderId, await t.productId('NEN3140-VP'), TUESDAY_17_MARCH);
      const [id] = await t.enroll(learner, session);
      assert.ok(id);
      const confirm = (key: string) =>
        t.app.inject({
          method: 'POST',
          url: `/api/enrollments/${id}/cancellation`,
          headers: { ...learner.write, 'idempotency-key': key },
          payload: { previewedFeeCents: 0 },
        });
      const [a, b] = await Promise.all([confirm('first-key'), confirm('second-key')]);
      assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
      assert.equal(await t.booked(session), 0, 'the seat was given back once');
      assert.equal((await t.ledger(id)).filter((l) => l.kind === 'course_fee_credit').length, 1);
      const winner = a.statusCode === 200 ? 'first-key' : 'second-key';
      const retry = await confirm(winner);
      assert.equal(retry.statusCode, 200);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal((await t.ledger(id)).filter((l) => l.kind === 'course_fee_credit').length, 1);
    });

    it('two reschedules into the last seat: one moves, the other is refused and keeps its seat', async () => {
      at('2026-03-02T09:00:00Z');
      const bhv = await t.productId('BHV-PRAKTIJK');
      const from = await t.addSession(t.demoProviderId, bhv, TUESDAY_17_MARCH);
      const to = await t.addSession(t.demoProviderId, bhv, '2026-04-21T07:00:00Z', { capacity: 1 });
      const colleague = await t.addLearner(t.demoProviderId, await devries(), 'last-seat');
      const ids = await t.enroll(admin, from, [tomId, colleague.id]);
      for (const id of ids) {
        assert.equal(
          (await post(t.app, planner, `/api/enrollments/${id}/course-fee-paid`, { paid: true })).status,
          200,
        );
      }
      const results = await Promise.all(
        ids.map((id) =>
          post(t.app, admin, `/api/enrollments/${id}/reschedule`, { sessionId: to, previewedFeeCents: 0 }),
        ),
      );
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
      const refused = results.find((r) => r.status === 409);
      assert.equal(refused?.body.type, 'https://klasse.dev/problems/session-full');
      assert.equal(await t.booked(to), 1);
      assert.equal(await t.booked(from), 1);
    });

    it('the provider cancels a session: everyone released and credited, a fee held for proof never charged', async () => {
      at('2026-03-02T09:00:00Z');
      const classroom = await t.productId('NEN3140-VP');
      const session = await t.addSession(t.demoProviderId, classroom, TUESDAY_17_MARCH);
      const alternative = await t.addSession(t.demoProviderId, classroom, '2026-04-14T07:00:00Z');
      const colleague = await t.addLearner(t.demoProviderId, await devries(), 'held-fee');
      const [heldId, keptId] = await t.enroll(admin, session, [colleague.id, tomId]);
      assert.ok(heldId && keptId);
      at('2026-03-10T10:00:00Z');
      const held = await post(t.app, admin, `/api/enrollments/${heldId}/cancellation`, {
        reason: 'death',
        previewedFeeCents: CLASSROOM_PRICE,
      });
      assert.equal(held.status, 200, JSON.stringify(held.body));
      assert.equal(await t.booked(session), 1);

      const view = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${session}/go-no-go`,
        headers: planner.read,
      });
      assert.equal(view.statusCode, 200, view.body);
      const body = view.json() as {
        goNoGo: { noticeDeadline: string | null };
        refundTotalCents: number;
        alternatives: { id: string }[];
      };
      // PlusPort sets no notice period for cancelling a course (15.1).
      assert.equal(body.goNoGo.noticeDeadline, null);
      assert.equal(body.refundTotalCents, 2 * CLASSROOM_PRICE);
      assert.ok(body.alternatives.some((a) => a.id === alternative));

      const cancelled = await post(t.app, planner, `/api/sessions/${session}/cancel`, {
        reason: 'instructor_unavailable',
        previewedRefundCents: 2 * CLASSROOM_PRICE,
      });
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
      for (const id of [heldId, keptId]) {
        assert.equal((await t.enrollment(id)).status, 'released');
        assert.deepEqual(
          (await t.ledger(id)).map((l) => [l.kind, l.amount]),
          [
            ['course_fee', CLASSROOM_PRICE],
            ['course_fee_credit', -CLASSROOM_PRICE],
          ],
        );
      }
      assert.equal(await t.booked(session), 0);
      const job = (await t.jobs(PROOF_DEADLINE_JOB)).find((j) => j.data.enrollmentId === heldId);
      assert.ok(job);
      at('2026-03-18T08:00:00Z');
      assert.equal(await runProofDeadline(t.ctx, job.data), null);
      assert.equal((await t.ledger(heldId)).length, 2);
    });

    it('tenancy and bad input: hidden is not found, bad fields are named, nothing changes', async () => {
      at('2026-03-02T09:00:00Z');
      const session = await t.addSession(t.demoProviderId, await t.productId('NEN3140-VP'), TUESDAY_17_MARCH);
      const [id] = await t.enroll(learner, session);
      assert.ok(id);
      const hidden = await post(t.app, learner2, `/api/enrollments/${id}/cancellation/preview`, {});
      assert.equal(hidden.status, 404);
      const hiddenConfirm = await post(t.app, learner2, `/api/enrollments/${id}/cancellation`, {
        previewedFeeCents: 0,
      });
      assert.equal(hiddenConfirm.status, 404);
      const unknown = await post(
        t.app,
        learner,
        `/api/enrollments/${crypto.randomUUID()}/cancellation/preview`,
        {},
      );
      assert.equal(unknown.status, 404);
      const notAnId = await post(t.app, learner, '/api/enrollments/nope/cancellation/preview', {});
      assert.equal(notAnId.status, 400);
      const noFee = await post(t.app, learner, `/api/enrollments/${id}/cancellation`, {});
      assert.equal(noFee.status, 400);
      assert.ok((noFee.body.errors as { path: string }[]).some((e) => e.path === 'previewedFeeCents'));
      const badReason = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, {
        reason: 'holiday',
      });
      assert.equal(badReason.status, 400);
      const extra = await post(t.app, learner, `/api/enrollments/${id}/cancellation/preview`, { fee: 1 });
      assert.equal(extra.status, 400);
      const goNoGo = await t.app.inject({
        method: 'GET',
        url: `/api/sessions/${session}/go-no-go`,
        headers: learner.read,
      });
      assert.equal(goNoGo.statusCode, 404);
      const cancelByLearner = await post(t.app, learner, `/api/sessions/${session}/cancel`, {
        reason: 'too_few_participants',
      });
      assert.equal(cancelByLearner.status, 404);
      assert.equal((await t.enrollment(id)).status, 'confirmed');
      assert.equal(await t.booked(session), 1);
    });
  });
}
