/**
 * HTTP for import sheets, mounted under /api. The file travels as base64 in a JSON body
 * ({ fileName, format, contentBase64, mapping? }): one request, validated by zod like every other,
 * with the body limit raised for this route alone so a 10,000-row sheet fits.
 */

import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../identity/http-auth.ts';
import { idParamSchema } from '../../identity/model.ts';
import type { KlasseApp, RouteModule } from '../../platform/http/types.ts';
import {
  commitResultSchema,
  commitSheetSchema,
  MAX_SHEET_BASE64_CHARS,
  sheetViewSchema,
  templateQuerySchema,
  uploadSheetSchema,
} from './model.ts';
import * as imports from './service.ts';

/** Refuses a visitor (401) before the body is read, let alone parsed and validated. */
async function loggedIn(request: FastifyRequest): Promise<void> {
  requireActor(request);
}

export const importRoutes: RouteModule = async (app: KlasseApp, ctx) => {
  app.get(
    '/imports/template',
    {
      schema: {
        tags: ['imports'],
        summary: 'The import sheet template (CSV with ";" or XLSX), headings in Dutch or English (?lang=)',
        querystring: templateQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await imports.template(requireActor(request), request.query.format, request.query.lang);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.post(
    '/imports',
    {
      // The base64 of the largest sheet accepted, and the rest of the JSON around it; for logged-in
      // users only: a visitor is refused before a byte of the body is read (issue 12, item 1).
      bodyLimit: MAX_SHEET_BASE64_CHARS + 1_000_000,
      onRequest: loggedIn,
      schema: {
        tags: ['imports'],
        summary:
          'Upload a sheet: read, map columns, validate every row; answers the preview (nothing enrolled yet)',
        body: uploadSheetSchema,
        // 202: a large file is read and checked by a job; GET /imports/:id follows it (issue 12, item 2).
        response: { 201: sheetViewSchema, 202: sheetViewSchema },
      },
    },
    async (request, reply) => {
      const sheet = await imports.uploadSheet(ctx, requireActor(request), request.body);
      return reply.code(sheet.status === 'validating' ? 202 : 201).send(sheet);
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'A sheet: status, preview, errors, and the progress of a validation or commit running now',
        params: idParamSchema,
        response: { 200: sheetViewSchema },
      },
    },
    async (request) => imports.getSheet(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/imports/:id/commit',
    {
      schema: {
        tags: ['imports'],
        summary:
          'Enroll every valid row in one transaction, or none; { validRowsOnly: true } to skip rows with errors',
        params: idParamSchema,
        body: commitSheetSchema.optional(),
        // 202: a large sheet is committed by a job; GET /imports/:id follows it (issue 12, item 2).
        response: { 200: commitResultSchema, 201: commitResultSchema, 202: sheetViewSchema },
      },
    },
    async (request, reply) => {
      const result = await imports.commitSheet(
        ctx,
        requireActor(request),
        request.params.id,
        request.body ?? {},
      );
      if ('progress' in result) return reply.code(202).send(result);
      return reply.code(201).send(result);
    },
  );

  app.delete(
    '/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'Discard a sheet that is not committed (its rows are dropped)',
        params: idParamSchema,
      },
    },
    async (request, reply) => {
      await imports.discardSheet(ctx, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
};
