/**
 * The migrated embedded database every integration test starts from (decision 0016). Starting a
 * PGlite from a data directory tar costs the same whether the tar holds an empty cluster or a
 * migrated one, so running all migrations once per `npm test`, rather than once per test database,
 * saves their whole cost (about 1 s of CPU each) for every test database after the first.
 *
 * The tar lives in the OS temp directory under a name made of the PGlite version and a hash of
 * every migration's name and text: a new or edited migration, or another PGlite, makes a new one.
 */
import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { openDatabase } from '../../src/platform/db/connect.ts';
import { createMemoryDatabase, pgliteVersion, saveSnapshot } from '../../src/platform/db/embedded-memory.ts';
import { listMigrations, migrate } from '../../src/platform/db/migrate.ts';

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../migrations');

/** Where the snapshot of the migrations in `dir` lives: another migration set, another file. */
export async function snapshotFile(dir = MIGRATIONS_DIR): Promise<string> {
  const hash = createHash('sha256').update(pgliteVersion());
  for (const file of await listMigrations(dir)) {
    hash.update(`\0${file}\0`).update(await readFile(path.join(dir, file)));
  }
  return path.join(os.tmpdir(), `klasse-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar`);
}

/** Migrates a fresh in-memory cluster in this thread, through the same `migrate` as production. */
async function build(file: string): Promise<void> {
  const pglite = await createMemoryDatabase();
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  try {
    const database = await openDatabase({
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      dataDir: 'unused',
      poolSize: 1,
    });
    try {
      await migrate(database.db, MIGRATIONS_DIR);
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
  }
  await saveSnapshot(pglite, file);
  await pglite.close();
}

let ready: Promise<string> | undefined;

/** The path of the migrated snapshot, made on first use (by whichever test process gets there). */
export function migratedSnapshot(): Promise<string> {
  ready ??= (async () => {
    const file = await snapshotFile();
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (!exists) await build(file);
    return file;
  })();
  return ready;
}
