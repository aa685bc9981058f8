import { Worker } from 'node:worker_threads';

export interface EmbeddedServer {
  /** A postgres:// URL the `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PGlite database (persisted in dataDir, or in memory for 'memory://') on a
 * worker thread and resolves once it accepts connections. An in-memory one starts from `snapshot`
 * (a data directory tar) when given: tests start from a migrated cluster (decision 0016).
 */
export function startEmbeddedDatabase(dataDir: string, snapshot?: string): Promise<EmbeddedServer> {
  const worker = new Worker(new URL('./embedded-worker.ts', import.meta.url), {
    workerData: { dataDir, snapshot },
  });
  return new Promise((resolve, reject) => {
    const onError = (error: Error) =>
      reject(new Error(`embedded database failed to start: ${error.message}`));
    worker.once('error', onError);
    worker.once('exit', (code) => reject(new Error(`embedded database exited with code ${code}`)));
    worker.once('message', (message: { type: string; port: number }) => {
      if (message.type !== 'ready') return;
      worker.off('error', onError);
      worker.removeAllListeners('exit');
      resolve({
        url: `postgres://postgres@127.0.0.1:${message.port}/postgres`,
        stop: () =>
          new Promise<void>((done) => {
            worker.once('message', () => {
              void worker.terminate().then(() => done());
            });
            worker.postMessage({ type: 'stop' });
          }),
      });
    });
  });
}
