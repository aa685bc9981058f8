/**
 * The benchmarks' HTTP client, on a worker thread of its own: a real client is another program, so
 * its work (building 1,000 requests, parsing their answers) must not take the event loop of the app
 * it measures. The main thread hands it a batch; it sends them all at once over keep-alive sockets and
 * answers with each one's latency, or the first failure.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface ClientRequest {
  method: 'GET' | 'POST';
  url: string;
  token: string;
  /** The status a success answers with; any other fails the batch. */
  expect: number;
  /** JSON; a POST gets a fresh Idempotency-Key. */
  body?: unknown;
}

type Answer = { id: number; latencies: number[] } | { id: number; error: string };

export interface HttpClient {
  /** Sends every request at once; each one's latency in ms, in the order given. */
  send(requests: ClientRequest[]): Promise<number[]>;
  close(): Promise<void>;
}

export function startHttpClient(sockets: number): HttpClient {
  const worker = new Worker(new URL(import.meta.url), { workerData: { sockets } });
  const waiting = new Map<number, { resolve(l: number[]): void; reject(e: Error): void }>();
  let next = 0;
  worker.on('message', (answer: Answer) => {
    const pending = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('error' in answer) pending?.reject(new Error(answer.error));
    else pending?.resolve(answer.latencies);
  });
  worker.on('error', (error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  });
  return {
    send(requests) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, requests });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

function call(agent: http.Agent, r: ClientRequest): Promise<void> {
  const payload = r.body === undefined ? undefined : JSON.stringify(r.body);
  const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${r.token}` };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
    headers['idempotency-key'] = randomUUID();
  }
  return new Promise((resolve, reject) => {
    const request = http.request(r.url, { method: r.method, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => {
        if (response.statusCode === r.expect) resolve();
        else
          reject(
            new Error(
              `${r.method} ${r.url}: ${response.statusCode} ${Buffer.concat(chunks).toString('utf8')}`,
            ),
          );
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(payload);
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const agent = new http.Agent({ keepAlive: true, maxSockets: (workerData as { sockets: number }).sockets });
  port.on('message', async ({ id, requests }: { id: number; requests: ClientRequest[] }) => {
    try {
      const latencies = await Promise.all(
        requests.map(async (r) => {
          const start = performance.now();
          await call(agent, r);
          return performance.now() - start;
        }),
      );
      port.postMessage({ id, latencies } satisfies Answer);
    } catch (error) {
      port.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies Answer);
    }
  });
}
