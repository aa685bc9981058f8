/**
 * CPU time the PostgreSQL server's processes have used, read from /proc when the server runs on this
 * machine: with it, a benchmark shows where an enrollment's CPU goes (the app, or the database), which
 * on a machine of two cores shared by both decides the throughput more than anything else.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ on every common platform). */
const MS_PER_TICK = 10;

/** Milliseconds of CPU all `postgres` processes have used so far, or undefined off Linux or off this machine. */
export function postgresCpuMs(databaseUrl: string): number | undefined {
  const host = new URL(databaseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return undefined;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    // After "pid (comm) ", field 3 is the state; utime and stime are fields 14 and 15.
    const fields = stat.slice(close + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * MS_PER_TICK;
}
