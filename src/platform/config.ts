import path from 'node:path';
import { z } from 'zod';

/** Every setting Klasse reads from its environment; the README's settings table mirrors this. */
const settingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  KLASSE_DATA_DIR: z.string().min(1).default('./data'),
  KLASSE_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Klasse <noreply@klasse.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when Klasse runs behind TLS, so session cookies carry the Secure flag. */
  KLASSE_SECURE_COOKIES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Requests per minute one client address may make to /api (PlusPort general terms 14.16 allow
   * throttling); 0 turns the limit off. Counted per process.
   */
  KLASSE_API_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /**
   * Behind a reverse proxy: 'true' trusts X-Forwarded-For from any hop, or a comma-separated list of
   * proxy addresses/CIDRs. Without it every client looks like the proxy to the rate limit and logs.
   */
  KLASSE_TRUST_PROXY: z.string().min(1).default('false'),
  /**
   * The bearer token /metrics asks for (at least 32 characters); without it /metrics answers 404
   * and no metrics are collected (issue 12, item 8).
   */
  KLASSE_METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Run background jobs in this process (default). Set false for a web-only instance. */
  KLASSE_JOBS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Settings = z.infer<typeof settingsSchema>;

export interface Config {
  port: number;
  host: string;
  /** Absent: the embedded PGlite database in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: Settings['LOG_LEVEL'];
  secureCookies: boolean;
  /** Requests per minute per client address on /api; 0: no limit. */
  apiRateLimit: number;
  /** Fastify's trustProxy: false, true, or the trusted proxy addresses. */
  trustProxy: boolean | string[];
  runJobs: boolean;
  /** The bearer token for /metrics; undefined: /metrics is off. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = settingsSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const s = parsed.data;
  return {
    port: s.PORT,
    host: s.HOST,
    databaseUrl: s.DATABASE_URL,
    dataDir: path.resolve(s.KLASSE_DATA_DIR),
    poolSize: s.KLASSE_DB_POOL_SIZE,
    smtpUrl: s.SMTP_URL,
    mailFrom: s.MAIL_FROM,
    logLevel: s.LOG_LEVEL,
    secureCookies: s.KLASSE_SECURE_COOKIES,
    apiRateLimit: s.KLASSE_API_RATE_LIMIT,
    trustProxy: trustProxyFrom(s.KLASSE_TRUST_PROXY),
    runJobs: s.KLASSE_JOBS,
    metricsToken: s.KLASSE_METRICS_TOKEN,
  };
}

function trustProxyFrom(value: string): boolean | string[] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
