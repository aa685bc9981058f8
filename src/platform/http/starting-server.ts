/**
 * The server that listens first (issue 12, item 17: the first page < 3 s after start). Opening the
 * embedded database on a fresh data folder (initdb), migrating and creating the demo data take tens
 * of seconds on a busy machine, and none of it is needed to send the web app. So Klasse listens
 * before anything else and, while it starts, serves the web app (/, assets, index.html for browser
 * navigations) and /healthz; /readyz, /api and /metrics answer 503 problem+json with Retry-After, in
 * the language the client asks for. Once the full app is built on the same server (its
 * serverFactory is this one's), every later request goes to it.
 */
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyRequest, type FastifyServerFactory } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { PROBLEM_BASE } from '../errors.ts';
import { registerLiveness } from './health.ts';
import { notFoundProblem, PROBLEM_CONTENT_TYPE, sendProblem } from './problem.ts';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.ts';
import { KlasseLogController } from './request-log.ts';
import { registerSecurityHeaders, securityHeaderOptions } from './security-headers.ts';
import type { KlasseApp } from './types.ts';
import { registerWebApp, wantsWebApp } from './web-app.ts';

/** What the start is busy with, for /readyz and the 503 answers. */
export type StartPhase = 'database' | 'migrations' | 'jobs' | 'demo' | 'routes';

/** Seconds a client is asked to wait before asking again. */
export const STARTING_RETRY_AFTER_SECONDS = 2;

type Language = 'nl' | 'en';

const PHASE_TEXT: Record<StartPhase, Record<Language, string>> = {
  database: { nl: 'de database wordt geopend', en: 'opening the database' },
  migrations: { nl: 'de database wordt bijgewerkt', en: 'updating the database' },
  jobs: { nl: 'de achtergrondtaken worden gestart', en: 'starting the background jobs' },
  demo: { nl: 'de demogegevens worden aangemaakt', en: 'creating the demo data' },
  routes: { nl: 'bijna klaar', en: 'almost ready' },
};

const TITLE: Record<Language, string> = { nl: 'Klasse start op', en: 'Klasse is starting' };

function startingDetail(language: Language, phase: StartPhase): string {
  return language === 'nl'
    ? `Klasse start op (${PHASE_TEXT[phase].nl}). Probeer het over ${STARTING_RETRY_AFTER_SECONDS} seconden opnieuw.`
    : `Klasse is starting (${PHASE_TEXT[phase].en}). Try again in ${STARTING_RETRY_AFTER_SECONDS} seconds.`;
}

/** Dutch when the client's Accept-Language prefers Dutch over English, else English. */
export function languageOf(acceptLanguage: string | undefined): Language {
  let best: { language: Language; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const language = tag.startsWith('nl') ? 'nl' : tag.startsWith('en') ? 'en' : undefined;
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { language, q };
  }
  return best?.language ?? 'en';
}

/** Paths that need the database: the API, readiness and the metrics. */
function needsDatabase(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return (
    pathname === '/api' || pathname.startsWith('/api/') || pathname === '/readyz' || pathname === '/metrics'
  );
}

export interface StartingServerOptions {
  config: Pick<Config, 'host' | 'port' | 'trustProxy' | 'secureCookies'>;
  logger: Logger;
  webDistDir?: string;
}

export interface StartingServer {
  /** The port it listens on (config.port, or the one the OS chose for 0). */
  port: number;
  /** Shown in 503 answers and /readyz while starting. */
  setPhase(phase: StartPhase): void;
  /** The serverFactory to build the full app with: it gets this listening server. */
  appServerFactory: FastifyServerFactory;
  /** From now on every request goes to the app built with appServerFactory. */
  handOver(app: KlasseApp): Promise<void>;
  /**
   * Stops listening; requests in flight finish, idle connections close. After handOver this waits
   * for the app's requests too (close the app alongside, so it answers late keep-alive requests 503).
   */
  close(): Promise<void>;
}

/** Starts listening on config.host:config.port at once; see the file's comment. */
export async function openStartingServer(options: StartingServerOptions): Promise<StartingServer> {
  const { config, logger } = options;
  let phase: StartPhase = 'database';
  let appHandler: RequestListener | undefined;
  let pendingAppHandler: RequestListener | undefined;
  const servers: http.Server[] = [];
  let closing: Promise<void> | undefined;

  const front: KlasseApp = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new KlasseLogController(),
    genReqId: requestIdFor,
    trustProxy: config.trustProxy,
    forceCloseConnections: 'idle',
    // Called once per address it binds ('localhost' is 127.0.0.1 and ::1): each server sends its
    // requests to this app until the full app takes over.
    serverFactory: (frontHandler, serverOptions) => {
      const server = http.createServer((request: IncomingMessage, response: ServerResponse) =>
        (appHandler ?? frontHandler)(request, response),
      );
      // As Fastify sets them on a server it makes itself.
      const { keepAliveTimeout, requestTimeout, connectionTimeout } = serverOptions as {
        keepAliveTimeout?: number;
        requestTimeout?: number;
        connectionTimeout?: number;
      };
      if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;
      if (requestTimeout !== undefined) server.requestTimeout = requestTimeout;
      server.setTimeout(connectionTimeout ?? 0);
      servers.push(server);
      return server;
    },
  });

  front.setValidatorCompiler(validatorCompiler);
  front.setSerializerCompiler(serializerCompiler);
  const webApp = await registerWebApp(front, options.webDistDir);
  front.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  registerSecurityHeaders(front, securityHeaderOptions(config.secureCookies));
  registerLiveness(front);

  const answerStarting = (request: FastifyRequest, reply: Parameters<typeof webApp.fallback>[0]) => {
    const language = languageOf(request.headers['accept-language']);
    return reply
      .code(503)
      .header('retry-after', String(STARTING_RETRY_AFTER_SECONDS))
      .header('content-language', language)
      .header('cache-control', 'no-store')
      .type(PROBLEM_CONTENT_TYPE)
      .send({
        type: `${PROBLEM_BASE}starting`,
        title: TITLE[language],
        status: 503,
        detail: startingDetail(language, phase),
        instance: request.url,
        requestId: request.id,
      });
  };
  front.setNotFoundHandler((request, reply) => {
    if (needsDatabase(request.url)) return answerStarting(request, reply);
    if (wantsWebApp(request)) return webApp.fallback(reply);
    return sendProblem(reply, notFoundProblem(request));
  });

  await front.listen({ host: config.host, port: config.port });
  const primary = servers[0];
  const address = primary?.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;

  return {
    port,
    setPhase(next) {
      phase = next;
    },
    appServerFactory: (handler) => {
      pendingAppHandler = handler;
      if (!primary) throw new Error('the starting server is not listening');
      // The app registers its own clientError handler on the server it is given; the starting
      // server's already answers malformed requests, and two would answer each one twice.
      const own = new Set(primary.listeners('clientError'));
      queueMicrotask(() => {
        for (const listener of primary.listeners('clientError')) {
          if (!own.has(listener)) primary.off('clientError', listener as (...args: unknown[]) => void);
        }
      });
      return primary;
    },
    async handOver(app) {
      await app.ready();
      if (!pendingAppHandler) throw new Error('the app was not built with appServerFactory');
      appHandler = pendingAppHandler;
    },
    close() {
      closing ??= front.close();
      return closing;
    },
  };
}
