/**
 * A Klasse server with every route module (src/composition/modules.ts) on a fresh test database
 * with the demo provider, for tests of what holds for every route alike (input handling).
 */
import { createAppContext } from '../../src/app.ts';
import { routeModules } from '../../src/composition/modules.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed.ts';
import { registerAuth } from '../../src/identity/http-auth.ts';
import { manualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { DatabaseKind } from '../../src/platform/db/connect.ts';
import { buildServer } from '../../src/platform/http/server.ts';
import { createLogger } from '../../src/platform/logger.ts';
import { openTestDatabase } from './databases.ts';
import { loginAs, type Session, type TestApp } from './identity-app.ts';

export interface FullApp extends TestApp {
  planner: Session;
  admin: Session;
}

export async function startFullApp(kind: DatabaseKind): Promise<FullApp> {
  const database = await openTestDatabase(kind);
  const config = loadConfig({ LOG_LEVEL: 'silent', KLASSE_API_RATE_LIMIT: '0', KLASSE_JOBS: 'false' });
  const clock = manualClock('2026-03-02T09:00:00Z');
  const running = await createAppContext(config, database, {
    clock,
    logger: createLogger({ level: 'silent', pretty: false }),
    runJobs: false,
    jobModules: [],
  });
  const app = await buildServer(running.ctx, routeModules, { auth: registerAuth });
  await app.ready();
  await seedDemoIfEmpty(running.ctx);
  return {
    app,
    ctx: running.ctx,
    clock,
    planner: await loginAs(app, 'planner@demo.klasse.local', DEMO_PASSWORD),
    admin: await loginAs(app, 'customer-admin@demo.klasse.local', DEMO_PASSWORD),
    async close() {
      await app.close();
      await running.close();
      await database.close();
    },
  };
}
