import client from 'prom-client';
import type { KlasseApp } from './types.ts';

/**
 * Prometheus metrics at GET /metrics: the process defaults (CPU, memory, event-loop lag, GC) and a
 * histogram of request durations by method, route pattern and status. The route is the pattern
 * ('/api/sessions/:id'), never the raw URL, so the number of series stays bounded; requests that
 * matched no route share the label 'unmatched'.
 */
export function registerMetrics(app: KlasseApp): client.Registry {
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

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}
