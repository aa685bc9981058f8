/**
 * HTTP for the terms engine (issue 3, item 6), mounted under /api. Every route needs a logged-in
 * user: built-in terms are visible to all, a provider's own terms to its staff and the platform
 * admin only (src/terms-library/service.ts).
 */
import { z } from 'zod';
import { requireActor } from '../identity/http-auth.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import { termsVersionSchema } from '../terms/terms-version.ts';
import {
  copyBodySchema,
  evaluateBodySchema,
  evaluateResponseSchema,
  lintResponseSchema,
  savedTermsVersionSchema,
  termsListingSchema,
  termsParamsSchema,
  termsVersionParamsSchema,
  termsVersionViewSchema,
  timelineBodySchema,
  timelineResponseSchema,
} from './api-schemas.ts';
import * as terms from './service.ts';

export const termsRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/terms',
    {
      schema: {
        tags: ['terms'],
        summary: "Terms and their versions: the five built-in terms, and your provider's own",
        response: { 200: z.object({ items: z.array(termsListingSchema) }) },
      },
    },
    async (request) => ({ items: await terms.listTermsFor(ctx, requireActor(request)) }),
  );

  app.post(
    '/terms/evaluate',
    {
      schema: {
        tags: ['terms'],
        summary:
          'Ask the terms a question: the decision with its amounts, dates, clauses and explanation. ' +
          "Without a version, the version in force on `on`, else on the question's request date, answers.",
        body: evaluateBodySchema,
        response: { 200: evaluateResponseSchema },
      },
    },
    async (request) => terms.evaluateQuestion(ctx, requireActor(request), request.body),
  );

  app.post(
    '/terms/timeline',
    {
      schema: {
        tags: ['terms'],
        summary:
          'The cancellation fee of a session day by day: the runs of days with one fee, and their clauses',
        body: timelineBodySchema,
        response: { 200: timelineResponseSchema },
      },
    },
    async (request) => terms.cancellationTimeline(ctx, requireActor(request), request.body),
  );

  app.get(
    '/terms/:provider/:version',
    {
      schema: {
        tags: ['terms'],
        summary: 'One version of a terms: the whole document, its clause catalogue and rules',
        params: termsVersionParamsSchema,
        response: { 200: termsVersionViewSchema },
      },
    },
    async (request) =>
      terms.getTermsVersionView(ctx, requireActor(request), request.params.provider, request.params.version),
  );

  app.get(
    '/terms/:provider/:version/lint',
    {
      schema: {
        tags: ['terms'],
        summary:
          'Lint one version: gaps, overlaps, fees above their clause, rules without a clause, text gaps',
        params: termsVersionParamsSchema,
        response: { 200: lintResponseSchema },
      },
    },
    async (request) =>
      terms.lintTermsVersion(ctx, requireActor(request), request.params.provider, request.params.version),
  );

  app.post(
    '/terms/:provider/copy',
    {
      schema: {
        tags: ['terms'],
        summary: "Copy a version of these terms into a new terms key of your provider's (provider staff)",
        params: termsParamsSchema,
        body: copyBodySchema,
        response: { 201: savedTermsVersionSchema },
      },
    },
    async (request, reply) => {
      const saved = await terms.copyTerms(ctx, requireActor(request), request.params.provider, request.body);
      return reply.code(201).send(saved);
    },
  );

  app.post(
    '/terms/:provider/versions',
    {
      schema: {
        tags: ['terms'],
        summary: "Add a version to your provider's own terms: a whole terms document with its effective date",
        params: termsParamsSchema,
        body: termsVersionSchema,
        response: { 201: savedTermsVersionSchema },
      },
    },
    async (request, reply) => {
      const saved = await terms.addTermsVersion(
        ctx,
        requireActor(request),
        request.params.provider,
        request.body,
      );
      return reply.code(201).send(saved);
    },
  );
};
