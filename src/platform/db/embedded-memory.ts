import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** The installed PGlite's version: a snapshot made by one version is never loaded by another. */
function pgliteVersion(): string {
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
 */
export async function createMemoryDatabase(): Promise<PGlite> {
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
  const dump = await db.dumpDataDir('none');
  const aside = `${snapshot}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, Buffer.from(await dump.arrayBuffer()));
  await rename(aside, snapshot);
  return db;
}
