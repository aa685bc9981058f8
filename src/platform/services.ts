import type pg from 'pg';
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { DatabaseKind } from './db/connect.ts';
import type { Db } from './db/database.ts';
import type { JobQueue } from './jobs/model.ts';
import { createJobQueue } from './jobs/queue.ts';
import { createMailer, type MailRetryPolicy } from './mail/mailer.ts';
import type { Mailer } from './mail/model.ts';
import { type MailTransport, smtpTransport } from './mail/transport.ts';

export interface PlatformServicesSettings {
  config: Config;
  db: Db;
  /** The pool behind db (DatabaseHandle.pool): the job queue runs its queries through it. */
  pool: pg.Pool;
  logger: Logger;
  clock: Clock;
  /**
   * Which database the pool reaches: on the embedded one only this process runs jobs, so a job left
   * active at start was its predecessor's; on PostgreSQL processes watch each other's locks
   * (src/platform/jobs/recovery.ts). Left out: jobs of a dead process wait for their expiry.
   */
  databaseKind?: DatabaseKind;
  /** How long an idle job worker waits before looking again; default 2 seconds. */
  pollingIntervalSeconds?: number;
  /** How often failed mail deliveries are retried; default DEFAULT_MAIL_RETRY. */
  mailRetry?: MailRetryPolicy;
}

export interface PlatformServices {
  jobs: JobQueue;
  mail: Mailer;
  /**
   * Creates the queues and, when config.runJobs, starts the workers. Every context registers its jobs
   * on `jobs` before this is called.
   */
  start(): Promise<void>;
  /** Graceful shutdown: takes no new jobs, waits for the running ones, closes the SMTP connections. */
  stop(): Promise<void>;
}

/** The job queue and the mailer, wired to one pool; src/main.ts (or a test) calls this once. */
export function createPlatformServices(settings: PlatformServicesSettings): PlatformServices {
  const { config, db, pool, logger, clock } = settings;
  const jobs = createJobQueue({
    pool,
    logger,
    runJobs: config.runJobs,
    ...(settings.databaseKind
      ? {
          recovery:
            settings.databaseKind === 'embedded' ? ('exclusive' as const) : ('advisory-lock' as const),
        }
      : {}),
    ...(settings.pollingIntervalSeconds !== undefined
      ? { pollingIntervalSeconds: settings.pollingIntervalSeconds }
      : {}),
  });
  const transport: MailTransport | undefined = config.smtpUrl
    ? smtpTransport(config.smtpUrl, config.mailFrom)
    : undefined;
  if (!transport) logger.info('no SMTP_URL configured: mails are kept in the database for staff to read');
  const mail = createMailer({
    db,
    jobs,
    clock,
    logger,
    transport,
    ...(settings.mailRetry ? { retry: settings.mailRetry } : {}),
  });
  return {
    jobs,
    mail,
    start: () => jobs.start(),
    async stop() {
      await jobs.stop();
      transport?.close();
    },
  };
}
