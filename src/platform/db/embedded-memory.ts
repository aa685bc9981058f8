import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** The installed PGlite's version: a snapshot made by one version is never loaded by another. */
export function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve('@electric-sql/pglite'));
  while (path.basename(dir) !== 'pglite' && dir !== path.dirname(dir)) dir = path.dirname(dir);
  const pkg = require(path.join(dir, 'package.json')) as { version: string };
  return pkg.version;
}

/**
 * A throwaway in-memory database (tests, 'memory://'). Creating one runs initdb, which takes
 * seconds of CPU (about 9 s on a busy 2-core machine); loading the data directory of a freshly
 * initialised cluster takes about 1.5 s. The first call saves that snapshot in the OS temp directory
 * (written aside and renamed, so concurrent test processes never read half a file); later calls,
 * in any process, load it. The snapshot holds nothing but an empty cluster.
 *
 * With `snapshotFile` (a data directory tar, e.g. the tests' migrated cluster, decision 0016) the
 * database starts from that file instead; one this PGlite cannot read falls back to the empty one.
 */
export async function createMemoryDatabase(snapshotFile?: string): Promise<PGlite> {
  if (snapshotFile) {
    const given = await readFile(snapshotFile).catch(() => undefined);
    if (given) {
      try {
        return await PGlite.create({ loadDataDir: new Blob([given]) });
      } catch {
        // Not a snapshot of this PGlite: start empty; the caller's migrations fill it.
      }
    }
  }
  const snapshot = path.join(os.tmpdir(), `klasse-pglite-${pgliteVersion()}-empty.tar`);
  const saved = await readFile(snapshot).catch(() => undefined);
  if (saved) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([saved]) });
    } catch {
      // A snapshot this PGlite cannot load: make a fresh cluster and replace it below.
    }
  }
  const db = await PGlite.create();
  await saveSnapshot(db, snapshot);
  return db;
}

/**
 * Writes the database's data directory to `file` as a tar, after a checkpoint so that loading it
 * replays no WAL. Written aside and renamed: a concurrent reader sees the old file or the new one.
 */
export async function saveSnapshot(db: PGlite, file: string): Promise<void> {
  await db.exec('checkpoint');
  const dump = await db.dumpDataDir('none');
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, Buffer.from(await dump.arrayBuffer()));
  await rename(aside, file);
}
