/**
 * The terms engine over HTTP (issue 3, items 2 and 6) on both databases: the five built-in terms
 * listed, read, linted and asked; a bad question answered with problem+json naming the field; a
 * provider's copy with versions picked by their effective dates; tenancy of a provider's own terms.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { createAppContext } from '../src/app.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.ts';
import { registerAuth } from '../src/identity/http-auth.ts';
import { identityRoutes } from '../src/identity/routes.ts';
import * as identity from '../src/identity/service.ts';
import { manualClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { AppContext } from '../src/platform/context.ts';
import { buildServer } from '../src/platform/http/server.ts';
import type { KlasseApp } from '../src/platform/http/types.ts';
import { createLogger } from '../src/platform/logger.ts';
import { BUILT_IN_PROVIDERS } from '../src/terms/registry.ts';
import { termsRoutes } from '../src/terms-library/routes.ts';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from './support/databases.ts';
import { loginAs, type Session } from './support/identity-app.ts';

interface Listing {
  provider: string;
  name: string;
  builtIn: boolean;
  ownerProviderId: string | null;
  versions: {
    version: string;
    effectiveFrom: string;
    basedOn: { provider: string; version: string } | null;
  }[];
}
interface Problem {
  type: string;
  status: number;
  errors?: { path: string; message: string }[];
}
interface TermsDocument {
  provider: string;
  version: string;
  effectiveFrom: string;
  name: string;
  documents: { id: string; articles: { article: string; title: string; text: string }[] }[];
  sections: {
    course?: {
      cancellation?: {
        parts: Record<
          string,
          {
            tiers: {
              id: string;
              from: number;
              to: number | null;
              feeBasisPoints: number;
              label: { nl: string; en: string };
            }[];
          }
        >;
      };
    };
  };
}
/** The decision, with the terms version that gave it. */
interface Evaluated {
  terms: { provider: string; version: string; effectiveFrom: string; builtIn: boolean };
  question: string;
  outcome: string;
  amounts: Record<string, number>;
  clauses: { document: string; article: string; title: string }[];
  explanation: { nl: string; en: string };
}

/** A cancellation of one classroom session, received `requestedAt`, starting `start`. */
function cancellation(requestedAt: string, start: string, price = 39_500) {
  return { type: 'cancellation', requestedAt, parts: [{ kind: 'classroom', price, start }] };
}

for (const kind of testDatabaseKinds()) {
  describe(`terms API (${kind})`, () => {
    let database: TestDatabase;
    let ctx: AppContext;
    let app: KlasseApp;
    let closeContext: () => Promise<void>;
    let planner: Session;
    let finance: Session;
    let learner: Session;
    let admin: Session;
    let otherPlanner: Session;
    let demoProviderId: string;
    let otherProviderId: string;
    const clock = manualClock('2026-03-02T09:00:00Z');

    const request = async (
      session: Session | undefined,
      method: 'GET' | 'POST',
      url: string,
      payload?: unknown,
    ) => {
      const headers = session ? (method === 'GET' ? session.read : session.write) : {};
      return app.inject({
        method,
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    };
    const evaluate = async (session: Session, payload: unknown): Promise<Evaluated> => {
      const response = await request(session, 'POST', '/api/terms/evaluate', payload);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as Evaluated;
    };
    const getDocument = async (
      session: Session,
      provider: string,
      version: string,
    ): Promise<TermsDocument> => {
      const response = await request(session, 'GET', `/api/terms/${provider}/${version}`);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { document: TermsDocument }).document;
    };

    before(async () => {
      database = await openTestDatabase(kind);
      const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
      const running = await createAppContext(config, database, {
        clock,
        logger: createLogger({ level: 'silent', pretty: false }),
        runJobs: false,
        jobModules: [],
      });
      ctx = running.ctx;
      closeContext = running.close;
      app = await buildServer(ctx, [identityRoutes, termsRoutes], { auth: registerAuth });
      await app.ready();
      await seedDemoIfEmpty(ctx);
      const other = await ctx.db.transaction().execute((tx) =>
        identity.createProvider(ctx, tx, {
          name: 'Andere Opleider BV',
          slug: 'andere',
          country: 'NL',
          timeZone: 'Europe/Amsterdam',
          termsProviderId: 'ingenium',
        }),
      );
      otherProviderId = other.id;
      await identity.createUserAsOperator(ctx, {
        email: 'planner@andere.example',
        name: 'Andere Planner',
        role: 'planner',
        providerSlug: 'andere',
        password: DEMO_PASSWORD,
      });
      const demo = await identity.findProviderBySlug(ctx, 'demo');
      assert.ok(demo);
      demoProviderId = demo.id;
      planner = await loginAs(app, `planner@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
      finance = await loginAs(app, `finance@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
      learner = await loginAs(app, `learner@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
      admin = await loginAs(app, `admin@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
      otherPlanner = await loginAs(app, 'planner@andere.example', DEMO_PASSWORD);
    });
    after(async () => {
      await app?.close();
      await closeContext?.();
      await database?.close();
    });

    it('describes every terms route in a valid OpenAPI document', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json<{ paths: Record<string, Record<string, unknown>> }>();
      for (const [path, method] of [
        ['/api/terms', 'get'],
        ['/api/terms/evaluate', 'post'],
        ['/api/terms/timeline', 'post'],
        ['/api/terms/{provider}/{version}', 'get'],
        ['/api/terms/{provider}/{version}/lint', 'get'],
        ['/api/terms/{provider}/copy', 'post'],
        ['/api/terms/{provider}/versions', 'post'],
      ] as const) {
        assert.ok(document.paths[path]?.[method], `${method} ${path}`);
      }
      const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
      assert.deepEqual(result.valid ? [] : result.errors, []);
    });

    it('asks a visitor to log in', async () => {
      const response = await request(undefined, 'GET', '/api/terms');
      assert.equal(response.statusCode, 401);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    });

    it('lists the five built-in terms with their versions to any logged-in user, a learner too', async () => {
      const response = await request(learner, 'GET', '/api/terms');
      assert.equal(response.statusCode, 200, response.body);
      const items = (response.json() as { items: Listing[] }).items;
      assert.deepEqual(items.map((i) => i.provider).sort(), [...BUILT_IN_PROVIDERS].sort());
      for (const item of items) {
        assert.equal(item.builtIn, true);
        assert.equal(item.ownerProviderId, null);
        assert.ok(item.versions.length >= 1, item.provider);
        assert.match(item.versions[0]?.effectiveFrom ?? '', /^\d{4}-\d{2}-\d{2}$/);
      }
    });

    for (const provider of BUILT_IN_PROVIDERS) {
      it(`${provider}: the whole document with its clauses, lint without errors, a cancellation answered`, async () => {
        const list = (await request(learner, 'GET', '/api/terms')).json() as { items: Listing[] };
        const version = list.items.find((i) => i.provider === provider)?.versions.at(-1)?.version;
        assert.ok(version, provider);

        const document = await getDocument(learner, provider, version);
        assert.equal(document.provider, provider);
        assert.equal(document.version, version);
        const articles = document.documents.flatMap((d) => d.articles);
        assert.ok(articles.length > 0);
        assert.ok(articles.every((a) => a.title.length > 0 && a.text.length > 0));

        const lint = await request(learner, 'GET', `/api/terms/${provider}/${version}/lint`);
        assert.equal(lint.statusCode, 200, lint.body);
        assert.equal((lint.json() as { errors: number }).errors, 0, lint.body);

        const answer = await evaluate(learner, {
          terms: provider,
          question: cancellation('2026-05-04T10:00:00+02:00', '2026-05-12T09:00:00+02:00'),
        });
        assert.deepEqual(answer.terms, {
          provider,
          version,
          effectiveFrom: document.effectiveFrom,
          builtIn: true,
        });
        assert.equal(answer.question, 'cancellation');
        assert.ok(answer.clauses.length >= 1, JSON.stringify(answer));
        assert.ok(answer.explanation.nl.length > 0 && answer.explanation.en.length > 0);
      });
    }

    it('answers a cancellation with its fee and the clause it applied (PlusPort cursusvoorwaarden 15.5)', async () => {
      // 4 May 2026 is 6 working days before Tuesday 12 May: the 50 % row of art. 15.5.
      const answer = await evaluate(planner, {
        terms: { provider: 'plusport-courses', version: '2026-01' },
        question: cancellation('2026-05-04T10:00:00+02:00', '2026-05-12T09:00:00+02:00'),
      });
      assert.equal(answer.outcome, 'allowed');
      assert.equal(answer.amounts.fee, 19_750);
      assert.deepEqual(answer.clauses, [
        { document: 'plusport-cursusvoorwaarden', article: '15.5', title: 'Annuleringsregelingen' },
      ]);
    });

    it('refuses a bad question with problem+json naming each bad field', async () => {
      const response = await request(planner, 'POST', '/api/terms/evaluate', {
        terms: 'vapro',
        question: {
          type: 'cancellation',
          requestedAt: 'yesterday',
          parts: [{ kind: 'classroom', start: '2026-05-12T09:00:00+02:00' }],
        },
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      const problem = response.json() as Problem;
      assert.equal(problem.type, 'https://klasse.dev/problems/validation-failed');
      const paths = (problem.errors ?? []).map((e) => e.path);
      assert.ok(paths.includes('question.requestedAt'), paths.join(', '));
      assert.ok(paths.includes('question.parts.0.price'), paths.join(', '));

      const unknownType = await request(planner, 'POST', '/api/terms/evaluate', {
        terms: 'vapro',
        question: { type: 'refund_everything' },
      });
      assert.equal(unknownType.statusCode, 400, unknownType.body);
      assert.ok((unknownType.json() as Problem).errors?.some((e) => e.path.startsWith('question')));

      const unknownTerms = await request(planner, 'POST', '/api/terms/evaluate', {
        terms: 'no-such-terms',
        question: cancellation('2026-05-04T10:00:00+02:00', '2026-05-12T09:00:00+02:00'),
      });
      assert.equal(unknownTerms.statusCode, 404, unknownTerms.body);
    });

    it('draws the cancellation fee of a session day by day', async () => {
      const response = await request(planner, 'POST', '/api/terms/timeline', {
        terms: 'plusport-courses',
        part: { kind: 'classroom', price: 39_500, start: '2026-05-12T09:00:00+02:00' },
      });
      assert.equal(response.statusCode, 200, response.body);
      const { ranges } = response.json() as { ranges: { from: string; to: string; fee: number }[] };
      assert.ok(ranges.length >= 2);
      assert.equal(ranges[0]?.from, '2026-03-13');
      assert.equal(ranges.at(-1)?.to, '2026-05-12');
      for (let i = 1; i < ranges.length; i++) assert.ok((ranges[i]?.fee ?? 0) >= (ranges[i - 1]?.fee ?? 0));
      assert.ok(ranges.some((r) => r.fee === 19_750));
    });

    it('keeps the built-in terms read-only', async () => {
      const document = await getDocument(planner, 'vapro', '2025-01');
      const response = await request(planner, 'POST', '/api/terms/vapro/versions', {
        ...document,
        version: '2026-09',
        effectiveFrom: '2026-09-01',
      });
      assert.equal(response.statusCode, 403, response.body);
    });

    describe("a provider's own terms", () => {
      const key = 'demo-voorwaarden';

      it('copies a built-in into a new key, in force from a date not before today', async () => {
        const past = await request(planner, 'POST', '/api/terms/vapro/copy', {
          key,
          effectiveFrom: '2026-03-01',
        });
        assert.equal(past.statusCode, 400, past.body);
        assert.deepEqual(
          (past.json() as Problem).errors?.map((e) => e.path),
          ['effectiveFrom'],
        );

        const response = await request(planner, 'POST', '/api/terms/vapro/copy', {
          key,
          effectiveFrom: '2026-04-01',
          name: 'Algemene voorwaarden Opleidingscentrum Demo',
        });
        assert.equal(response.statusCode, 201, response.body);
        const saved = response.json() as {
          provider: string;
          version: string;
          ownerProviderId: string;
          basedOn: { provider: string; version: string };
          document: TermsDocument;
          warnings: unknown[];
        };
        assert.equal(saved.provider, key);
        assert.equal(saved.version, '2026-04-01');
        assert.equal(saved.ownerProviderId, demoProviderId);
        assert.deepEqual(saved.basedOn, { provider: 'vapro', version: '2025-01' });
        assert.equal(saved.document.provider, key);
        assert.equal(saved.document.name, 'Algemene voorwaarden Opleidingscentrum Demo');

        const again = await request(finance, 'POST', '/api/terms/ingenium/copy', {
          key,
          effectiveFrom: '2026-04-01',
        });
        assert.equal(again.statusCode, 409, again.body);
        const builtInKey = await request(finance, 'POST', '/api/terms/ingenium/copy', {
          key: 'vapro',
          effectiveFrom: '2026-04-01',
        });
        assert.equal(builtInKey.statusCode, 409, builtInKey.body);
      });

      it('adds a version with its effective date, and evaluate picks the version by the request date', async () => {
        const first = await getDocument(finance, key, '2026-04-01');
        const second = structuredClone(first);
        second.version = '2026-06';
        second.effectiveFrom = '2026-06-01';
        const tiers = second.sections.course?.cancellation?.parts.classroom?.tiers;
        const halfFee = tiers?.find((t) => t.feeBasisPoints === 5000);
        assert.ok(halfFee, 'the copy of VAPRO 16.2 has a 50 % row');
        halfFee.feeBasisPoints = 2500;
        // The label follows the tier, or lint refuses the version (stale_label).
        halfFee.label = {
          nl: halfFee.label.nl.replace('50 %', '25 %'),
          en: halfFee.label.en.replace('50%', '25%'),
        };
        const response = await request(finance, 'POST', `/api/terms/${key}/versions`, second);
        assert.equal(response.statusCode, 201, response.body);
        assert.equal((response.json() as { basedOn: unknown }).basedOn, null);

        const listing = (
          (await request(planner, 'GET', '/api/terms')).json() as { items: Listing[] }
        ).items.find((i) => i.provider === key);
        assert.ok(listing);
        assert.equal(listing.builtIn, false);
        assert.deepEqual(
          listing.versions.map((v) => [v.version, v.effectiveFrom]),
          [
            ['2026-04-01', '2026-04-01'],
            ['2026-06', '2026-06-01'],
          ],
        );

        // Ten working days before the start: the 50 % row under the first version, 25 % under the second.
        const inApril = await evaluate(planner, {
          terms: key,
          question: cancellation('2026-04-14T10:00:00+02:00', '2026-04-29T09:00:00+02:00'),
        });
        assert.equal(inApril.terms.version, '2026-04-01');
        const inJune = await evaluate(planner, {
          terms: key,
          question: cancellation('2026-06-09T10:00:00+02:00', '2026-06-23T09:00:00+02:00'),
        });
        assert.equal(inJune.terms.version, '2026-06');
        assert.equal(inJune.terms.builtIn, false);
        const base = (answer: Evaluated) =>
          (answer.amounts.fee ?? 0) - (answer.amounts.administrationCosts ?? 0);
        assert.equal(base(inApril), 19_750, JSON.stringify(inApril));
        assert.equal(base(inJune), 9_875, JSON.stringify(inJune));

        // Naming the version, or the day, overrides the request date.
        const named = await evaluate(planner, {
          terms: { provider: key, version: '2026-04-01' },
          question: cancellation('2026-06-09T10:00:00+02:00', '2026-06-23T09:00:00+02:00'),
        });
        assert.equal(named.terms.version, '2026-04-01');
        const onDay = await evaluate(planner, {
          terms: key,
          on: '2026-05-31',
          question: cancellation('2026-06-09T10:00:00+02:00', '2026-06-23T09:00:00+02:00'),
        });
        assert.equal(onDay.terms.version, '2026-04-01');

        // Before the copy's first effective date no version is in force.
        const before = await request(planner, 'POST', '/api/terms/evaluate', {
          terms: key,
          question: cancellation('2026-03-10T10:00:00+01:00', '2026-03-30T09:00:00+02:00'),
        });
        assert.equal(before.statusCode, 404, before.body);
      });

      it('refuses a bad document naming each bad field, and writes nothing', async () => {
        const document = await getDocument(planner, key, '2026-04-01');
        const response = await request(planner, 'POST', `/api/terms/${key}/versions`, {
          ...document,
          version: '2026-07',
          effectiveFrom: '2026-13-01',
          calendar: { ...(document as unknown as { calendar: object }).calendar, timeZone: 'Mars/Olympus' },
        });
        assert.equal(response.statusCode, 400, response.body);
        const paths = ((response.json() as Problem).errors ?? []).map((e) => e.path);
        assert.ok(paths.includes('effectiveFrom'), paths.join(', '));
        assert.ok(paths.includes('calendar.timeZone'), paths.join(', '));

        const wrongKey = await request(planner, 'POST', `/api/terms/${key}/versions`, {
          ...document,
          provider: 'iets-anders',
          version: '2026-07',
          effectiveFrom: '2026-07-01',
        });
        assert.equal(wrongKey.statusCode, 400, wrongKey.body);
        assert.deepEqual(
          ((wrongKey.json() as Problem).errors ?? []).map((e) => e.path),
          ['provider'],
        );

        const sameLabel = await request(planner, 'POST', `/api/terms/${key}/versions`, {
          ...document,
          effectiveFrom: '2026-07-01',
        });
        assert.equal(sameLabel.statusCode, 409, sameLabel.body);

        const listing = (
          (await request(planner, 'GET', '/api/terms')).json() as { items: Listing[] }
        ).items.find((i) => i.provider === key);
        assert.equal(listing?.versions.length, 2);
      });

      it('refuses terms with a gap in a fee table, naming the table, and writes nothing', async () => {
        const document = await getDocument(planner, key, '2026-06');
        const gapped = structuredClone(document);
        gapped.version = '2026-08';
        gapped.effectiveFrom = '2026-08-01';
        const tiers = gapped.sections.course?.cancellation?.parts.classroom?.tiers;
        const open = tiers?.find((t) => t.to === null);
        assert.ok(open);
        open.from += 1;
        const response = await request(planner, 'POST', `/api/terms/${key}/versions`, gapped);
        assert.equal(response.statusCode, 400, response.body);
        const errors = (response.json() as Problem).errors ?? [];
        assert.ok(
          errors.some(
            (e) =>
              e.path === 'sections.course.cancellation.parts.classroom.tiers' &&
              /no tier covers/.test(e.message),
          ),
          JSON.stringify(errors),
        );
        const versions = await request(planner, 'GET', `/api/terms/${key}/2026-08`);
        assert.equal(versions.statusCode, 404);
      });

      it("hides a provider's own terms from another provider's staff (404)", async () => {
        const listed = ((await request(otherPlanner, 'GET', '/api/terms')).json() as { items: Listing[] })
          .items;
        assert.ok(!listed.some((i) => i.provider === key));
        const document = await getDocument(planner, key, '2026-06');
        for (const [method, url, payload] of [
          ['GET', `/api/terms/${key}/2026-06`, undefined],
          ['GET', `/api/terms/${key}/2026-06/lint`, undefined],
          [
            'POST',
            '/api/terms/evaluate',
            { terms: key, question: cancellation('2026-06-09T10:00:00+02:00', '2026-06-23T09:00:00+02:00') },
          ],
          [
            'POST',
            `/api/terms/${key}/versions`,
            { ...document, version: '2026-09', effectiveFrom: '2026-09-01' },
          ],
          ['POST', `/api/terms/${key}/copy`, { key: 'andere-kopie', effectiveFrom: '2026-09-01' }],
        ] as const) {
          const response = await request(otherPlanner, method, url, payload);
          assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
        }
        // Its own copy of a built-in is its own business.
        const own = await request(otherPlanner, 'POST', '/api/terms/ingenium/copy', {
          key: 'andere-voorwaarden',
          effectiveFrom: '2026-03-02',
        });
        assert.equal(own.statusCode, 201, own.body);
        assert.equal((own.json() as { ownerProviderId: string }).ownerProviderId, otherProviderId);
        const mine = ((await request(planner, 'GET', '/api/terms')).json() as { items: Listing[] }).items;
        assert.ok(!mine.some((i) => i.provider === 'andere-voorwaarden'));
      });

      it("lets a learner read the built-ins but neither see nor change a provider's own terms", async () => {
        const listed = ((await request(learner, 'GET', '/api/terms')).json() as { items: Listing[] }).items;
        assert.ok(listed.every((i) => i.builtIn));
        const document = await getDocument(planner, key, '2026-06');
        const version = await request(learner, 'POST', `/api/terms/${key}/versions`, {
          ...document,
          version: '2026-09',
          effectiveFrom: '2026-09-01',
        });
        assert.ok([403, 404].includes(version.statusCode), version.body);
        const copy = await request(learner, 'POST', '/api/terms/vapro/copy', {
          key: 'leerling-kopie',
          effectiveFrom: '2026-09-01',
        });
        assert.equal(copy.statusCode, 403, copy.body);
        const read = await request(learner, 'GET', `/api/terms/${key}/2026-06`);
        assert.equal(read.statusCode, 404, read.body);
      });

      it("lets the platform admin see every provider's terms and copy for a provider it names", async () => {
        const listed = ((await request(admin, 'GET', '/api/terms')).json() as { items: Listing[] }).items;
        assert.ok(listed.some((i) => i.provider === key && i.ownerProviderId === demoProviderId));
        assert.ok(
          listed.some((i) => i.provider === 'andere-voorwaarden' && i.ownerProviderId === otherProviderId),
        );
        const unnamed = await request(admin, 'POST', `/api/terms/${key}/copy`, {
          key: 'demo-tweede',
          effectiveFrom: '2026-09-01',
        });
        assert.equal(unnamed.statusCode, 400, unnamed.body);
        assert.deepEqual(
          ((unnamed.json() as Problem).errors ?? []).map((e) => e.path),
          ['providerId'],
        );
        const named = await request(admin, 'POST', `/api/terms/${key}/copy`, {
          key: 'demo-tweede',
          effectiveFrom: '2026-09-01',
          fromVersion: '2026-06',
          providerId: demoProviderId,
        });
        assert.equal(named.statusCode, 201, named.body);
        assert.deepEqual((named.json() as { basedOn: unknown }).basedOn, {
          provider: key,
          version: '2026-06',
        });
        // A retried copy with the same Idempotency-Key gets the first answer again, not a conflict.
        const retry = {
          key: 'demo-derde',
          effectiveFrom: '2026-09-01',
          providerId: demoProviderId,
        };
        const headers = { ...admin.write, 'idempotency-key': 'copy-demo-derde-1' };
        const firstTry = await app.inject({
          method: 'POST',
          url: '/api/terms/vapro/copy',
          headers,
          payload: retry,
        });
        assert.equal(firstTry.statusCode, 201, firstTry.body);
        const secondTry = await app.inject({
          method: 'POST',
          url: '/api/terms/vapro/copy',
          headers,
          payload: retry,
        });
        assert.equal(secondTry.statusCode, 201, secondTry.body);
        assert.equal(secondTry.headers['idempotent-replayed'], 'true');
        assert.deepEqual(secondTry.json(), firstTry.json());
        const seenByPlanner = await request(planner, 'GET', '/api/terms/demo-tweede/2026-09-01');
        assert.equal(seenByPlanner.statusCode, 200, seenByPlanner.body);
      });
    });
  });
}
