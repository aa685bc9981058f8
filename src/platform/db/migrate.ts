import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');
const NAME = /^\d{4}_[a-z0-9_]+\.sql$/;
// Any fixed number: every process that starts takes this lock, so only one applies migrations.
const MIGRATION_LOCK = 4_242_001;

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql'));
  const bad = files.filter((f) => !NAME.test(f));
  if (bad.length > 0) throw new Error(`migration file names must look like 0001_name.sql: ${bad.join(', ')}`);
  return files.sort();
}

/**
 * Applies the forward-only SQL migrations in migrations/ that have not run yet, each in its own
 * transaction, under an advisory lock so that processes starting together apply each exactly once.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = await listMigrations(dir);
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      await sql`create table if not exists klasse_migrations (
        name text primary key,
        applied_at timestamptz not null default now()
      )`.execute(conn);
      const done = new Set(
        (await conn.selectFrom('klasse_migrations').select('name').execute()).map((r) => r.name),
      );
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        const text = await readFile(path.join(dir, file), 'utf8');
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await tx.insertInto('klasse_migrations').values({ name: file }).execute();
        });
        applied.push(file);
      }
      return applied;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

/** Which migrations in migrations/ are applied to this database and which are pending; changes nothing. */
export async function migrationStatus(
  db: Db,
  dir = MIGRATIONS_DIR,
): Promise<{ applied: string[]; pending: string[] }> {
  const files = await listMigrations(dir);
  const { rows } = await sql<{
    exists: boolean;
  }>`select to_regclass('klasse_migrations') is not null as exists`.execute(db);
  const done = rows[0]?.exists
    ? new Set((await db.selectFrom('klasse_migrations').select('name').execute()).map((r) => r.name))
    : new Set<string>();
  return { applied: files.filter((f) => done.has(f)), pending: files.filter((f) => !done.has(f)) };
}
