/**
 * How far a running validation or commit of a sheet is, for the wizard's progress bar (GET
 * /imports/:id). Kept in this process's memory: the work runs inside the request that started it,
 * so the process that runs it is the one that knows; behind a load balancer, poll with sticky
 * sessions, or read the sheet's status, which every process sees once the work is done.
 *
 * Entries are kept per tenant (provider) and id, so no upload can overwrite or read another
 * provider's progress; an upload claims its id first, and a second upload with an id that is still
 * running here is refused (issue 12, item 11). Across processes the sheet's primary key decides.
 */
import type { ImportProgress } from './model.ts';

interface Entry extends ImportProgress {
  providerId: string;
  customerId: string | null;
  fileName: string;
  updatedAt: number;
}

interface Owner {
  providerId: string;
  customerId: string | null;
  fileName: string;
}

const running = new Map<string, Entry>();
/** A finished entry is kept this long so a last poll still sees 'done' or 'failed'. */
const KEEP_MS = 60_000;

function keyOf(providerId: string, id: string): string {
  return `${providerId}/${id}`;
}

function finished(entry: Entry): boolean {
  return entry.phase === 'done' || entry.phase === 'failed';
}

export function reportProgress(id: string, owner: Owner, progress: ImportProgress): void {
  // Wall time only to forget old entries, never a business date (those come from the Clock).
  const now = Date.now();
  for (const [key, entry] of running) {
    if (finished(entry) && now - entry.updatedAt > KEEP_MS) running.delete(key);
  }
  running.set(keyOf(owner.providerId, id), { ...owner, ...progress, updatedAt: now });
}

/**
 * Starts the progress of a new upload under its id, unless work under that id of that provider is
 * running in this process: then false, and the running entry stays as it is.
 */
export function claimProgress(id: string, owner: Owner, progress: ImportProgress): boolean {
  const entry = running.get(keyOf(owner.providerId, id));
  if (entry && !finished(entry)) return false;
  reportProgress(id, owner, progress);
  return true;
}

/** Drops the entry of an upload that turned out not to own its id. */
export function forgetProgress(providerId: string, id: string): void {
  running.delete(keyOf(providerId, id));
}

export function progressOf(
  providerId: string | null,
  id: string,
): (ImportProgress & { providerId: string; customerId: string | null; fileName: string }) | undefined {
  if (providerId === null) return undefined;
  const entry = running.get(keyOf(providerId, id));
  if (!entry) return undefined;
  return {
    phase: entry.phase,
    processed: entry.processed,
    total: entry.total,
    providerId: entry.providerId,
    customerId: entry.customerId,
    fileName: entry.fileName,
  };
}
