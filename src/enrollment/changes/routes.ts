/**
 * HTTP for enrollment changes (issue 4, item 6), under /api. Every change has a preview (the terms
 * decision with fee, clauses, explanation and fee curve; nothing changes) and a confirm that passes
 * the previewed fee back and is refused with 409 when the fee is no longer that. A provider's
 * cancellation of a whole session is a workflow (src/workflows/routes.ts).
 */
import { z } from 'zod';
import { requireActor } from '../../identity/http-auth.ts';
import type { KlasseApp, RouteModule } from '../../platform/http/types.ts';
import { confirmCancellation, previewCancellation } from './cancellation.ts';
import { recordCourseFeePaid } from './course-fee-paid.ts';
import {
  cancellationBodySchema,
  cancellationConfirmSchema,
  confirmSchema,
  coursePaidBodySchema,
  idParamsSchema,
  previewSchema,
  proofBodySchema,
  rescheduleBodySchema,
  rescheduleConfirmSchema,
  substitutionBodySchema,
  substitutionConfirmSchema,
} from './model.ts';
import { recordProof } from './proof.ts';
import { confirmReschedule, previewReschedule } from './reschedule.ts';
import { confirmSubstitution, previewSubstitution } from './substitution.ts';

const tags = ['enrollment changes'];

export const enrollmentChangeRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  const change = (
    path: string,
    what: string,
    bodies: { preview: z.ZodType; confirm: z.ZodType },
    preview: typeof previewCancellation,
    confirm: typeof confirmCancellation,
  ) => {
    app.post(
      `/enrollments/:id/${path}/preview`,
      {
        schema: {
          tags,
          summary: `Preview a ${what}: the terms decision (outcome, fee, clauses, explanation) and the fee curve; changes nothing`,
          params: idParamsSchema,
          body: bodies.preview,
          response: { 200: previewSchema },
        },
      },
      async (request) => preview(ctx, requireActor(request), request.params.id, request.body),
    );
    app.post(
      `/enrollments/:id/${path}`,
      {
        schema: {
          tags,
          summary: `Confirm a ${what} at the fee previewed (409 change-fee-changed when it differs now)`,
          params: idParamsSchema,
          body: bodies.confirm,
          response: { 200: confirmSchema },
        },
      },
      async (request) => confirm(ctx, requireActor(request), request.params.id, request.body),
    );
  };

  change(
    'substitution',
    'substitution by a colleague',
    { preview: substitutionBodySchema, confirm: substitutionConfirmSchema },
    previewSubstitution,
    confirmSubstitution,
  );
  change(
    'reschedule',
    'move to another session of the same product',
    { preview: rescheduleBodySchema, confirm: rescheduleConfirmSchema },
    previewReschedule,
    confirmReschedule,
  );
  change(
    'cancellation',
    'cancellation (staff: also a late arrival or no-show)',
    { preview: cancellationBodySchema, confirm: cancellationConfirmSchema },
    previewCancellation,
    confirmCancellation,
  );

  app.post(
    '/enrollments/:id/cancellation/proof',
    {
      schema: {
        tags,
        summary:
          'Staff: the proof of the reason that held a cancellation fee arrived (where the terms hold it, change_conditions); decides the held cancellation again',
        params: idParamsSchema,
        body: proofBodySchema,
        response: { 200: confirmSchema },
      },
    },
    async (request) => recordProof(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/enrollments/:id/course-fee-paid',
    {
      schema: {
        tags,
        summary:
          'Staff: the course fee is (or is not) paid in full, the condition to reschedule where the terms set it (change_conditions)',
        params: idParamsSchema,
        body: coursePaidBodySchema,
        response: { 200: z.object({ enrollmentId: z.uuid(), paid: z.boolean() }) },
      },
    },
    async (request) => recordCourseFeePaid(ctx, requireActor(request), request.params.id, request.body),
  );
};
