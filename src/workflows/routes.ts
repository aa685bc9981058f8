/**
 * HTTP for the workflows (src/workflows/), under /api: the session changes that reach past the
 * catalog into enrollments. Provider staff only; another provider's session is "not found".
 */

import { sessionSchema, updateSessionSchema } from '../catalog/model.ts';
import { sessionCancelBodySchema, sessionCancelResultSchema } from '../enrollment/changes/model.ts';
import { requireActor } from '../identity/http-auth.ts';
import { idParamSchema } from '../identity/model.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import { goNoGoViewSchema } from './model.ts';
import { cancelSession, goNoGoView } from './provider-cancellation.ts';
import { changeSession } from './session-changes.ts';

export const workflowRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.patch(
    '/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Change a session (provider staff); the capacity never goes below the seats booked, and seats a raised capacity frees go to the waiting list first',
        params: idParamSchema,
        body: updateSessionSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) => changeSession(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/sessions/:id/go-no-go',
    {
      schema: {
        tags: ['sessions'],
        summary:
          "Staff: booked against the minimum, go / no-go with the terms' notice deadline, refunds per enrollment and alternative sessions",
        params: idParamSchema,
        response: { 200: goNoGoViewSchema },
      },
    },
    async (request) => goNoGoView(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/sessions/:id/cancel',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Staff: cancel the session; every enrollment released with its refund on the ledger, each learner mailed the alternatives',
        params: idParamSchema,
        body: sessionCancelBodySchema,
        response: { 200: sessionCancelResultSchema },
      },
    },
    async (request) => cancelSession(ctx, requireActor(request), request.params.id, request.body),
  );
};
