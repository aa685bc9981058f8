/**
 * Security headers (issue 2, item 3) as helmet defines them, worked out ONCE at start: @fastify/helmet
 * builds helmet's middleware anew for every request, which cost about 5 % of an API request's CPU in
 * bench/enroll-hot.ts. Klasse's headers depend on nothing in the request (no CSP nonces), so the same
 * set is sent on every response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { KlasseApp } from './types.ts';

/** The headers helmet's middleware sets for these options, lower-cased names. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/**
 * Klasse's headers: the web app is a Vite build whose scripts, styles and assets all come from this
 * origin. The same for the app and for the server that answers while Klasse starts.
 */
export function securityHeaderOptions(secureCookies: boolean): HelmetOptions {
  return {
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
        upgradeInsecureRequests: secureCookies ? [] : null,
      },
    },
    // HSTS only where Klasse runs behind TLS; on http://localhost it would pin a browser to HTTPS.
    strictTransportSecurity: secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  };
}

export function registerSecurityHeaders(app: KlasseApp, options: HelmetOptions): void {
  const headers = helmetHeaders(options);
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}
