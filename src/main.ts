/**
 * `npm start`: runs Klasse with the settings from the environment until SIGTERM or SIGINT, then
 * shuts down gracefully (no new connections, requests in flight finish, jobs stop, the database
 * closes) and exits 0.
 */
import { launchKlasse, type StartingKlasse, StartStopped } from './app.ts';
import { type Config, ConfigError, loadConfig } from './platform/config.ts';
import { DataDirLockedError } from './platform/db/data-dir-lock.ts';
import { createLogger } from './platform/logger.ts';

/** A shutdown that takes longer than this (a stuck request or job) is cut short with exit code 1. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });

let klasse: StartingKlasse | undefined;
let signalledAt: number | undefined;
/**
 * Ctrl-C under `npm start` delivers SIGINT twice (from the terminal and forwarded by npm): a repeat
 * this soon is the same request. A later one means "stop now".
 */
const REPEATED_SIGNAL_MS = 2000;

function stopAndExit(running: StartingKlasse) {
  // Counted from when the start has settled: a step in progress (initdb, the migrations) is never
  // cut short, so no database is left half-made.
  void running.ready
    .catch(() => undefined)
    .then(() => {
      const timer = setTimeout(() => {
        logger.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting`);
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS);
      timer.unref();
    });
  running.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}

// Installed before starting. Klasse listens within a moment of starting; a signal from then on stops
// listening at once and ends the start after its current step (src/app.ts, launchKlasse).
function onSignal(signal: NodeJS.Signals) {
  if (signalledAt !== undefined) {
    if (Date.now() - signalledAt < REPEATED_SIGNAL_MS) return;
    logger.warn(`${signal} again: exiting without waiting`);
    process.exit(1);
  }
  signalledAt = Date.now();
  logger.info({ signal }, klasse ? 'shutting down' : 'shutting down once listening');
  if (klasse) stopAndExit(klasse);
}
process.on('SIGTERM', onSignal);
process.on('SIGINT', onSignal);

// Under `npm start` the script's shell is our parent; a SIGTERM sent to npm ends that shell without
// passing the signal on, which would leave Klasse running with no one to stop it. When the parent
// goes (we are re-parented), stop as if signalled.
if (process.env.npm_lifecycle_event !== undefined) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && signalledAt === undefined) {
      logger.info({ parent }, 'the npm script that started Klasse has ended');
      onSignal('SIGTERM');
    }
  }, 1000).unref();
}

function reportFailedStart(error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    logger.fatal(
      `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT.`,
    );
  } else if (error instanceof DataDirLockedError) {
    logger.fatal(error.message);
  } else {
    logger.fatal({ err: error }, 'Klasse could not start');
  }
  process.exit(1);
}

try {
  klasse = await launchKlasse(config, { logger });
} catch (error) {
  reportFailedStart(error);
}
klasse.ready.catch((error: unknown) => {
  // Stopped while starting: stopAndExit exits once everything is closed.
  if (!(error instanceof StartStopped)) reportFailedStart(error);
});
if (signalledAt !== undefined) stopAndExit(klasse);
