/** HTTP for identity: translate to a service call and back. Mounted under /api by the server. */
import { z } from 'zod';
import type { KlasseApp, RouteModule } from '../platform/http/types.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from './http-auth.ts';
import {
  apiTokenSchema,
  changePasswordSchema,
  createCustomerSchema,
  createdTokenSchema,
  createTokenSchema,
  createUserSchema,
  customerSchema,
  idParamSchema,
  loginBodySchema,
  meResponseSchema,
  sessionResponseSchema,
  updateUserSchema,
  userListQuerySchema,
  userSchema,
} from './model.ts';
import * as identity from './service.ts';

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const identityRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['identity'],
        summary: 'Log in with e-mail and password; sets the session cookie and returns the CSRF token',
        body: loginBodySchema,
        response: { 200: sessionResponseSchema },
      },
      config: { csrfExempt: true },
    },
    async (request, reply) => {
      try {
        const result = await identity.login(ctx, request.body, request.ip);
        setSessionCookie(reply, ctx, result.sessionToken, result.expiresAt);
        return { user: result.user, csrfToken: result.csrfToken };
      } catch (error) {
        if (error instanceof identity.LoginThrottledError)
          reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['identity'], summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.auth?.kind === 'session') await identity.logout(ctx, request.auth.sessionToken);
      clearSessionCookie(reply, ctx);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags: ['identity'],
        summary: 'Who is logged in, their provider and company, and the CSRF token of the session',
        response: { 200: meResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const me = await identity.me(ctx, actor);
      return { ...me, csrfToken: request.auth?.kind === 'session' ? request.auth.csrfToken : null };
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Change your own password, giving the current one; ends your other sessions and revokes your API tokens',
        body: changePasswordSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      try {
        await identity.changeOwnPassword(ctx, requireActor(request), request.body, {
          sessionId: request.auth?.kind === 'session' ? request.auth.sessionId : null,
          clientIp: request.ip,
        });
      } catch (error) {
        if (error instanceof identity.LoginThrottledError)
          reply.header('retry-after', String(error.retryAfterSeconds));
        throw error;
      }
      return reply.code(204).send(null);
    },
  );

  // ---- API tokens (each user manages their own)

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['identity'],
        summary: 'Create an API token for yourself; its secret is shown only in this answer',
        body: createTokenSchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (request, reply) => {
      const created = await identity.createApiToken(ctx, requireActor(request), request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/tokens',
    { schema: { tags: ['identity'], summary: 'Your API tokens', response: { 200: listOf(apiTokenSchema) } } },
    async (request) => ({ items: await identity.listApiTokens(ctx, requireActor(request)) }),
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'Revoke one of your API tokens',
        params: idParamSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await identity.revokeApiToken(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  // ---- users

  app.get(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary: 'The users you may see',
        querystring: userListQuerySchema,
        response: { 200: listOf(userSchema) },
      },
    },
    async (request) => ({ items: await identity.listUsers(ctx, requireActor(request), request.query) }),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'One user',
        params: idParamSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => identity.getUser(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Create a user (platform admin: anyone; provider staff: their provider; customer admin: learners of their company)',
        body: createUserSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const user = await identity.createUser(ctx, requireActor(request), request.body);
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'Change a user',
        params: idParamSchema,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => identity.updateUser(ctx, requireActor(request), request.params.id, request.body),
  );

  // ---- customer companies

  app.get(
    '/customers',
    {
      schema: {
        tags: ['identity'],
        summary: 'The customer companies you may see',
        response: { 200: listOf(customerSchema) },
      },
    },
    async (request) => ({ items: await identity.listCustomers(ctx, requireActor(request)) }),
  );

  app.get(
    '/customers/:id',
    {
      schema: {
        tags: ['identity'],
        summary: 'One customer company',
        params: idParamSchema,
        response: { 200: customerSchema },
      },
    },
    async (request) => identity.getCustomer(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/customers',
    {
      schema: {
        tags: ['identity'],
        summary: 'Add a customer company to your provider (provider staff)',
        body: createCustomerSchema,
        response: { 201: customerSchema },
      },
    },
    async (request, reply) => {
      const customer = await identity.createCustomer(ctx, requireActor(request), request.body);
      return reply.code(201).send(customer);
    },
  );
};
