import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { listMigrations } from '../db/migrate.ts';
import { PROBLEM_BASE } from '../errors.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';
import type { KlasseApp } from './types.ts';

/** How long /readyz waits for the database before calling the process not ready. */
const READY_TIMEOUT_MS = 2000;

/**
 * /healthz: the process is alive (a load balancer restarts it when this fails). /readyz: it can
 * serve, the database answers and every migration in migrations/ is applied (a load balancer sends
 * it traffic only then). Both live outside /api: they are for machines, not part of the API.
 */
export async function registerHealth(app: KlasseApp, ctx: AppContext): Promise<void> {
  const expected = await listMigrations();
  registerLiveness(app);

  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    const problem = await notReadyBecause(ctx, expected);
    if (problem === null) return { status: 'ready' };
    request.log.warn({ reason: problem.internal }, 'not ready');
    return reply
      .code(503)
      .type(PROBLEM_CONTENT_TYPE)
      .send({
        type: `${PROBLEM_BASE}not-ready`,
        title: 'Not ready',
        status: 503,
        detail: problem.public,
        instance: request.url,
        requestId: request.id,
      });
  });
}

/** /healthz, also served by the server that answers while Klasse starts (starting-server.ts). */
export function registerLiveness(app: KlasseApp): void {
  app.get(
    '/healthz',
    { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
}

/**
 * Why the process is not ready: `public` for the answer, `internal` (with the database's own error
 * text, which can name hosts, users and databases) for the log only (issue 12, item 8; ASVS 7.4.1).
 */
interface NotReady {
  public: string;
  internal: string;
}

function notReady(publicText: string, internal = publicText): NotReady {
  return { public: publicText, internal };
}

async function notReadyBecause(ctx: AppContext, expected: string[]): Promise<NotReady | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<NotReady>((resolve) => {
    timer = setTimeout(
      () => resolve(notReady(`the database did not answer within ${READY_TIMEOUT_MS} ms`)),
      READY_TIMEOUT_MS,
    );
  });
  const check = (async () => {
    try {
      const applied = new Set(
        (await ctx.db.selectFrom('klasse_migrations').select('name').execute()).map((row) => row.name),
      );
      const missing = expected.filter((name) => !applied.has(name));
      // Migration names are in the public source; they tell an operator what to run.
      return missing.length === 0 ? null : notReady(`migrations not applied: ${missing.join(', ')}`);
    } catch (error) {
      return notReady(
        'the database does not answer',
        `the database does not answer: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
