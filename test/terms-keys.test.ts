import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';
import * as identity from '../src/identity/service.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { type EnrollmentTestApp, startEnrollmentApp } from './support/enrollment-app.ts';
import { loginAs, type Session } from './support/identity-app.ts';

/**
 * Issue 12, item 7: terms keys are unique per provider. Copying into a name another provider uses
 * works (a 409 would tell that provider is there), and each provider reads and extends only its own.
 */
interface Listing {
  provider: string;
  builtIn: boolean;
  ownerProviderId: string | null;
  versions: { version: string }[];
}

for (const kind of testDatabaseKinds()) {
  describe(`terms keys per provider (${kind})`, () => {
    let t: EnrollmentTestApp;
    let planner: Session;
    let otherPlanner: Session;
    let admin: Session;
    let otherProviderId: string;
    const key = 'eigen-voorwaarden';

    const request = (who: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        headers: method === 'GET' ? who.read : who.write,
        ...(payload ? { payload } : {}),
      });

    before(async () => {
      t = await startEnrollmentApp(kind);
      const other = await identity.createProvider(t.ctx, t.ctx.db, {
        name: 'Andere Opleider BV',
        slug: 'andere',
        country: 'NL',
        timeZone: 'Europe/Amsterdam',
        termsProviderId: 'ingenium',
      });
      otherProviderId = other.id;
      await identity.createUserAsOperator(t.ctx, {
        email: 'planner@andere.example',
        name: 'Andere Planner',
        role: 'planner',
        providerSlug: 'andere',
        password: DEMO_PASSWORD,
      });
      planner = await t.login('planner');
      admin = await t.login('admin');
      otherPlanner = await loginAs(t.app, 'planner@andere.example', DEMO_PASSWORD);
    });
    after(async () => {
      await t.close();
    });

    it('copies into a key another provider uses, and each provider sees only its own', async () => {
      const mine = await request(planner, 'POST', '/api/terms/plusport-courses/copy', {
        key,
        effectiveFrom: '2026-03-02',
        version: 'demo-1',
      });
      assert.equal(mine.statusCode, 201, mine.body);
      const theirs = await request(otherPlanner, 'POST', '/api/terms/ingenium/copy', {
        key,
        effectiveFrom: '2026-03-02',
        version: 'andere-1',
      });
      assert.equal(theirs.statusCode, 201, theirs.body);
      assert.equal(theirs.json().ownerProviderId, otherProviderId);

      // Each reads its own version under the one key, and not the other's.
      assert.equal((await request(planner, 'GET', `/api/terms/${key}/demo-1`)).statusCode, 200);
      assert.equal((await request(planner, 'GET', `/api/terms/${key}/andere-1`)).statusCode, 404);
      const read = await request(otherPlanner, 'GET', `/api/terms/${key}/andere-1`);
      assert.equal(read.statusCode, 200);
      assert.equal(read.json().document.documents[0].title !== undefined, true);
      assert.equal((await request(otherPlanner, 'GET', `/api/terms/${key}/demo-1`)).statusCode, 404);

      // A version of one date and label added by each: neither collides with the other's.
      const document = read.json().document;
      for (const who of [otherPlanner, planner]) {
        const added = await request(who, 'POST', `/api/terms/${key}/versions`, {
          ...document,
          version: '2026-09',
          effectiveFrom: '2026-09-01',
        });
        assert.equal(added.statusCode, 201, added.body);
      }
      const listed = (await request(planner, 'GET', '/api/terms')).json().items as Listing[];
      const own = listed.filter((l) => l.provider === key);
      assert.equal(own.length, 1);
      assert.deepEqual(
        own[0]?.versions.map((v) => v.version),
        ['demo-1', '2026-09'],
      );
    });

    it('still refuses a copy into a key of its own or a built-in name, with one text', async () => {
      const again = await request(otherPlanner, 'POST', '/api/terms/ingenium/copy', {
        key,
        effectiveFrom: '2026-04-01',
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().type, 'https://klasse.dev/problems/terms-key-taken');
      const builtIn = await request(otherPlanner, 'POST', '/api/terms/ingenium/copy', {
        key: 'vapro',
        effectiveFrom: '2026-04-01',
      });
      assert.equal(builtIn.statusCode, 409);
      assert.equal(builtIn.json().detail, again.json().detail.replace(key, 'vapro'));
    });

    it('shows the platform admin both, and asks which provider when a key is ambiguous', async () => {
      const listed = (await request(admin, 'GET', '/api/terms')).json().items as Listing[];
      const owners = listed.filter((l) => l.provider === key).map((l) => l.ownerProviderId);
      assert.equal(owners.length, 2);
      assert.ok(owners.includes(otherProviderId));
      const ambiguous = await request(admin, 'GET', `/api/terms/${key}/2026-09`);
      assert.equal(ambiguous.statusCode, 409);
      assert.equal(ambiguous.json().type, 'https://klasse.dev/problems/terms-key-ambiguous');
      // Built-in terms are one for all.
      assert.equal((await request(otherPlanner, 'GET', '/api/terms')).statusCode, 200);
    });

    it("enrolls under the built-in terms, and under the provider's own key, never another's", async () => {
      const learner = await t.login('learner');
      const enroll = async () => {
        const response = await request(learner, 'POST', '/api/enrollments', {
          sessionId: await t.addSession({}),
          acceptTerms: true,
        });
        assert.equal(response.statusCode, 201, response.body);
        return response.json().items[0] as { termsKey: string; termsVersion: string };
      };
      assert.equal((await enroll()).termsKey, 'plusport-courses');
      await t.ctx.db
        .updateTable('providers')
        .set({ terms_provider_id: key })
        .where('id', '=', t.providerId)
        .execute();
      const own = await enroll();
      assert.deepEqual([own.termsKey, own.termsVersion], [key, 'demo-1']);
    });
  });
}
