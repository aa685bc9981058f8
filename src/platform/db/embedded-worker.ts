/**
 * Runs PGlite and its Postgres wire-protocol server on a worker thread, so that the database never
 * stalls the main event loop (DESIGN: "What we measured": 50 connections on the main thread gave a
 * p99 near 0.9 s). The main thread talks to it with `pg`, exactly as it talks to PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { createMemoryDatabase } from './embedded-memory.ts';

interface EmbeddedWorkerData {
  /** A directory, or 'memory://' for a throwaway database (tests). */
  dataDir: string;
  /** For 'memory://': a data directory tar to start from (tests, decision 0016). */
  snapshot?: string | undefined;
}

const { dataDir, snapshot } = workerData as EmbeddedWorkerData;
if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });

const db = dataDir === 'memory://' ? await createMemoryDatabase(snapshot) : await PGlite.create(dataDir);
// One client connection at a time: PGlite is a single-session database, so the main thread keeps
// a pool of one and sessions never interleave inside another's transaction.
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
await server.start();
const conn = server.getServerConn();
const port = Number(conn.slice(conn.lastIndexOf(':') + 1));
parentPort?.postMessage({ type: 'ready', port });

parentPort?.on('message', async (message: { type: string }) => {
  if (message.type !== 'stop') return;
  await server.stop();
  await db.close();
  parentPort?.postMessage({ type: 'stopped' });
});
