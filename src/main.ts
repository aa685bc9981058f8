/**
 * `npm start`: runs Klasse with the settings from the environment until SIGTERM or SIGINT, then
 * shuts down gracefully (no new connections, requests in flight finish, jobs stop, the database
 * closes) and exits 0.
 */
import { startKlasse } from './app.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { createLogger } from './platform/logger.ts';

/** A shutdown that takes longer than this (a stuck request or job) is cut short with exit code 1. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });

let klasse: Awaited<ReturnType<typeof startKlasse>>;
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

let signalled = false;
function shutdown(signal: NodeJS.Signals) {
  if (signalled) {
    logger.warn(`${signal} again: exiting without waiting`);
    process.exit(1);
  }
  signalled = true;
  logger.info({ signal }, 'shutting down');
  const timer = setTimeout(() => {
    logger.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  klasse.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
