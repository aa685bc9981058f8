/**
 * A Klasse HTTP server for the enrollment tests: identity, catalog and enrollment routes, the
 * enrollment jobs registered (not run: tests run the expiry themselves), the demo seeded, a manual
 * clock, and helpers to add a session and read the mails queued.
 */
import { createAppContext } from '../../src/app.ts';
import { catalogRoutes } from '../../src/catalog/routes.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.ts';
import { enrollmentJobs } from '../../src/enrollment/jobs.ts';
import { enrollmentRoutes } from '../../src/enrollment/routes.ts';
import { registerAuth } from '../../src/identity/http-auth.ts';
import { identityRoutes } from '../../src/identity/routes.ts';
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

export interface EnrollmentTestApp extends TestApp {
  providerId: string;
  login(local: string): Promise<Session>;
  /** A session of a demo product, starting `daysAhead` days after the clock's now at 09:00 UTC. */
  addSession(options: SessionOptions): Promise<string>;
  mailsTo(email: string): Promise<{ subject: string; text_body: string; ics: string | null }[]>;
  userId(local: string): Promise<string>;
}

export interface SessionOptions {
  productCode?: string;
  capacity?: number;
  daysAhead?: number;
  registrationDeadline?: Date | null;
  kind?: 'open' | 'in_company' | 'out_company';
  customerName?: string;
  priceCents?: number | null;
  status?: 'planned' | 'confirmed' | 'cancelled' | 'completed';
}

let counter = 0;

export async function startEnrollmentApp(kind: DatabaseKind): Promise<EnrollmentTestApp> {
  const database = await openTestDatabase(kind);
  const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
  const clock = manualClock('2026-03-02T09:00:00Z');
  const running = await createAppContext(config, database, {
    clock,
    logger: createLogger({ level: 'silent', pretty: false }),
    runJobs: false,
    jobModules: [enrollmentJobs],
  });
  const ctx = running.ctx;
  const app = await buildServer(
    ctx,
    [identityRoutes, catalogRoutes, termsRoutes, enrollmentRoutes, workflowRoutes],
    {
      auth: registerAuth,
    },
  );
  await app.ready();
  await seedDemoIfEmpty(ctx);
  const provider = await ctx.db
    .selectFrom('providers')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  // The demo's own location: a provider has one location of a name (migration 0012).
  const location = await ctx.db
    .selectFrom('locations')
    .select('id')
    .where('provider_id', '=', provider.id)
    .where('name', '=', 'Opleidingscentrum Utrecht')
    .executeTakeFirstOrThrow();
  return {
    app,
    ctx,
    clock,
    providerId: provider.id,
    login: (local) => loginAs(app, `${local}@${DEMO}`, DEMO_PASSWORD),
    async userId(local) {
      const row = await ctx.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', `${local}@${DEMO}`)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async addSession(o) {
      const product = await ctx.db
        .selectFrom('products')
        .select('id')
        .where('code', '=', o.productCode ?? 'NEN3140-VP')
        .executeTakeFirstOrThrow();
      const customer = o.customerName
        ? await ctx.db
            .selectFrom('customers')
            .select('id')
            .where('name', '=', o.customerName)
            .executeTakeFirstOrThrow()
        : null;
      const start = new Date(clock.now().epochMilliseconds + (o.daysAhead ?? 30) * 86_400_000);
      start.setUTCHours(8, 0, 0, 0);
      counter++;
      const row = await ctx.db
        .insertInto('sessions')
        .values({
          provider_id: provider.id,
          product_id: product.id,
          code: `T-${counter}-${Math.random().toString(36).slice(2, 8)}`,
          starts_at: start,
          ends_at: new Date(start.getTime() + 8 * 3_600_000),
          location_id: location.id,
          capacity: o.capacity ?? 10,
          registration_deadline: o.registrationDeadline ?? null,
          kind: o.kind ?? 'open',
          customer_id: customer?.id ?? null,
          price_cents: o.priceCents ?? null,
          status: o.status ?? 'planned',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
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
}
