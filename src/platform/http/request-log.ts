import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/** A request slower than this is logged at warn level, whatever its level setting. */
export const SLOW_REQUEST_MS = 1000;

/**
 * What Fastify logs per request. DESIGN ("What we measured"): a pino line per request halves a bare
 * route's throughput, so a completed request is logged at debug (off at the default info level) and
 * costs one level check. What an operator must see still gets through at the default level: server
 * faults at error (by the error handler, with the stack) and slow requests at warn.
 */
export class KlasseLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(request: FastifyRequest): void {
    request.log.trace({ method: request.method, url: request.url }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const entry = {
      method: request.method,
      url: request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...entry, err: error }, 'request failed');
    else if (reply.elapsedTime >= SLOW_REQUEST_MS) reply.log.warn(entry, 'slow request');
    else reply.log.debug(entry, 'request completed');
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.debug({ method: request.method, url: request.url }, 'no such route');
  }
}
