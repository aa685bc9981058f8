import path from 'node:path';
import type { Logger } from 'pino';
import { type JobModule, jobModules, routeModules } from './composition/modules.ts';
import { describeDemoLogins, seedDemoIfEmpty } from './demo/seed.ts';
import { registerAuth } from './identity/http-auth.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { type DatabaseHandle, openDatabase } from './platform/db/connect.ts';
import { migrate } from './platform/db/migrate.ts';
import { buildServer } from './platform/http/server.ts';
import type { KlasseApp, RouteModule } from './platform/http/types.ts';
import { createLogger } from './platform/logger.ts';
import { createPlatformServices } from './platform/services.ts';

export interface ContextOptions {
  clock?: Clock;
  logger?: Logger;
  /** Run job workers in this process; config.runJobs by default. The CLI only enqueues. */
  runJobs?: boolean;
  /** The job handlers to register; every context's (src/composition/modules.ts) by default. */
  jobModules?: JobModule[];
}

/** An AppContext with its platform services running, and how to stop them. */
export interface RunningContext {
  ctx: AppContext;
  close(): Promise<void>;
}

/**
 * Builds the AppContext on an open, migrated database: the platform services (the job queue on the
 * database's pool, the mailer on the queue: SMTP when SMTP_URL is set, else mails are kept for staff
 * to read), every context's job handlers, then starts the queue. close() stops the queue (waiting
 * for running jobs) and closes the SMTP transport, but leaves the database to whoever opened it.
 */
export async function createAppContext(
  config: Config,
  database: DatabaseHandle,
  options: ContextOptions = {},
): Promise<RunningContext> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const services = createPlatformServices({
    config: { ...config, runJobs: options.runJobs ?? config.runJobs },
    db: database.db,
    pool: database.pool,
    databaseKind: database.kind,
    logger,
    clock,
  });
  const { jobs, mail } = services;
  const ctx: AppContext = { config, db: database.db, databaseKind: database.kind, clock, logger, jobs, mail };
  for (const register of options.jobModules ?? jobModules) register(ctx);
  await services.start();
  return { ctx, close: () => services.stop() };
}

/** Opens the configured database, applies pending migrations and builds the AppContext on it. */
export async function openAppContext(config: Config, options: ContextOptions = {}): Promise<RunningContext> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
  });
  try {
    const applied = await migrate(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    const running = await createAppContext(config, database, { ...options, logger });
    return {
      ctx: running.ctx,
      async close() {
        try {
          await running.close();
        } finally {
          await database.close();
        }
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface StartOptions extends ContextOptions {
  /** Fill an empty database with the demo provider and accounts; default: on the embedded database. */
  seedDemo?: boolean;
  /** The route modules to mount under /api; every context's by default. */
  routeModules?: RouteModule[];
  webDistDir?: string;
}

export interface RunningKlasse {
  /** Where it listens, e.g. http://localhost:3000. */
  url: string;
  ctx: AppContext;
  app: KlasseApp;
  /** Stops accepting, lets requests in flight finish, stops the jobs, closes the database. */
  stop(): Promise<void>;
}

/** For the log: the data directory as the user wrote it, a URL without its password. */
function describeDatabase(config: Config): string {
  if (!config.databaseUrl) {
    const relative = path.relative(process.cwd(), config.dataDir);
    const shown = relative === '' ? '.' : relative.startsWith('..') ? config.dataDir : `./${relative}`;
    return `embedded database in ${shown}`;
  }
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

function browsableUrl(host: string, port: number): string {
  const shown =
    host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

/**
 * Starts the whole of Klasse in this process: database (migrated), platform services, demo data on a
 * fresh embedded database, and the HTTP server on config.host:config.port.
 */
export async function startKlasse(config: Config, options: StartOptions = {}): Promise<RunningKlasse> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const running = await openAppContext(config, { ...options, logger });
  const { ctx } = running;
  let app: KlasseApp | undefined;
  let demoLogins: string | undefined;
  try {
    // Issue 2, item 7: a first start on an empty embedded database gets the demo provider and one
    // account per role, so there is something to log in with.
    if (options.seedDemo ?? ctx.databaseKind === 'embedded') {
      const logins = await seedDemoIfEmpty(ctx);
      if (logins) demoLogins = describeDemoLogins(logins);
    }
    app = await buildServer(ctx, options.routeModules ?? routeModules, {
      auth: registerAuth,
      ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
    });
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app?.close();
    await running.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = browsableUrl(config.host, port);
  logger.info(
    { url, database: ctx.databaseKind },
    `Klasse listening on ${url} (${describeDatabase(config)})`,
  );
  if (ctx.databaseKind === 'embedded') {
    // DESIGN, "What we measured": PGlite never fsyncs, so an OS crash or power loss can lose the
    // most recent commits (a killed process does not).
    logger.warn(
      'The embedded database (PGlite) never fsyncs: an OS crash or power loss can lose recent changes. Run production on PostgreSQL (set DATABASE_URL).',
    );
  }
  if (demoLogins)
    logger.info(`New database: demo data created. Log in at ${url} with one of these.\n${demoLogins}`);

  const server = app;
  let stopping: Promise<void> | undefined;
  return {
    url,
    ctx,
    app: server,
    stop() {
      stopping ??= (async () => {
        logger.info('Klasse stopping: finishing requests in flight');
        try {
          await server.close();
        } finally {
          await running.close();
        }
        logger.info('Klasse stopped');
      })();
      return stopping;
    },
  };
}
