/**
 * One process at a time in an embedded database's folder (issue 8, newcomer traps). PGlite keeps the
 * database in memory and writes it back to the folder, so a second process on the same folder (a
 * `klasse demo --reset` beside a running server) changes its own copy and is silently overwritten,
 * or overwrites the server's. The server and every command that opens the embedded database take
 * this lock: a file in the folder holding the holder's process id. A lock left by a process that no
 * longer runs (killed, crashed) is taken over.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE_NAME = 'klasse.lock';

/** The folder is held by another running process; the message says which and what to do. */
export class DataDirLockedError extends Error {
  readonly holderPid: number;
  constructor(dataDir: string, holderPid: number) {
    const lockFile = path.join(dataDir, LOCK_FILE_NAME);
    super(
      `The embedded database in ${dataDir} is in use by another Klasse (process ${holderPid}), ` +
        'and only one process at a time may open it. Stop that one first (Ctrl-C where it runs, or ' +
        `kill ${holderPid}), or point this one elsewhere with KLASSE_DATA_DIR. If no Klasse runs, ` +
        `delete ${lockFile}.`,
    );
    this.holderPid = holderPid;
  }
}

export interface DataDirLock {
  /** Gives the lock back (the file goes once every holder in this process has released it). */
  release(): void;
}

/** Holders in this process per lock file: the server holds it, and so does its database handle. */
const held = new Map<string, number>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Creates the lock file holding our pid, complete or not at all (written aside, then linked: a link
 * fails when the name exists), so another process never reads it half-written. False: it exists.
 */
function createWithPid(lockFile: string): boolean {
  const aside = `${lockFile}.${process.pid}`;
  writeFileSync(aside, `${process.pid}\n`);
  try {
    linkSync(aside, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

/**
 * Takes the lock on dataDir (creating the folder), or throws DataDirLockedError when a running
 * process other than this one holds it.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  const lockFile = path.join(dir, LOCK_FILE_NAME);
  const holders = held.get(lockFile) ?? 0;
  if (holders === 0) {
    mkdirSync(dir, { recursive: true });
    // Two tries: the second after removing a lock whose holder no longer runs.
    for (let attempt = 0; ; attempt++) {
      if (createWithPid(lockFile)) break;
      if (attempt > 0) throw new DataDirLockedError(dir, readHolder(lockFile) ?? 0);
      const holder = readHolder(lockFile);
      // Our own pid without a holder here: a process before us with the same pid (a container's
      // pid 1) left it.
      if (holder !== null && holder !== process.pid && isRunning(holder)) {
        throw new DataDirLockedError(dir, holder);
      }
      rmSync(lockFile, { force: true });
    }
  }
  held.set(lockFile, holders + 1);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const left = (held.get(lockFile) ?? 1) - 1;
      if (left > 0) {
        held.set(lockFile, left);
        return;
      }
      held.delete(lockFile);
      if (readHolder(lockFile) === process.pid) {
        try {
          unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to give back.
        }
      }
    },
  };
}
