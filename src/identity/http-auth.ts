/**
 * Who is asking, for every request: a session cookie (the web app) or `Authorization: Bearer
 * <token>` (integrations). Requests that change something with a session cookie must also carry the
 * session's CSRF token in `X-CSRF-Token` (issue 2, item 5); bearer tokens are never sent by a browser
 * on its own, so they are exempt.
 */
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { AppError, UnauthorizedError } from '../platform/errors.ts';
import type { KlasseApp } from '../platform/http/types.ts';
import type { Actor } from './model.ts';
import { authenticateApiToken, authenticateSession } from './service.ts';

export const SESSION_COOKIE = 'klasse_session';
/**
 * The browser sends the session cookie to the API only: the web app's pages and assets need no
 * session, and so cost no session lookup.
 */
export const SESSION_COOKIE_PATH = '/api';
export const CSRF_HEADER = 'x-csrf-token';

/** How the current request authenticated. */
export type RequestAuth =
  | { kind: 'session'; sessionId: string; csrfToken: string; sessionToken: string }
  | { kind: 'token'; tokenId: string };

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** Set on the login route: it has no session yet, so there is no CSRF token to compare. */
    csrfExempt?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class CsrfError extends AppError {
  constructor() {
    super(
      403,
      'csrf-token-invalid',
      'Missing or wrong CSRF token',
      `A change made with a session cookie must send the session's CSRF token in the X-CSRF-Token header (it comes with the login and GET /api/me).`,
    );
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: SESSION_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: SESSION_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
  });
}

/** The actor of a route that needs a logged-in user; 401 problem otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

/** Registers the cookie parser and the hook that sets request.actor. Call before the route modules. */
export async function registerAuth(app: KlasseApp, ctx: AppContext): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  if (!app.hasRequestDecorator('actor')) app.decorateRequest('actor', null);
  if (!app.hasRequestDecorator('auth')) app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request, reply) => {
    request.actor = null;
    request.auth = null;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) throw new UnauthorizedError('Send the API token as "Authorization: Bearer <token>".');
      const found = await authenticateApiToken(ctx, match[1]);
      if (!found) throw new UnauthorizedError('The API token is unknown or has been revoked.');
      request.actor = found.actor;
      request.auth = { kind: 'token', tokenId: found.tokenId };
      return;
    }
    const sessionToken = request.cookies[SESSION_COOKIE];
    if (!sessionToken) return;
    const session = await authenticateSession(ctx, sessionToken);
    if (!session) {
      // An expired or ended session: forget the cookie, carry on as a visitor.
      clearSessionCookie(reply, ctx);
      return;
    }
    request.actor = session.actor;
    request.auth = {
      kind: 'session',
      sessionId: session.sessionId,
      csrfToken: session.csrfToken,
      sessionToken,
    };
    if (session.renewedUntil) setSessionCookie(reply, ctx, sessionToken, session.renewedUntil);
    if (SAFE_METHODS.has(request.method) || request.routeOptions.config?.csrfExempt) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) throw new CsrfError();
  });
}
