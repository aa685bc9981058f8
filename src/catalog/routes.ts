/**
 * HTTP for the catalog: products, packages and prerequisites, learners' achievements, locations,
 * instructors and sessions. Mounted under /api by the server. Searching the catalog and reading an
 * open session need no login; everything else is for the provider's staff.
 */
import { z } from 'zod';
import { requireActor } from '../identity/http-auth.ts';
import { idParamSchema, userSchema } from '../identity/model.ts';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import * as locations from './locations.ts';
import {
  achievementBodySchema,
  achievementSchema,
  catalogDetailSchema,
  catalogItemSchema,
  catalogQuerySchema,
  componentsBodySchema,
  createLocationSchema,
  createProductSchema,
  createSessionSchema,
  locationSchema,
  prerequisitesBodySchema,
  productDetailSchema,
  productSchema,
  sessionDetailSchema,
  sessionListQuerySchema,
  sessionSchema,
  sessionStatusBodySchema,
  staffSessionSchema,
  updateLocationSchema,
  updateProductSchema,
} from './model.ts';
import * as catalog from './service.ts';
import * as sessionReads from './session-reads.ts';
import * as sessions from './sessions.ts';
import { staffProductListRoutes } from './staff-list-routes.ts';
import { locationListQuerySchema, locationPageSchema } from './staff-list-schemas.ts';
import * as staffLists from './staff-lists.ts';

const productRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary:
          'Search published products with their upcoming open sessions and seats left: ?provider=<slug>&q=<text>&type=<type>&location=<id>&city=<city>&from=<date>&to=<date>',
        querystring: catalogQuerySchema,
        response: { 200: z.object({ items: z.array(catalogItemSchema) }) },
      },
    },
    async (request) => ({ items: await catalog.searchCatalog(ctx, request.actor, request.query) }),
  );

  app.get(
    '/catalog/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One product with its package parts, prerequisites, programme and upcoming open sessions',
        params: idParamSchema,
        response: { 200: catalogDetailSchema },
      },
    },
    async (request) => catalog.getCatalogProduct(ctx, request.actor, request.params.id),
  );

  app.post(
    '/catalog',
    {
      schema: {
        tags: ['catalog'],
        summary: "Add a product to your provider's catalog (provider staff)",
        body: createProductSchema,
        response: { 201: productSchema },
      },
    },
    async (request, reply) => {
      const product = await catalog.createProduct(ctx, requireActor(request), request.body);
      return reply.code(201).send(product);
    },
  );

  app.patch(
    '/catalog/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Change a product (provider staff); its code and type stay',
        params: idParamSchema,
        body: updateProductSchema,
        response: { 200: productSchema },
      },
    },
    async (request) => catalog.updateProduct(ctx, requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/catalog/:id/components',
    {
      schema: {
        tags: ['catalog'],
        summary:
          "Replace a package's parts, each with its share of the price and VAT code; the shares add up to the package price",
        params: idParamSchema,
        body: componentsBodySchema,
        response: { 200: productDetailSchema },
      },
    },
    async (request) => catalog.setComponents(ctx, requireActor(request), request.params.id, request.body),
  );

  app.put(
    '/catalog/:id/prerequisites',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Replace what a learner must have passed or completed before enrolling',
        params: idParamSchema,
        body: prerequisitesBodySchema,
        response: { 200: productDetailSchema },
      },
    },
    async (request) => catalog.setPrerequisites(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/learners/:id/achievements',
    {
      schema: {
        tags: ['catalog'],
        summary: 'What a learner passed or completed (for prerequisites and substitution)',
        params: idParamSchema,
        response: { 200: z.object({ items: z.array(achievementSchema) }) },
      },
    },
    async (request) => ({
      items: await catalog.listLearnerAchievements(ctx, requireActor(request), request.params.id),
    }),
  );

  app.post(
    '/learners/:id/achievements',
    {
      schema: {
        tags: ['catalog'],
        summary:
          "Record that a learner passed or completed a product (provider staff); returns the learner's list",
        params: idParamSchema,
        body: achievementBodySchema,
        response: { 201: z.object({ items: z.array(achievementSchema) }) },
      },
    },
    async (request, reply) => {
      const items = await catalog.recordAchievement(
        ctx,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send({ items });
    },
  );
};

const locationRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/locations',
    {
      schema: {
        tags: ['catalog'],
        summary:
          "Your provider's locations (provider staff): ?q=<name, city or street>&sort=name|-name|city|-city&limit&offset; every location when no limit is given",
        querystring: locationListQuerySchema,
        response: { 200: locationPageSchema },
      },
    },
    async (request) => staffLists.listLocationPage(ctx, requireActor(request), request.query),
  );

  app.get(
    '/locations/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One location (provider staff)',
        params: idParamSchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => locations.getLocation(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/locations',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Add a location (provider staff)',
        body: createLocationSchema,
        response: { 201: locationSchema },
      },
    },
    async (request, reply) => {
      const location = await locations.createLocation(ctx, requireActor(request), request.body);
      return reply.code(201).send(location);
    },
  );

  app.patch(
    '/locations/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Change a location (provider staff)',
        params: idParamSchema,
        body: updateLocationSchema,
        response: { 200: locationSchema },
      },
    },
    async (request) => locations.updateLocation(ctx, requireActor(request), request.params.id, request.body),
  );

  app.delete(
    '/locations/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'Remove a location no session uses (provider staff)',
        params: idParamSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await locations.deleteLocation(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/instructors',
    {
      schema: {
        tags: ['catalog'],
        summary: "Your provider's instructors (provider staff)",
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => ({ items: await locations.listInstructors(ctx, requireActor(request)) }),
  );
};

const sessionRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Planning list with occupancy and go / no-go against the minimum and the notice deadline (provider staff): ?from&to&status&productId; the platform admin adds ?provider=<slug>',
        querystring: sessionListQuerySchema,
        response: { 200: z.object({ items: z.array(staffSessionSchema) }) },
      },
    },
    async (request) => ({
      items: await sessionReads.listStaffSessions(ctx, requireActor(request), request.query),
    }),
  );

  app.get(
    '/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary: 'One session with its product, location and seats left (capacity - booked)',
        params: idParamSchema,
        response: { 200: sessionDetailSchema },
      },
    },
    async (request) => sessionReads.getSessionDetail(ctx, request.actor, request.params.id),
  );

  app.post(
    '/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Plan a session (provider staff); times with an offset, or local times read in the provider time zone',
        body: createSessionSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => {
      const session = await sessions.createSession(ctx, requireActor(request), request.body);
      return reply.code(201).send(session);
    },
  );

  app.post(
    '/sessions/:id/status',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Confirm a planned session, or complete a confirmed one once it has started (provider staff)',
        params: idParamSchema,
        body: sessionStatusBodySchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) =>
      sessions.changeSessionStatus(ctx, requireActor(request), request.params.id, request.body),
  );
};

export const catalogRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  await productRoutes(app, ctx);
  await staffProductListRoutes(app, ctx);
  await locationRoutes(app, ctx);
  await sessionRoutes(app, ctx);
};
