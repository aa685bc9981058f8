import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseContentLines, parseUtc, unescapeText } from '../src/enrollment/ical.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { DEMO, type EnrollmentTestApp, startEnrollmentApp } from './support/enrollment-app.ts';
import type { Session } from './support/identity-app.ts';

for (const kind of testDatabaseKinds()) {
  describe(`enrollment (${kind})`, () => {
    let t: EnrollmentTestApp;
    let learner: Session;
    let learner2: Session;
    let admin: Session;
    let planner: Session;

    const post = (who: Session, url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: who.write, ...(payload ? { payload } : {}) });
    const get = (who: Session, url: string) => t.app.inject({ method: 'GET', url, headers: who.read });
    const booked = async (sessionId: string) =>
      (
        await t.ctx.db
          .selectFrom('sessions')
          .select('booked')
          .where('id', '=', sessionId)
          .executeTakeFirstOrThrow()
      ).booked;
    const count = async (sessionId: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom('enrollments')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('session_id', '=', sessionId)
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      t = await startEnrollmentApp(kind);
      learner = await t.login('learner');
      learner2 = await t.login('learner2');
      admin = await t.login('customer-admin');
      planner = await t.login('planner');
    });
    after(async () => {
      await t.close();
    });

    it('previews the terms in force with the cancellation clauses and the fee timeline', async () => {
      const sessionId = await t.addSession({});
      const response = await get(learner, `/api/sessions/${sessionId}/enrollment-terms`);
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.equal(body.key, 'plusport-courses');
      assert.match(body.version, /\S/);
      assert.ok(body.cancellationClauses.length > 0);
      assert.ok(body.cancellationClauses.every((c: { document: string }) => c.document.length > 0));
      assert.ok(body.feeTimeline.length > 0);
      // The timeline runs from today to the start; the fee only rises towards the start.
      const fees = body.feeTimeline.map((r: { fee: number }) => r.fee);
      assert.deepEqual(
        [...fees].sort((a, b) => a - b),
        fees,
      );
      assert.equal(body.feeTimeline[0].from, '2026-03-02');
      // PlusPort's course terms have no group discount.
      assert.equal(body.groupDiscount, null);
    });

    it('refuses bad input with field errors and changes nothing', async () => {
      const sessionId = await t.addSession({});
      const noTerms = await post(learner, '/api/enrollments', { sessionId });
      assert.equal(noTerms.statusCode, 400);
      assert.ok(noTerms.json().errors.some((e: { path: string }) => e.path === 'acceptTerms'));
      const falseTerms = await post(learner, '/api/enrollments', { sessionId, acceptTerms: false });
      assert.equal(falseTerms.statusCode, 400);
      const badId = await post(learner, '/api/enrollments', { sessionId: 'nope', acceptTerms: true });
      assert.equal(badId.statusCode, 400);
      const unknown = await post(learner, '/api/enrollments', {
        sessionId: '00000000-0000-4000-8000-000000000000',
        acceptTerms: true,
      });
      assert.equal(unknown.statusCode, 404);
      const others = await post(learner, '/api/enrollments', {
        sessionId,
        acceptTerms: true,
        learners: [{ userId: await t.userId('learner2') }],
      });
      assert.equal(others.statusCode, 400);
      assert.ok(others.json().errors.some((e: { path: string }) => e.path === 'learners'));
      const extra = await post(learner, '/api/enrollments', { sessionId, acceptTerms: true, price: 1 });
      assert.equal(extra.statusCode, 400);
      const oldTerms = await post(learner, '/api/enrollments', {
        sessionId,
        acceptTerms: true,
        termsVersion: '1999',
      });
      assert.equal(oldTerms.statusCode, 409);
      assert.equal(oldTerms.json().type, 'https://klasse.dev/problems/terms-changed');
      assert.equal(oldTerms.json().termsKey, 'plusport-courses');
      assert.equal(await booked(sessionId), 0);
      assert.equal(await count(sessionId), 0);
      assert.equal((await t.mailsTo(`learner@${DEMO}`)).length, 0);
    });

    it('enrolls a learner: confirmed, terms recorded, course fee in the ledger, confirmation mail with invite', async () => {
      const sessionId = await t.addSession({ daysAhead: 20 });
      const preview = (await get(learner, `/api/sessions/${sessionId}/enrollment-terms`)).json();
      const response = await post(learner, '/api/enrollments', {
        sessionId,
        acceptTerms: true,
        termsVersion: preview.version,
      });
      assert.equal(response.statusCode, 201, response.body);
      const result = response.json();
      assert.deepEqual([result.confirmed, result.waitlisted, result.pendingApproval], [1, 0, 0]);
      const [e] = result.items;
      assert.equal(e.status, 'confirmed');
      assert.equal(e.source, 'self');
      assert.equal(e.learnerId, learner.userId);
      assert.equal(e.termsKey, 'plusport-courses');
      assert.equal(e.termsVersion, preview.version);
      assert.equal(e.termsAcceptedBy, learner.userId);
      assert.equal(e.termsAcceptedAt, '2026-03-02T09:00:00.000Z');
      assert.equal(e.priceCents, 49_500);
      assert.equal(await booked(sessionId), 1);

      const detail = await get(learner, `/api/enrollments/${e.id}`);
      assert.equal(detail.statusCode, 200, detail.body);
      const d = detail.json();
      assert.deepEqual(
        d.events.map((x: { type: string }) => x.type),
        ['enrolled'],
      );
      assert.deepEqual(
        d.ledger.map((l: { kind: string; amountCents: number; vatCode: string }) => [
          l.kind,
          l.amountCents,
          l.vatCode,
        ]),
        [['course_fee', 49_500, 'exempt_training']],
      );

      const [mail] = await t.mailsTo(`learner@${DEMO}`);
      assert.ok(mail, 'a confirmation mail is queued');
      assert.match(
        mail.subject,
        /^Bevestiging inschrijving: NEN 3140 Vakbekwaam persoon op zondag 22 maart 2026$/,
      );
      assert.match(mail.text_body, /Datum: zondag 22 maart 2026/);
      assert.match(mail.text_body, /Aanvangstijd: 09:00 \(einde 17:00\)/);
      assert.match(mail.text_body, /Locatie: Opleidingscentrum Utrecht, Europalaan 10, 3526 KS Utrecht/);
      assert.match(mail.text_body, /minimaal 15 minuten voor de aanvangstijd/);
      assert.match(mail.text_body, /origineel en geldig legitimatiebewijs/);
      assert.ok(mail.ics);
      const lines = parseContentLines(mail.ics);
      const value = (name: string) => lines.find((l) => l.name === name)?.value;
      assert.equal(value('METHOD'), 'REQUEST');
      assert.equal(value('VERSION'), '2.0');
      assert.equal(value('UID'), `enrollment-${e.id}@klasse`);
      assert.equal(parseUtc(value('DTSTART') ?? '').toISOString(), '2026-03-22T08:00:00.000Z');
      assert.equal(parseUtc(value('DTEND') ?? '').toISOString(), '2026-03-22T16:00:00.000Z');
      assert.equal(parseUtc(value('DTSTAMP') ?? '').toISOString(), '2026-03-02T09:00:00.000Z');
      assert.equal(
        unescapeText(value('LOCATION') ?? ''),
        'Opleidingscentrum Utrecht, Europalaan 10, 3526 KS Utrecht',
      );
      assert.match(
        lines.find((l) => l.name === 'ATTENDEE')?.value ?? '',
        new RegExp(`^mailto:learner@${DEMO}$`),
      );
      assert.deepEqual(
        lines.filter((l) => l.name === 'BEGIN').map((l) => l.value),
        ['VCALENDAR', 'VEVENT'],
      );

      const again = await post(learner, '/api/enrollments', { sessionId, acceptTerms: true });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://klasse.dev/problems/already-enrolled');
      assert.equal(await booked(sessionId), 1);
    });

    it('keeps enrollments within their tenant: another learner gets 404, staff see the provider', async () => {
      const sessionId = await t.addSession({});
      const mine = (await post(learner, '/api/enrollments', { sessionId, acceptTerms: true })).json()
        .items[0];
      assert.equal((await get(learner2, `/api/enrollments/${mine.id}`)).statusCode, 404);
      const list2 = (await get(learner2, `/api/enrollments?session=${sessionId}`)).json();
      assert.equal(list2.total, 0);
      const staff = (await get(planner, `/api/enrollments?session=${sessionId}`)).json();
      assert.deepEqual(
        staff.items.map((i: { id: string }) => i.id),
        [mine.id],
      );
      assert.equal((await post(learner2, `/api/enrollments/${mine.id}/approve`)).statusCode, 404);
      const instructor = await t.login('instructor');
      assert.equal((await get(instructor, `/api/enrollments/${mine.id}`)).statusCode, 404);
    });

    it('refuses sessions past their deadline, started, cancelled, or a closed group of another company', async () => {
      const deadline = await t.addSession({ registrationDeadline: new Date('2026-03-01T12:00:00Z') });
      const r1 = await post(learner, '/api/enrollments', { sessionId: deadline, acceptTerms: true });
      assert.equal(r1.statusCode, 409);
      assert.equal(r1.json().type, 'https://klasse.dev/problems/session-closed');
      const cancelled = await t.addSession({ status: 'cancelled' });
      assert.equal(
        (await post(learner, '/api/enrollments', { sessionId: cancelled, acceptTerms: true })).statusCode,
        409,
      );
      const soon = await t.addSession({ daysAhead: 1 });
      t.clock.advance({ hours: 48 });
      try {
        const started = await post(learner, '/api/enrollments', { sessionId: soon, acceptTerms: true });
        assert.equal(started.statusCode, 409);
        assert.match(started.json().detail, /already started/);
      } finally {
        t.clock.set('2026-03-02T09:00:00Z');
      }
      // Lisa works at Jansen: a De Vries in-company session is not hers to see.
      const group = await t.addSession({ kind: 'in_company', customerName: 'Bouwbedrijf De Vries B.V.' });
      assert.equal(
        (await post(learner2, '/api/enrollments', { sessionId: group, acceptTerms: true })).statusCode,
        404,
      );
      const ok = await post(learner, '/api/enrollments', { sessionId: group, acceptTerms: true });
      assert.equal(ok.statusCode, 201, ok.body);
      const staffOther = await post(planner, '/api/enrollments', {
        sessionId: group,
        acceptTerms: true,
        learners: [{ userId: await t.userId('learner2') }],
      });
      assert.equal(staffOther.statusCode, 400);
      assert.match(staffOther.json().errors[0].message, /closed group session/);
      for (const id of [deadline, cancelled, soon]) assert.equal(await count(id), 0);
    });

    it('checks prerequisites against the learner achievements', async () => {
      const products = await t.ctx.db.selectFrom('products').select(['id', 'code']).execute();
      const id = (code: string) => products.find((p) => p.code === code)?.id ?? '';
      await t.ctx.db
        .insertInto('product_prerequisites')
        .values({
          product_id: id('BHV-PRAKTIJK'),
          required_product_id: id('VCA-B-EL'),
          requirement: 'completed',
        })
        .execute();
      const sessionId = await t.addSession({ productCode: 'BHV-PRAKTIJK' });
      const refused = await post(learner, '/api/enrollments', { sessionId, acceptTerms: true });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().type, 'https://klasse.dev/problems/prerequisite-not-met');
      assert.match(refused.json().detail, /VCA Basis e-learning/);
      assert.equal(await booked(sessionId), 0);
      await t.ctx.db
        .insertInto('learner_achievements')
        .values({
          learner_id: learner.userId,
          product_id: id('VCA-B-EL'),
          achievement: 'completed',
          achieved_on: '2026-02-01',
          recorded_by: null,
        })
        .execute();
      assert.equal(
        (await post(learner, '/api/enrollments', { sessionId, acceptTerms: true })).statusCode,
        201,
      );
    });

    it('lets a customer admin enroll employees, creating a new one by e-mail; the company pays with its PO', async () => {
      const sessionId = await t.addSession({});
      const stranger = await post(admin, '/api/enrollments', {
        sessionId,
        acceptTerms: true,
        learners: [{ userId: await t.userId('learner2') }],
      });
      assert.equal(stranger.statusCode, 400);
      assert.match(stranger.json().errors[0].message, /not an employee of your company/);
      // All or nothing: a one-seat session cannot take both, so neither is enrolled nor Piet created.
      const tooSmall = await t.addSession({ capacity: 1 });
      const full = await post(admin, '/api/enrollments', {
        sessionId: tooSmall,
        acceptTerms: true,
        learners: [
          { email: 'piet.nieuw@bouwbedrijf-devries.example', name: 'Piet Nieuw' },
          { userId: await t.userId('learner') },
        ],
      });
      assert.equal(full.statusCode, 409);
      assert.equal(full.json().type, 'https://klasse.dev/problems/session-full');
      assert.equal(await booked(tooSmall), 0);
      assert.equal(await count(tooSmall), 0);
      const nobody = await t.ctx.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'piet.nieuw@bouwbedrijf-devries.example')
        .execute();
      assert.deepEqual(nobody, []);
      const response = await post(admin, '/api/enrollments', {
        sessionId,
        acceptTerms: true,
        purchaseOrderRef: 'PO-2026-0042',
        learners: [
          { userId: await t.userId('learner') },
          { email: 'Piet.Nieuw@Bouwbedrijf-DeVries.example', name: 'Piet Nieuw', locale: 'en' },
        ],
      });
      assert.equal(response.statusCode, 201, response.body);
      const body = response.json();
      assert.equal(body.confirmed, 2);
      assert.ok(body.items.every((i: { customerId: string | null }) => i.customerId !== null));
      assert.ok(body.items.every((i: { purchaseOrderRef: string }) => i.purchaseOrderRef === 'PO-2026-0042'));
      assert.ok(body.items.every((i: { source: string }) => i.source === 'customer_admin'));
      // PlusPort's course terms have no group discount: asked, not covered, price unchanged.
      assert.equal(body.groupDiscount.outcome, 'not_covered');
      assert.ok(body.items.every((i: { priceCents: number }) => i.priceCents === 49_500));
      const piet = await t.ctx.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'piet.nieuw@bouwbedrijf-devries.example')
        .executeTakeFirstOrThrow();
      assert.equal(piet.role, 'learner');
      const [mail] = await t.mailsTo(piet.email);
      assert.match(mail?.subject ?? '', /^Enrollment confirmed: NEN 3140 Vakbekwaam persoon on /);
      assert.match(mail?.text_body ?? '', /at least 15 minutes before the start time/);
      assert.match(mail?.text_body ?? '', /original, valid proof of identity/);
      const companyList = (await get(admin, `/api/enrollments?session=${sessionId}`)).json();
      assert.equal(companyList.total, 2);
    });

    it('applies a group discount where the terms have one (Ingenium 3.5), with its own ledger lines', async () => {
      // A copy of Ingenium's terms, then a version with a price list of 10 % from two participants.
      const copy = await post(planner, '/api/terms/ingenium/copy', {
        key: 'demo-staffel',
        effectiveFrom: '2026-03-02',
        version: '2026-03a',
      });
      assert.equal(copy.statusCode, 201, copy.body);
      const doc = copy.json().document;
      doc.sections.course.groupDiscount.tiers = [{ minParticipants: 2, discountBasisPoints: 1000 }];
      const added = await post(planner, '/api/terms/demo-staffel/versions', {
        ...doc,
        version: '2026-03b',
        effectiveFrom: '2026-03-03',
      });
      assert.equal(added.statusCode, 201, added.body);
      t.clock.set('2026-03-03T09:00:00Z');
      await t.ctx.db
        .updateTable('providers')
        .set({ terms_provider_id: 'demo-staffel' })
        .where('id', '=', t.providerId)
        .execute();
      try {
        const sessionId = await t.addSession({});
        const response = await post(admin, '/api/enrollments', {
          sessionId,
          acceptTerms: true,
          learners: [
            { userId: await t.userId('learner') },
            { email: 'kees@bouwbedrijf-devries.example', name: 'Kees' },
          ],
        });
        assert.equal(response.statusCode, 201, response.body);
        const preview = (await get(admin, `/api/sessions/${sessionId}/enrollment-terms`)).json();
        assert.equal(preview.version, '2026-03b');
        assert.equal(preview.groupDiscount.outcome, 'allowed');
        assert.equal(preview.groupDiscount.discountBasisPoints, 1000);
        assert.ok(preview.groupDiscount.clauses.some((c: { article: string }) => c.article === '3.5'));
        const body = response.json();
        assert.equal(body.groupDiscount.outcome, 'allowed');
        assert.ok(body.items.every((i: { priceCents: number }) => i.priceCents === 44_550));
        assert.ok(
          body.items.every(
            (i: { termsKey: string; termsVersion: string }) =>
              i.termsKey === 'demo-staffel' && i.termsVersion === '2026-03b',
          ),
        );
        const d = (await get(admin, `/api/enrollments/${body.items[0].id}`)).json();
        const lines = d.ledger.map((l: { kind: string; amountCents: number }) => [l.kind, l.amountCents]);
        assert.deepEqual(lines, [
          ['course_fee', 49_500],
          ['group_discount', -4_950],
        ]);
        assert.ok(d.ledger[1].clauses.some((c: { article: string }) => c.article === '3.5'));
      } finally {
        await t.ctx.db
          .updateTable('providers')
          .set({ terms_provider_id: 'plusport-courses' })
          .where('id', '=', t.providerId)
          .execute();
        t.clock.set('2026-03-02T09:00:00Z');
      }
    });

    it('invoices a package per component with its VAT code', async () => {
      const products = await t.ctx.db.selectFrom('products').select(['id', 'code']).execute();
      const id = (code: string) => products.find((p) => p.code === code)?.id ?? '';
      // The package's parts as this test sets them (the demo seed may have its own).
      await t.ctx.db.deleteFrom('package_components').where('package_id', '=', id('VCA-B-PAKKET')).execute();
      await t.ctx.db
        .insertInto('package_components')
        .values([
          {
            package_id: id('VCA-B-PAKKET'),
            component_id: id('VCA-B-EX'),
            position: 0,
            price_cents: 13_500,
            vat_code: 'exempt_training',
          },
          {
            package_id: id('VCA-B-PAKKET'),
            component_id: id('BOEK-VCA-B'),
            position: 1,
            price_cents: 4_000,
            vat_code: 'reduced_9',
          },
        ])
        .execute();
      const sessionId = await t.addSession({ productCode: 'VCA-B-PAKKET' });
      const response = await post(learner, '/api/enrollments', { sessionId, acceptTerms: true });
      assert.equal(response.statusCode, 201, response.body);
      const d = (await get(learner, `/api/enrollments/${response.json().items[0].id}`)).json();
      assert.deepEqual(
        d.ledger.map((l: { kind: string; amountCents: number; vatCode: string }) => [
          l.kind,
          l.amountCents,
          l.vatCode,
        ]),
        [
          ['course_fee', 13_500, 'exempt_training'],
          ['course_fee', 4_000, 'reduced_9'],
        ],
      );
    });

    it('holds enrollments for approval when the provider says so; staff approve or reject without reasons', async () => {
      assert.equal((await get(learner, '/api/enrollment-settings')).statusCode, 403);
      const bad = await t.app.inject({
        method: 'PUT',
        url: '/api/enrollment-settings',
        headers: planner.write,
        payload: { requiresApproval: true, offerHours: 0 },
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual((await get(planner, '/api/enrollment-settings')).json(), {
        requiresApproval: false,
        offerHours: 48,
      });
      const set = await t.app.inject({
        method: 'PUT',
        url: '/api/enrollment-settings',
        headers: planner.write,
        payload: { requiresApproval: true, offerHours: 24 },
      });
      assert.equal(set.statusCode, 200, set.body);
      try {
        const sessionId = await t.addSession({ capacity: 2 });
        const mailsBefore = (await t.mailsTo(`learner@${DEMO}`)).length;
        const a = (await post(learner, '/api/enrollments', { sessionId, acceptTerms: true })).json().items[0];
        const b = (await post(learner2, '/api/enrollments', { sessionId, acceptTerms: true })).json()
          .items[0];
        assert.deepEqual([a.status, b.status], ['pending_approval', 'pending_approval']);
        assert.equal(await booked(sessionId), 2);
        assert.equal((await t.mailsTo(`learner@${DEMO}`)).length, mailsBefore);
        assert.equal((await post(learner, `/api/enrollments/${a.id}/approve`)).statusCode, 403);
        const approved = await post(planner, `/api/enrollments/${a.id}/approve`);
        assert.equal(approved.statusCode, 200, approved.body);
        assert.equal(approved.json().status, 'confirmed');
        assert.equal((await t.mailsTo(`learner@${DEMO}`)).length, mailsBefore + 1);
        const d = (await get(learner, `/api/enrollments/${a.id}`)).json();
        assert.deepEqual(
          d.events.map((e: { type: string }) => e.type),
          ['enrolled', 'approved'],
        );
        assert.equal(d.ledger.length, 1);
        assert.equal((await post(planner, `/api/enrollments/${a.id}/approve`)).statusCode, 409);
        const rejected = await post(planner, `/api/enrollments/${b.id}/reject`);
        assert.equal(rejected.statusCode, 200, rejected.body);
        assert.equal(rejected.json().status, 'rejected');
        assert.equal(await booked(sessionId), 1);
        // plusport-cursusvoorwaarden#3.4: no message to the applicant.
        assert.equal((await t.mailsTo(`learner2@${DEMO}`)).length, 0);
      } finally {
        await t.app.inject({
          method: 'PUT',
          url: '/api/enrollment-settings',
          headers: planner.write,
          payload: { requiresApproval: false, offerHours: 48 },
        });
      }
    });
  });
}
