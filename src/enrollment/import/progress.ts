/**
 * How far a running validation or commit of a sheet is, for the wizard's progress bar (GET
 * /imports/:id). Kept in this process's memory: the work runs inside the request that started it,
 * so the process that runs it is the one that knows; behind a load balancer, poll with sticky
 * sessions, or read the sheet's status, which every process sees once the work is done.
 */
import type { ImportProgress } from './model.ts';

interface Entry extends ImportProgress {
  providerId: string;
  customerId: string | null;
  fileName: string;
  updatedAt: number;
}

const running = new Map<string, Entry>();
/** A finished entry is kept this long so a last poll still sees 'done' or 'failed'. */
const KEEP_MS = 60_000;

export function reportProgress(
  id: string,
  owner: { providerId: string; customerId: string | null; fileName: string },
  progress: ImportProgress,
): void {
  // Wall time only to forget old entries, never a business date (those come from the Clock).
  const now = Date.now();
  for (const [key, entry] of running) {
    if ((entry.phase === 'done' || entry.phase === 'failed') && now - entry.updatedAt > KEEP_MS)
      running.delete(key);
  }
  running.set(id, { ...owner, ...progress, updatedAt: now });
}

export function progressOf(
  id: string,
): (ImportProgress & { providerId: string; customerId: string | null; fileName: string }) | undefined {
  const entry = running.get(id);
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
