import type { RouteModule } from '../http/types.ts';
import { mailDetailSchema, mailIdParamsSchema, mailListQuerySchema, mailListSchema } from './model.ts';
import { createMailService } from './service.ts';

/**
 * Stored mail for staff (issue 2, item 4): the mails Klasse sent or, with no SMTP configured, kept.
 * Mounted under /api; who may read which mail is decided by the mail service.
 */
export const mailRoutes: RouteModule = async (app, ctx) => {
  const service = createMailService({ db: ctx.db });

  app.get(
    '/mails',
    {
      schema: {
        tags: ['mail'],
        summary: 'Stored mails, newest first',
        querystring: mailListQuerySchema,
        response: { 200: mailListSchema },
      },
    },
    async (request) => service.list(request.actor, request.query),
  );

  app.get(
    '/mails/:id',
    {
      schema: {
        tags: ['mail'],
        summary: 'One stored mail with its text, HTML and calendar invite',
        params: mailIdParamsSchema,
        response: { 200: mailDetailSchema },
      },
    },
    async (request) => service.read(request.actor, request.params.id),
  );
};
