/**
 * The catalog API's shapes, imported type-only from the catalog context's schemas
 * (src/catalog/model.ts), so a change on the server is a type error here.
 */
import type { z } from 'zod';
import type {
  CatalogItem,
  catalogDetailSchema,
  GoNoGo,
  GoNoGoState,
  Location,
  PackageComponent,
  Prerequisite,
  Product,
  ProductType,
  PublicSession,
  Session,
  StaffSession,
  sessionDetailSchema,
} from '../../../src/catalog/model.ts';

export type {
  CatalogItem,
  GoNoGo,
  GoNoGoState,
  Location,
  PackageComponent,
  Prerequisite,
  Product,
  ProductType,
  PublicSession,
  Session,
  StaffSession,
};
/** GET /api/catalog/:id: the product with its parts, prerequisites and upcoming sessions. */
export type CatalogDetail = z.infer<typeof catalogDetailSchema>;
/** GET /api/sessions/:id: one session as a catalog visitor sees it. */
export type SessionDetail = z.infer<typeof sessionDetailSchema>;
