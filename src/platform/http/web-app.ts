import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KlasseApp } from './types.ts';

export const DEFAULT_WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Klasse</title></head>
<body><h1>Klasse is running</h1>
<p>The web app has not been built yet. Run <code>npm run build:web</code> and restart Klasse
(<code>npm start</code> builds it for you). The API answers at <a href="/api/docs">/api/docs</a>.</p>
</body></html>
`;

/** Browser navigations (not fetches of a missing asset, not API calls) get the single-page app. */
export function wantsWebApp(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '';
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export interface WebApp {
  /** Answers a browser navigation that matched no file: index.html, so the app's router takes over. */
  fallback(reply: FastifyReply): FastifyReply;
}

/**
 * Serves the Vite build in web/dist at /. Files are listed once at start (wildcard off), so a
 * rebuild needs a restart; hashed files under assets/ are cached for a year, index.html never, so a
 * new release reaches browsers on their next load. Without a build, / says how to make one.
 */
export async function registerWebApp(app: KlasseApp, distDir = DEFAULT_WEB_DIST): Promise<WebApp> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html').send(NOT_BUILT_PAGE),
    );
    return { fallback: (reply) => reply.code(200).type('text/html').send(NOT_BUILT_PAGE) };
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: 'index.html',
    cacheControl: false,
    schemaHide: true,
    setHeaders(reply, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return {
    fallback: (reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'),
  };
}
