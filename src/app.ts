import path from 'node:path';
import type { Logger } from 'pino';
import { type JobModule, jobModules, routeModules } from './composition/modules.ts';
import { describeDemoLogins, seedDemoIfEmpty } from './demo/seed.ts';
import { registerAuth } from './identity/http-auth.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { AppContext } from './platform/context.ts';
import { type DatabaseHandle, lockEmbeddedDataDir, openDatabase } from './platform/db/connect.ts';
import { migrate } from './platform/db/migrate.ts';
import { buildServer } from './platform/http/server.ts';
import { openStartingServer, type StartingServer, type StartPhase } from './platform/http/starting-server.ts';
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

/**
 * Reports what a start is busy with, and ends it between steps when a stop was asked for (a step
 * itself, such as initdb or the migrations, always finishes: never a database left half-made).
 */
export interface StartProgress {
  phase(phase: StartPhase): void;
  /** Throws StartStopped when the start should end here. */
  checkpoint(): void;
}

/** The start ended early because Klasse was asked to stop. */
export class StartStopped extends Error {
  constructor() {
    super('stopped while starting');
  }
}

/** Opens the configured database, applies pending migrations and builds the AppContext on it. */
export async function openAppContext(
  config: Config,
  options: ContextOptions & { progress?: StartProgress } = {},
): Promise<RunningContext> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const { progress } = options;
  progress?.phase('database');
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
  });
  try {
    progress?.checkpoint();
    progress?.phase('migrations');
    const applied = await migrate(database.db);
    if (applied.length > 0) logger.info({ migrations: applied }, `applied ${applied.length} migration(s)`);
    progress?.checkpoint();
    progress?.phase('jobs');
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

/** Klasse while it starts: already listening (the web app and /healthz answer), not yet ready. */
export interface StartingKlasse {
  /** Where it listens, e.g. http://localhost:3000. */
  url: string;
  /**
   * Settles once everything is served: the database opened and migrated, the demo data made, the
   * API routes built. Rejects when the start failed or was stopped (StartStopped); everything it
   * opened is closed by then.
   */
  ready: Promise<RunningKlasse>;
  /** While starting: stops listening at once and ends the start after its current step. Then as RunningKlasse.stop. */
  stop(): Promise<void>;
}

/**
 * Starts Klasse in this process and answers as soon as it listens (issue 12, item 17: the first
 * page < 3 s after start, where a fresh embedded database alone takes tens of seconds). Until
 * `ready`, the web app and /healthz are served and the API answers 503 "starting"
 * (src/platform/http/starting-server.ts); then the full app takes over on the same port.
 */
export async function launchKlasse(config: Config, options: StartOptions = {}): Promise<StartingKlasse> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  // Before listening: a second Klasse on the same data folder stops here, saying which one holds it.
  const lock = lockEmbeddedDataDir({ url: config.databaseUrl, dataDir: config.dataDir });
  let door: StartingServer;
  try {
    door = await openStartingServer({
      config,
      logger,
      ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const url = browsableUrl(config.host, door.port);
  logger.info({ url }, `Klasse listening on ${url}, starting (${describeDatabase(config)})`);

  let stopAsked = false;
  let started: { app: KlasseApp; context: RunningContext } | undefined;
  const progress: StartProgress = {
    phase: (phase) => door.setPhase(phase),
    checkpoint() {
      if (stopAsked) throw new StartStopped();
    },
  };
  const closeAll = async (app?: KlasseApp, context?: RunningContext) => {
    try {
      // The app closes alongside the server, so a request arriving on a kept-alive connection is
      // answered 503 with Connection: close while the ones in flight finish.
      await Promise.all([door.close(), app?.close()]);
    } finally {
      try {
        await context?.close();
      } finally {
        lock?.release();
      }
    }
  };

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      stopAsked = true;
      logger.info(
        started ? 'Klasse stopping: finishing requests in flight' : 'Klasse stopping while starting',
      );
      if (started) await closeAll(started.app, started.context);
      else {
        const closed = door.close();
        await ready.catch(() => undefined);
        await closed;
      }
      logger.info('Klasse stopped');
    })();
    return stopping;
  };

  const ready = (async (): Promise<RunningKlasse> => {
    let context: RunningContext | undefined;
    let app: KlasseApp | undefined;
    try {
      context = await openAppContext(config, { ...options, logger, progress });
      const { ctx } = context;
      let demoLogins: string | undefined;
      // Issue 2, item 7: a first start on an empty embedded database gets the demo provider and one
      // account per role, so there is something to log in with.
      if (options.seedDemo ?? ctx.databaseKind === 'embedded') {
        progress.checkpoint();
        progress.phase('demo');
        const logins = await seedDemoIfEmpty(ctx);
        if (logins) demoLogins = describeDemoLogins(logins);
      }
      progress.checkpoint();
      progress.phase('routes');
      app = await buildServer(ctx, options.routeModules ?? routeModules, {
        auth: registerAuth,
        serverFactory: door.appServerFactory,
        ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
      });
      await door.handOver(app);
      progress.checkpoint();
      started = { app, context };
      logReady(logger, config, url, ctx.databaseKind, demoLogins);
      return { url, ctx, app, stop };
    } catch (error) {
      await closeAll(app, context);
      throw error;
    }
  })();
  // Whoever launched Klasse awaits `ready`; a failed start is theirs to report, never unhandled.
  ready.catch(() => undefined);
  return { url, ready, stop };
}

function logReady(
  logger: Logger,
  config: Config,
  url: string,
  database: AppContext['databaseKind'],
  demoLogins: string | undefined,
): void {
  logger.info({ url, database }, `Klasse ready on ${url} (${describeDatabase(config)})`);
  if (database === 'embedded') {
    // DESIGN, "What we measured": PGlite never fsyncs, so an OS crash or power loss can lose the
    // most recent commits (a killed process does not).
    logger.warn(
      'The embedded database (PGlite) never fsyncs: an OS crash or power loss can lose recent changes. Run production on PostgreSQL (set DATABASE_URL).',
    );
  }
  if (demoLogins)
    logger.info(`New database: demo data created. Log in at ${url} with one of these.\n${demoLogins}`);
}

/**
 * Starts the whole of Klasse in this process and answers once it serves everything: database
 * (migrated), platform services, demo data on a fresh embedded database, and the HTTP server on
 * config.host:config.port.
 */
export async function startKlasse(config: Config, options: StartOptions = {}): Promise<RunningKlasse> {
  return (await launchKlasse(config, options)).ready;
}
