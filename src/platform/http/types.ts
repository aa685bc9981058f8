import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';

/** The Fastify instance every context's routes are registered on: zod schemas type the handlers. */
export type KlasseApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * Each context's routes.ts exports one of these; src/platform/http/server.ts registers them all
 * under /api. Routes only translate HTTP to a service call and back: no SQL, no rules.
 */
export type RouteModule = (app: KlasseApp, ctx: AppContext) => Promise<void>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, set by the identity context's auth hook; null when not logged in. */
    actor: import('../actor.ts').Actor | null;
  }
  interface FastifyContextConfig {
    /**
     * false: this route ignores Idempotency-Key, so nothing of it is stored for replay. For routes
     * whose response or request carries a secret (a login's CSRF token, a new API token, a new
     * password), which must not sit in the idempotency_keys table; a retry then runs again.
     */
    idempotency?: false;
  }
}
