/**
 * A fresh PostgreSQL database for one benchmark run, made beside the one BENCH_DATABASE_URL (or
 * TEST_DATABASE_URL) names, as test/support/databases.ts does for tests, and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The admin URL to make benchmark databases from, or undefined when none is set. */
export function benchAdminUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `klasse_bench_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
