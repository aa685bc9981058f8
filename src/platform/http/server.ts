import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { PROBLEM_BASE } from '../errors.ts';
import { registerBodyDepthLimit } from './body-depth.ts';
import { registerHealth } from './health.ts';
import { registerIdempotency, scheduleIdempotencyCleanup } from './idempotency/plugin.ts';
import { registerInputGuards } from './input-guard.ts';
import { registerMetrics } from './metrics.ts';
import { registerOpenApi } from './openapi.ts';
import { problemFor, sendProblem } from './problem.ts';
import { requestLocale } from './problem-language.ts';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.ts';
import { KlasseLogController } from './request-log.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import type { KlasseApp, RouteModule } from './types.ts';
import { registerWebApp, wantsWebApp } from './web-app.ts';

export const API_PREFIX = '/api';

/** Sets request.actor and guards cookie sessions (the identity context's registerAuth). */
export type AuthRegistrar = (app: KlasseApp, ctx: AppContext) => Promise<void>;

export interface BuildServerOptions {
  /** Registered on the root before any route, so every API route sees request.actor. */
  auth?: AuthRegistrar;
  /** The Vite build to serve at /; web/dist by default. */
  webDistDir?: string;
}

/**
 * The HTTP server: every route module under /api, errors as RFC 9457 problem details, OpenAPI 3.1
 * at /api/openapi.json, request ids, lean logging, /healthz and /readyz, security headers, metrics,
 * a rate limit and Idempotency-Key on the API, and the web app at /. Not yet listening.
 */
export async function buildServer(
  ctx: AppContext,
  modules: RouteModule[],
  options: BuildServerOptions = {},
): Promise<KlasseApp> {
  const app: KlasseApp = Fastify({
    // Typed as Fastify's logger so the instance is the KlasseApp every route module is given.
    loggerInstance: ctx.logger as FastifyBaseLogger,
    logController: new KlasseLogController(),
    genReqId: requestIdFor,
    trustProxy: ctx.config.trustProxy,
    // Closing waits for requests in flight and drops idle keep-alive connections (graceful shutdown).
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Handlers before any plugin: a plugin's scope keeps the error handler it was registered under.
  const webApp = await registerWebApp(app, options.webDistDir);

  app.setErrorHandler((error, request, reply) => {
    const { problem, fault } = problemFor(error, request);
    if (fault) request.log.error({ err: error, method: request.method, url: request.url }, 'request failed');
    else request.log.debug({ problem: problem.type, status: problem.status }, 'request refused');
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request, reply) => {
    if (wantsWebApp(request)) return webApp.fallback(reply);
    const route = `${request.method} ${request.url.split('?')[0]}`;
    const dutch = requestLocale(request) === 'nl';
    return sendProblem(reply, {
      type: `${PROBLEM_BASE}not-found`,
      title: dutch ? 'Niet gevonden' : 'Not found',
      status: 404,
      detail: dutch ? `${route} bestaat niet.` : `There is no ${route}.`,
      instance: request.url,
      requestId: request.id,
    });
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  // Before any hook of the API scope walks a body (issue 12, item 3).
  registerBodyDepthLimit(app);

  registerSecurityHeaders(app, {
    // The web app is a Vite build: its scripts, styles and assets all come from this origin.
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Components may set style attributes and libraries may add <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // On plain HTTP (a local install) upgrading subresources to HTTPS would break the page.
        upgradeInsecureRequests: ctx.config.secureCookies ? [] : null,
      },
    },
    // HSTS only where Klasse runs behind TLS; on http://localhost it would pin a browser to HTTPS.
    strictTransportSecurity: ctx.config.secureCookies
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
  });

  registerMetrics(app, ctx.config.metricsToken);
  await registerHealth(app, ctx);
  await registerOpenApi(app, { secure: ctx.config.secureCookies });

  if (options.auth) await options.auth(app, ctx);
  if (!app.hasRequestDecorator('actor')) app.decorateRequest('actor', null);

  await app.register(
    async (api: KlasseApp) => {
      if (ctx.config.apiRateLimit > 0) {
        // Generous, per client address and per process (PlusPort general terms 14.16 allow
        // throttling); a route may set a stricter limit with `config: { rateLimit: {...} }`.
        await api.register(fastifyRateLimit, {
          global: true,
          max: ctx.config.apiRateLimit,
          timeWindow: '1 minute',
        });
      }
      // First: a visitor's body is small, and no text reaches a route (or a later hook) with a NUL.
      registerInputGuards(api);
      registerIdempotency(api, ctx);
      for (const module of modules) await module(api, ctx);
    },
    { prefix: API_PREFIX },
  );
  scheduleIdempotencyCleanup(app, ctx);

  return app;
}
