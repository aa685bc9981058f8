/**
 * The composition root's half of the schema (decision 0011): every context's tables join the
 * platform's `Database` interface by declaration merging, so Kysely types each context's queries
 * while `src/platform` imports no context. A new context with tables adds its `...Tables` here.
 * Types only: nothing of this file exists at run time.
 */
import type { CatalogTables } from '../catalog/model.ts';
import type { EnrollmentChangeTables } from '../enrollment/changes/model.ts';
import type { EnrollmentTables } from '../enrollment/model.ts';
import type { IdentityTables } from '../identity/model.ts';
import type { TermsTables } from '../terms-library/tables.ts';

declare module '../platform/db/database.ts' {
  interface Database
    extends IdentityTables,
      CatalogTables,
      EnrollmentTables,
      EnrollmentChangeTables,
      TermsTables {}
}
