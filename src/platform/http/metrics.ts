import { createHash, timingSafeEqual } from 'node:crypto';
import client from 'prom-client';
import { AppError, NotFoundError } from '../errors.ts';
import type { KlasseApp } from './types.ts';

/**
 * Prometheus metrics at GET /metrics: the process defaults (CPU, memory, event-loop lag, GC) and a
 * histogram of request durations by method, route pattern and status. The route is the pattern
 * ('/api/sessions/:id'), never the raw URL, so the number of series stays bounded; requests that
 * matched no route share the label 'unmatched'.
 *
 * The figures say how busy Klasse is and which routes fail, so they are not public (issue 12, item 8;
 * ASVS 14.3): /metrics answers only a request with `Authorization: Bearer <KLASSE_METRICS_TOKEN>`.
 * Without that setting nothing is collected and /metrics answers 404 as if it did not exist.
 */
export function registerMetrics(app: KlasseApp, token: string | undefined): client.Registry | null {
  if (token === undefined) {
    app.get('/metrics', { schema: { hide: true } }, async () => {
      throw new NotFoundError('GET /metrics');
    });
    return null;
  }
  const expected = digest(token);
  // One registry per server, not prom-client's global one, so several servers in one process
  // (tests) do not collide.
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route === '/metrics') return;
    duration.observe(
      {
        method: request.method,
        route: route === undefined || (reply.statusCode === 404 && route === '/*') ? 'unmatched' : route,
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const given = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      reply.header('www-authenticate', 'Bearer realm="klasse-metrics"');
      throw new AppError(
        401,
        'metrics-token-required',
        'Metrics token required',
        'Send the metrics token (KLASSE_METRICS_TOKEN) as a bearer token.',
      );
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}

/** Compared as SHA-256 digests: equal length, so timingSafeEqual reveals neither content nor length. */
function digest(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
