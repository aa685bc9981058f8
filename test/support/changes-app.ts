/**
 * A Klasse HTTP server for the enrollment-change tests: identity, catalog, terms, enrollment and
 * enrollment-change routes, their jobs registered (not run: the tests run a job's handler with the
 * payload the queue holds), the demo seeded, a manual clock; helpers to add providers under other
 * terms, products, sessions, enroll, and read the ledger, events and queued jobs.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createAppContext } from '../../src/app.ts';
import type { ProductType, VatCode } from '../../src/catalog/model.ts';
import { catalogRoutes } from '../../src/catalog/routes.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.ts';
import { enrollmentChangeJobs } from '../../src/enrollment/changes/jobs.ts';
import { enrollmentChangeRoutes } from '../../src/enrollment/changes/routes.ts';
import { enrollmentJobs } from '../../src/enrollment/jobs.ts';
import { enrollmentRoutes } from '../../src/enrollment/routes.ts';
import { registerAuth } from '../../src/identity/http-auth.ts';
import { identityRoutes } from '../../src/identity/routes.ts';
import * as identity from '../../src/identity/service.ts';
import { manualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { DatabaseKind } from '../../src/platform/db/connect.ts';
import { buildServer } from '../../src/platform/http/server.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { termsRoutes } from '../../src/terms-library/routes.ts';
import { workflowRoutes } from '../../src/workflows/routes.ts';
import { openTestDatabase } from './databases.ts';
import { loginAs, type Session, type TestApp } from './identity-app.ts';

export const DEMO = 'demo.klasse.local';
const PASSWORD = 'changes-test-password';

export interface ProviderFixture {
  providerId: string;
  customerId: string;
  staff: Session;
  learners: { id: string; email: string; session: Session }[];
  admin: Session;
}

export interface ChangesApp extends TestApp {
  demoProviderId: string;
  login(local: string): Promise<Session>;
  userId(local: string): Promise<string>;
  addLearner(
    providerId: string,
    customerId: string | null,
    local: string,
  ): Promise<{ id: string; email: string }>;
  addProvider(slug: string, termsKey: string): Promise<ProviderFixture>;
  addProduct(
    providerId: string,
    p: {
      code: string;
      name?: string;
      type: ProductType;
      priceCents: number;
      vatCode?: VatCode;
      proofOfParticipation?: boolean;
    },
  ): Promise<string>;
  productId(code: string): Promise<string>;
  addSession(
    providerId: string,
    productId: string,
    startsAt: string,
    o?: { capacity?: number; minParticipants?: number },
  ): Promise<string>;
  enroll(who: Session, sessionId: string, learnerIds?: string[]): Promise<string[]>;
  ledger(enrollmentId: string): Promise<{ kind: string; amount: number; vat: string; clauses: string[] }[]>;
  events(
    enrollmentId: string,
  ): Promise<{ type: string; details: Record<string, unknown>; decision: unknown }[]>;
  enrollment(id: string): Promise<{
    status: string;
    learner_id: string;
    session_id: string;
    moved_from: string | null;
    moved_to: string | null;
    previously_rescheduled: boolean;
  }>;
  booked(sessionId: string): Promise<number>;
  jobs(name: string): Promise<{ data: Record<string, unknown>; start_after: Date }[]>;
  mailsTo(email: string): Promise<{ subject: string; text_body: string; ics: string | null }[]>;
}

let counter = 0;

export async function startChangesApp(kind: DatabaseKind): Promise<ChangesApp> {
  const database = await openTestDatabase(kind);
  const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
  const clock = manualClock('2026-03-02T09:00:00Z');
  const running = await createAppContext(config, database, {
    clock,
    logger: createLogger({ level: 'silent', pretty: false }),
    runJobs: false,
    jobModules: [enrollmentJobs, enrollmentChangeJobs],
  });
  const ctx = running.ctx;
  const app = await buildServer(
    ctx,
    [identityRoutes, catalogRoutes, termsRoutes, enrollmentRoutes, enrollmentChangeRoutes, workflowRoutes],
    { auth: registerAuth },
  );
  await app.ready();
  await seedDemoIfEmpty(ctx);
  const demo = await ctx.db
    .selectFrom('providers')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  const locations = new Map<string, string>();

  async function locationOf(providerId: string): Promise<string> {
    const known = locations.get(providerId);
    if (known) return known;
    const row = await ctx.db
      .insertInto('locations')
      .values({ provider_id: providerId, name: 'Leslokaal', city: 'Utrecht', online_url: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    locations.set(providerId, row.id);
    return row.id;
  }

  async function addLearner(providerId: string, customerId: string | null, local: string) {
    const user = await identity.createUser(ctx, null, {
      email: `${local}@changes.example`,
      name: local,
      role: 'learner',
      providerId,
      customerId,
      password: PASSWORD,
    });
    return { id: user.id, email: user.email };
  }

  const fixture: ChangesApp = {
    app,
    ctx,
    clock,
    demoProviderId: demo.id,
    login: (local) => loginAs(app, `${local}@${DEMO}`, DEMO_PASSWORD),
    async userId(local) {
      const row = await ctx.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', `${local}@${DEMO}`)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    addLearner,
    async addProvider(slug, termsKey) {
      const provider = await identity.createProvider(ctx, ctx.db, {
        name: `Opleider ${slug}`,
        slug,
        country: 'NL',
        timeZone: 'Europe/Amsterdam',
        termsProviderId: termsKey,
      });
      const customer = await identity.createCustomer(ctx, null, {
        providerId: provider.id,
        name: `Klant ${slug} B.V.`,
        street: 'Straat 1',
        postalCode: '1234 AB',
        city: 'Utrecht',
        country: 'NL',
        billingEmail: `facturen@${slug}.example`,
      });
      const make = async (local: string, role: 'planner' | 'customer_admin') => {
        await identity.createUser(ctx, null, {
          email: `${local}@changes.example`,
          name: local,
          role,
          providerId: provider.id,
          customerId: role === 'customer_admin' ? customer.id : null,
          password: PASSWORD,
        });
        return loginAs(app, `${local}@changes.example`, PASSWORD);
      };
      const learners = [];
      for (const n of [1, 2, 3]) {
        const learner = await addLearner(provider.id, customer.id, `${slug}-learner${n}`);
        learners.push({ ...learner, session: await loginAs(app, learner.email, PASSWORD) });
      }
      return {
        providerId: provider.id,
        customerId: customer.id,
        staff: await make(`${slug}-planner`, 'planner'),
        admin: await make(`${slug}-admin`, 'customer_admin'),
        learners,
      };
    },
    async addProduct(providerId, p) {
      const row = await ctx.db
        .insertInto('products')
        .values({
          provider_id: providerId,
          code: p.code,
          name: p.name ?? p.code,
          type: p.type,
          price_cents: p.priceCents,
          vat_code: p.vatCode ?? 'exempt_training',
          duration_minutes: null,
          description: '',
          published: true,
          proof_of_participation: p.proofOfParticipation ?? false,
          exam_delivery: p.type === 'exam' ? 'own' : null,
          exam_format: p.type === 'exam' ? 'computer' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async productId(code) {
      const row = await ctx.db
        .selectFrom('products')
        .select('id')
        .where('provider_id', '=', demo.id)
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async addSession(providerId, productId, startsAt, o = {}) {
      const start = new Date(startsAt);
      counter++;
      const row = await ctx.db
        .insertInto('sessions')
        .values({
          provider_id: providerId,
          product_id: productId,
          code: `CH-${counter}`,
          starts_at: start,
          ends_at: new Date(start.getTime() + 8 * 3_600_000),
          location_id: await locationOf(providerId),
          capacity: o.capacity ?? 10,
          min_participants: o.minParticipants ?? 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async enroll(who, sessionId, learnerIds) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/enrollments',
        headers: who.write,
        payload: {
          sessionId,
          acceptTerms: true,
          waitlist: true,
          ...(learnerIds ? { learners: learnerIds.map((userId) => ({ userId })) } : {}),
        },
      });
      assert.equal(response.statusCode, 201, response.body);
      return (response.json() as { items: { id: string }[] }).items.map((i) => i.id);
    },
    async ledger(enrollmentId) {
      const rows = await ctx.db
        .selectFrom('enrollment_ledger')
        .select(['kind', 'amount_cents', 'vat_code', 'clauses'])
        .where('enrollment_id', '=', enrollmentId)
        .orderBy('created_at')
        .orderBy('kind')
        .execute();
      return rows.map((r) => ({
        kind: r.kind,
        amount: Number(r.amount_cents),
        vat: r.vat_code,
        clauses: r.clauses.map((c) => `${c.document} ${c.article}`),
      }));
    },
    async events(enrollmentId) {
      const rows = await ctx.db
        .selectFrom('enrollment_events')
        .select(['type', 'details', 'decision'])
        .where('enrollment_id', '=', enrollmentId)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({ type: r.type, details: r.details, decision: r.decision }));
    },
    async enrollment(id) {
      return ctx.db
        .selectFrom('enrollments')
        .select(['status', 'learner_id', 'session_id', 'moved_from', 'moved_to', 'previously_rescheduled'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    },
    async booked(sessionId) {
      const row = await ctx.db
        .selectFrom('sessions')
        .select('booked')
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      return Number(row.booked);
    },
    async jobs(name) {
      const { rows } = await sql<{ data: Record<string, unknown>; start_after: Date }>`
        select data, start_after from pgboss.job where name = ${name} order by created_on
      `.execute(ctx.db);
      return rows;
    },
    async mailsTo(email) {
      return ctx.db
        .selectFrom('mails')
        .select(['subject', 'text_body', 'ics'])
        .where('recipient', '=', email)
        .orderBy('created_at')
        .execute();
    },
    async close() {
      await app.close();
      await running.close();
      await database.close();
    },
  };
  return fixture;
}

/** POST a JSON body and return status and parsed body. */
export async function post(
  app: TestApp['app'],
  who: Session,
  url: string,
  payload: unknown,
): Promise<{ status: number; body: Record<string, unknown> & { [key: string]: unknown } }> {
  const response = await app.inject({ method: 'POST', url, headers: who.write, payload: payload as object });
  return { status: response.statusCode, body: response.json() };
}

export async function get(
  app: TestApp['app'],
  who: Session,
  url: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await app.inject({ method: 'GET', url, headers: who.read });
  return { status: response.statusCode, body: response.json() };
}
