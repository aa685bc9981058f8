/**
 * A Klasse server for the import-sheet tests and bench: the demo provider, its logins, sessions to
 * import into, and the identity and import routes, on a fresh database of the given kind.
 */
import { createAppContext } from '../../src/app.ts';
import { seedDemoIfEmpty } from '../../src/demo/seed.ts';
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
import { termsRoutes } from '../../src/terms/routes.ts';
import { openTestDatabase } from './databases.ts';

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

export async function startImportApp(kind: DatabaseKind): Promise<ImportApp> {
  const database = await openTestDatabase(kind);
  const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
  const clock = manualClock(TEST_NOW);
  const running = await createAppContext(config, database, {
    clock,
    logger: createLogger({ level: 'silent', pretty: false }),
    runJobs: false,
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
