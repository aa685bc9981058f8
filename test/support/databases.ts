import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { migratedSnapshot } from './migrated-snapshot.ts';

export interface TestDatabase extends DatabaseHandle {
  /** The URL another process can connect to (PostgreSQL only). */
  url: string | undefined;
}

/**
 * The databases every integration test runs on: always the embedded one, and PostgreSQL too when
 * TEST_DATABASE_URL is set (DESIGN: integration tests run on both). TEST_DATABASES=postgres (or
 * `embedded`, or both comma-separated) narrows that, so CI can run the suite once per database
 * instead of the embedded half twice.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  const all: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded'];
  const chosen = process.env.TEST_DATABASES?.split(',').map((kind) => kind.trim());
  if (!chosen) return all;
  const unknown = chosen.filter((kind) => kind !== 'embedded' && kind !== 'postgres');
  if (unknown.length > 0) throw new Error(`TEST_DATABASES: unknown database ${unknown.join(', ')}`);
  if (chosen.includes('postgres') && !process.env.TEST_DATABASE_URL) {
    throw new Error('TEST_DATABASES names postgres, but TEST_DATABASE_URL is not set');
  }
  return all.filter((kind) => chosen.includes(kind));
}

/**
 * A fresh, migrated database of that kind: an in-memory PGlite started from the migrated snapshot
 * (decision 0016; `migrate` then finds nothing to apply), or a new PostgreSQL database made for
 * this test alone (so test files may run side by side) and dropped on close.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'embedded') {
    const handle = await openDatabase({ dataDir: 'memory://', embeddedSnapshot: await migratedSnapshot() });
    await migrate(handle.db);
    return { ...handle, url: undefined };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `klasse_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), dataDir: 'unused', poolSize: 8 });
  await migrate(handle.db);
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
