/**
 * A Klasse server for the import-sheet tests and bench: the demo provider, its logins, sessions to
 * import into, and the identity and import routes, on a fresh database of the given kind.
 */
import { createAppContext } from '../../src/app.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.ts';
import { importJobs } from '../../src/enrollment/import/jobs.ts';
import { importRoutes } from '../../src/enrollment/import/routes.ts';
import { registerAuth } from '../../src/identity/http-auth.ts';
import { identityRoutes } from '../../src/identity/routes.ts';
import { manualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { DatabaseKind } from '../../src/platform/db/connect.ts';
import { buildServer } from '../../src/platform/http/server.ts';
import type { KlasseApp } from '../../src/platform/http/types.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { termsRoutes } from '../../src/terms-library/routes.ts';
import { openTestDatabase } from './databases.ts';
import { loginAs, type Session } from './identity-app.ts';

export interface ImportApp {
  app: KlasseApp;
  ctx: AppContext;
  clock: ReturnType<typeof manualClock>;
  providerId: string;
  /** The PostgreSQL database's URL, for a second connection; undefined on the embedded one. */
  url: string | undefined;
  close(): Promise<void>;
}

/** Now, in the tests: 2 March 2026; sessions start in April. */
export const TEST_NOW = '2026-03-02T09:00:00Z';

/** runJobs: run the import's jobs in this process (large uploads and commits, confirmations). */
export async function startImportApp(
  kind: DatabaseKind,
  options: { runJobs?: boolean } = {},
): Promise<ImportApp> {
  const database = await openTestDatabase(kind);
  const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
  const clock = manualClock(TEST_NOW);
  const running = await createAppContext(config, database, {
    clock,
    logger: createLogger({ level: 'silent', pretty: false }),
    runJobs: options.runJobs ?? false,
    jobModules: [importJobs],
  });
  const app = await buildServer(running.ctx, [identityRoutes, termsRoutes, importRoutes], {
    auth: registerAuth,
  });
  await app.ready();
  await seedDemoIfEmpty(running.ctx);
  const provider = await running.ctx.db
    .selectFrom('providers')
    .select('id')
    .where('slug', '=', 'demo')
    .executeTakeFirstOrThrow();
  return {
    app,
    ctx: running.ctx,
    clock,
    providerId: provider.id,
    url: database.url,
    async close() {
      await app.close();
      await running.close();
      await database.close();
    },
  };
}

export interface TestSession {
  code: string;
  productCode: string;
  capacity: number;
  booked?: number;
  status?: 'planned' | 'confirmed' | 'cancelled' | 'completed';
  startsAt?: string;
  registrationDeadline?: string | null;
}

/** Adds sessions of the demo provider's products (test fixtures, written straight to the tables). */
export async function addSessions(
  t: ImportApp,
  sessions: readonly TestSession[],
): Promise<Map<string, string>> {
  const products = await t.ctx.db
    .selectFrom('products')
    .select(['id', 'code'])
    .where('provider_id', '=', t.providerId)
    .execute();
  const productId = new Map(products.map((p) => [p.code, p.id]));
  const ids = new Map<string, string>();
  for (let i = 0; i < sessions.length; i += 500) {
    const rows = await t.ctx.db
      .insertInto('sessions')
      .values(
        sessions.slice(i, i + 500).map((s) => {
          const starts = s.startsAt ?? '2026-04-01T07:00:00Z';
          const pid = productId.get(s.productCode);
          if (!pid) throw new Error(`no demo product ${s.productCode}`);
          return {
            provider_id: t.providerId,
            product_id: pid,
            code: s.code,
            starts_at: starts,
            ends_at: new Date(Date.parse(starts) + 8 * 3600_000).toISOString(),
            capacity: s.capacity,
            booked: s.booked ?? 0,
            status: s.status ?? 'planned',
            registration_deadline: s.registrationDeadline ?? null,
          };
        }),
      )
      .returning(['id', 'code'])
      .execute();
    for (const r of rows) ids.set(r.code, r.id);
  }
  return ids;
}

/** The body of POST /api/imports for a file. */
export function uploadBody(fileName: string, content: string | Buffer, extra: Record<string, unknown> = {}) {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { fileName, contentBase64: bytes.toString('base64'), ...extra };
}

/** An error of a sheet as the API answers it. */
export interface ErrorJson {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}

/**
 * The import tests' common ground: the app, logins of the demo planner, customer admin and learner,
 * sessions in April and May (NEN 3140 with the VCA exam as its prerequisite, a cancelled one, one
 * past its registration deadline, a package, two small ones), and the calls the tests make.
 */
export async function startImportFixture(kind: DatabaseKind, options: { runJobs?: boolean } = {}) {
  const t = await startImportApp(kind, options);
  const planner = await loginAs(t.app, 'planner@demo.klasse.local', DEMO_PASSWORD);
  const admin = await loginAs(t.app, 'customer-admin@demo.klasse.local', DEMO_PASSWORD);
  const learner = await loginAs(t.app, 'learner@demo.klasse.local', DEMO_PASSWORD);
  await addSessions(t, [
    { code: 'EX-APR', productCode: 'VCA-B-EX', capacity: 20 },
    { code: 'EX-MEI', productCode: 'VCA-B-EX', capacity: 20, startsAt: '2026-05-04T07:00:00Z' },
    { code: 'NEN-3', productCode: 'NEN3140-VP', capacity: 3 },
    { code: 'NEN-OUD', productCode: 'NEN3140-VP', capacity: 10, status: 'cancelled' },
    {
      code: 'NEN-LAAT',
      productCode: 'NEN3140-VP',
      capacity: 10,
      registrationDeadline: '2026-03-01T12:00:00Z',
    },
    { code: 'PAKKET', productCode: 'VCA-B-PAKKET', capacity: 10 },
    { code: 'RACE-A', productCode: 'VCA-B-EX', capacity: 5 },
    { code: 'RACE-B', productCode: 'VCA-B-EX', capacity: 2 },
  ]);
  // NEN 3140 needs the VCA exam passed first (a prerequisite, migration 0006).
  const products = await t.ctx.db.selectFrom('products').select(['id', 'code']).execute();
  const pid = (code: string) => products.find((p) => p.code === code)?.id ?? '';
  await t.ctx.db
    .insertInto('product_prerequisites')
    .values({
      product_id: pid('NEN3140-VP'),
      required_product_id: pid('VCA-B-EX'),
      requirement: 'passed',
    })
    .execute();
  return {
    t,
    planner,
    admin,
    learner,
    upload: async (who: Session, body: object) =>
      t.app.inject({ method: 'POST', url: '/api/imports', headers: who.write, payload: body }),
    commit: async (who: Session, id: string, body: object = {}) =>
      t.app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: who.write, payload: body }),
    booked: async (code: string) =>
      (
        await t.ctx.db
          .selectFrom('sessions')
          .select('booked')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).booked,
    enrollmentsOf: async (code: string) =>
      t.ctx.db
        .selectFrom('enrollments as e')
        .innerJoin('sessions as s', 's.id', 'e.session_id')
        .innerJoin('users as u', 'u.id', 'e.learner_id')
        .select([
          'e.id',
          'e.status',
          'e.source',
          'e.terms_key',
          'e.terms_version',
          'e.terms_accepted_by',
          'e.customer_id',
          'e.purchase_order_ref',
          'u.email',
          'u.name',
          'u.customer_id as learner_customer',
        ])
        .where('s.code', '=', code)
        .orderBy('u.email')
        .execute(),
  };
}

export type ImportFixture = Awaited<ReturnType<typeof startImportFixture>>;
