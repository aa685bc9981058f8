/** Starts the whole of Klasse in this process on a fresh embedded database with the demo data. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type RunningKlasse, startKlasse } from '../../../src/app.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD } from '../../../src/demo/seed.ts';
import type { Clock } from '../../../src/platform/clock.ts';
import { loadConfig } from '../../../src/platform/config.ts';

export interface TestKlasse {
  klasse: RunningKlasse;
  url: string;
  stop(): Promise<void>;
}

/**
 * `clock` fixes the server's "now", for a test whose figures depend on the day (a cancellation fee
 * counted in working days before the start); the browser keeps its own clock.
 */
export async function startTestKlasse(options: { clock?: Clock } = {}): Promise<TestKlasse> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'klasse-browser-'));
  // An explicit environment: a DATABASE_URL or SMTP_URL of the shell must not leak into the test.
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', KLASSE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const klasse = await startKlasse(config, {
    seedDemo: true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    klasse,
    url: klasse.url,
    async stop() {
      try {
        await klasse.stop();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** The demo account of a role, by the local part the seed gives it ('planner', 'learner', ...). */
export function demoEmail(local: string): string {
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}

export { DEMO_PASSWORD };
