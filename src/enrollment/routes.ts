/** HTTP for enrolling, approval, the waiting list's offers and the enrollment settings. Under /api. */
import { requireActor } from '../identity/http-auth.ts';
import { idParamSchema } from '../identity/model.ts';
import { respondInTransaction } from '../platform/http/idempotency/transaction.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import {
  enrollBodySchema,
  enrollmentDetailSchema,
  enrollmentListQuerySchema,
  enrollmentListSchema,
  enrollmentSchema,
  enrollResultSchema,
  settingsSchema,
  termsPreviewSchema,
  waitingListSchema,
} from './schemas.ts';
import * as enrollment from './service.ts';

const tags = ['enrollment'];

export const enrollmentRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/sessions/:id/enrollment-terms',
    {
      schema: {
        tags,
        summary:
          'The terms an enrollment in this session accepts: key, version, cancellation clauses, fee timeline',
        params: idParamSchema,
        response: { 200: termsPreviewSchema },
      },
    },
    async (request) => enrollment.enrollmentTerms(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/enrollments',
    {
      schema: {
        tags,
        summary:
          'Enroll yourself (learner), employees (customer admin; the company pays) or anyone of your provider (staff)',
        body: enrollBodySchema,
        response: { 201: enrollResultSchema },
      },
      // The answer to an Idempotency-Key is written in the enrollment's own transaction (issue 12, item 20).
      config: { idempotencyInTransaction: true },
    },
    async (request, reply) =>
      respondInTransaction(ctx, request, reply, 201, (answer) =>
        enrollment.enroll(ctx, requireActor(request), request.body, answer),
      ),
  );

  app.get(
    '/enrollments',
    {
      schema: {
        tags,
        summary: 'Enrollments you may see (learner: own; customer admin: company; staff: provider)',
        querystring: enrollmentListQuerySchema,
        response: { 200: enrollmentListSchema },
      },
    },
    async (request) => enrollment.listEnrollments(ctx, requireActor(request), request.query),
  );

  app.get(
    '/enrollments/:id',
    {
      schema: {
        tags,
        summary: 'One enrollment with its events and ledger lines',
        params: idParamSchema,
        response: { 200: enrollmentDetailSchema },
      },
    },
    async (request) => enrollment.getEnrollment(ctx, requireActor(request), request.params.id),
  );

  const transitions = [
    ['approve', 'Approve an enrollment pending approval (staff; PlusPort cursus 3.3)', enrollment.approve],
    ['reject', 'Reject an enrollment without giving reasons (staff; PlusPort cursus 3.4)', enrollment.reject],
    ['accept-offer', 'Take the seat offered from the waiting list', enrollment.acceptOffer],
    ['decline-offer', 'Decline the seat offered; it passes to the next in line', enrollment.declineOffer],
  ] as const;
  for (const [path, summary, run] of transitions) {
    app.post(
      `/enrollments/:id/${path}`,
      {
        schema: { tags, summary, params: idParamSchema, response: { 200: enrollmentSchema } },
      },
      async (request) => run(ctx, requireActor(request), request.params.id),
    );
  }

  app.get(
    '/sessions/:id/waiting-list',
    {
      schema: {
        tags,
        summary: 'Who waits for a seat in this session, first in line first (staff)',
        params: idParamSchema,
        response: { 200: waitingListSchema },
      },
    },
    async (request) => enrollment.waitingList(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/enrollment-settings',
    {
      schema: {
        tags,
        summary: "Your provider's enrollment settings (staff)",
        response: { 200: settingsSchema },
      },
    },
    async (request) => enrollment.getSettings(ctx, requireActor(request)),
  );

  app.put(
    '/enrollment-settings',
    {
      schema: {
        tags,
        summary: 'Set whether enrollments need approval and how long an offered seat is held (staff)',
        body: settingsSchema,
        response: { 200: settingsSchema },
      },
    },
    async (request) => enrollment.updateSettings(ctx, requireActor(request), request.body),
  );
};
