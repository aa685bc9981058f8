/**
 * `npm start`: runs Klasse with the settings from the environment until SIGTERM or SIGINT, then
 * shuts down gracefully (no new connections, requests in flight finish, jobs stop, the database
 * closes) and exits 0.
 */
import { type RunningKlasse, startKlasse } from './app.ts';
import { type Config, ConfigError, loadConfig } from './platform/config.ts';
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

let klasse: RunningKlasse | undefined;
let signalledAt: number | undefined;
/**
 * Ctrl-C under `npm start` delivers SIGINT twice (from the terminal and forwarded by npm): a repeat
 * this soon is the same request. A later one means "stop now".
 */
const REPEATED_SIGNAL_MS = 2000;

function stopAndExit(running: RunningKlasse) {
  const timer = setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  running.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}

// Installed before starting, so a signal during start-up (migrations, demo seed) still ends in an
// orderly stop once the start has finished, not in a database left mid-way.
function onSignal(signal: NodeJS.Signals) {
  if (signalledAt !== undefined) {
    if (Date.now() - signalledAt < REPEATED_SIGNAL_MS) return;
    logger.warn(`${signal} again: exiting without waiting`);
    process.exit(1);
  }
  signalledAt = Date.now();
  logger.info({ signal }, klasse ? 'shutting down' : 'shutting down once started');
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

try {
  klasse = await startKlasse(config, { logger });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    logger.fatal(
      `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT.`,
    );
  } else {
    logger.fatal({ err: error }, 'Klasse could not start');
  }
  process.exit(1);
}
if (signalledAt !== undefined) stopAndExit(klasse);
