import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { DatabaseKind } from './db/connect.ts';
import type { Db } from './db/database.ts';
import type { JobQueue } from './jobs/model.ts';
import type { Mailer } from './mail/model.ts';

/** What services, routes, jobs and CLI commands are given: built once in src/main.ts (or a test). */
export interface AppContext {
  config: Config;
  db: Db;
  databaseKind: DatabaseKind;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  mail: Mailer;
}
