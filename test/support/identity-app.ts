/**
 * A Klasse HTTP server on a fresh test database with the identity and catalog routes, driven with
 * inject(), plus helpers to log in as someone. Used by the identity, tenancy and catalog tests.
 */
import { createAppContext } from '../../src/app.ts';
import { catalogRoutes } from '../../src/catalog/routes.ts';
import { registerAuth, SESSION_COOKIE } from '../../src/identity/http-auth.ts';
import { identityRoutes } from '../../src/identity/routes.ts';
import { manualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { DatabaseKind } from '../../src/platform/db/connect.ts';
import { buildServer } from '../../src/platform/http/server.ts';
import type { KlasseApp } from '../../src/platform/http/types.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { workflowRoutes } from '../../src/workflows/routes.ts';
import { openTestDatabase } from './databases.ts';

export interface TestApp {
  app: KlasseApp;
  ctx: AppContext;
  clock: ReturnType<typeof manualClock>;
  close(): Promise<void>;
}

export async function startTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    KLASSE_API_RATE_LIMIT: '0',
    KLASSE_JOBS: 'false',
    ...env,
  });
  const clock = manualClock('2026-03-02T09:00:00Z');
  const running = await createAppContext(config, database, {
    clock,
    logger: createLogger({ level: 'silent', pretty: false }),
    runJobs: false,
    jobModules: [],
  });
  const app = await buildServer(running.ctx, [identityRoutes, catalogRoutes, workflowRoutes], {
    auth: registerAuth,
  });
  await app.ready();
  return {
    app,
    ctx: running.ctx,
    clock,
    async close() {
      await app.close();
      await running.close();
      await database.close();
    },
  };
}

/** A logged-in browser: its session cookie and the CSRF token the login returned. */
export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  /** Headers for a request that changes something. */
  write: Record<string, string>;
  /** Headers for a request that only reads. */
  read: Record<string, string>;
}

export function sessionCookieOf(setCookie: string | string[] | undefined): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return line?.split(';')[0];
}

export async function loginAs(app: KlasseApp, email: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200)
    throw new Error(`login as ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response.headers['set-cookie']);
  if (!cookie) throw new Error('login set no session cookie');
  const body = response.json() as { csrfToken: string; user: { id: string } };
  return {
    cookie,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    read: { cookie },
    write: { cookie, 'x-csrf-token': body.csrfToken },
  };
}
