/**
 * Issue 12, item 16 (decision 0011): `platform/` imports no context; the catalog and enrollment do
 * not reach into each other (enrollment may use the catalog's service.ts and model.ts); no context
 * imports a workflow or the composition root. And the catalog, split by use case, keeps its files
 * small. The check itself is scripts/boundaries.ts; the planted imports below prove it would fail.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { boundaryViolations, readSourceFiles, type SourceFile } from '../scripts/boundaries.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const file = (path: string, source: string): SourceFile => ({ path, source });

describe('import boundaries', () => {
  it('holds for the source tree', () => {
    assert.deepEqual(boundaryViolations(readSourceFiles(repoRoot)), []);
  });

  it('catches platform importing a context, also a type and an inline import() type', () => {
    const found = boundaryViolations([
      file('src/platform/db/database.ts', "import type { CatalogTables } from '../../catalog/model.ts';"),
      file('src/platform/http/types.ts', "actor: import('../../identity/model.ts').Actor | null;"),
      file('src/platform/http/server.ts', "import { routeModules } from '../../composition/modules.ts';"),
      file('src/platform/mail/mailer.ts', "import { createJobQueue } from '../jobs/queue.ts';"),
    ]);
    assert.equal(found.length, 3, found.join('\n'));
    assert.ok(found.every((v) => v.startsWith('src/platform/') && v.includes('platform imports no context')));
  });

  it('catches the catalog and enrollment reaching into each other', () => {
    const found = boundaryViolations([
      file('src/catalog/sessions.ts', "import { offerFreeSeats } from '../enrollment/service.ts';"),
      file(
        'src/enrollment/changes/x.ts',
        "import { cancelSessionInTransaction } from '../../catalog/sessions.ts';",
      ),
      file('src/enrollment/enroll.ts', "export { findSessionById } from '../catalog/store.ts';"),
      file('src/enrollment/service.ts', "import * as catalog from '../catalog/service.ts';"),
      file('src/enrollment/terms.ts', "import type { ProductType } from '../catalog/model.ts';"),
    ]);
    assert.deepEqual(
      found.map((v) => v.split(' -> ')[0]),
      ['src/catalog/sessions.ts', 'src/enrollment/changes/x.ts', 'src/enrollment/enroll.ts'],
    );
  });

  it('catches a context importing a workflow; a workflow may import every context', () => {
    const found = boundaryViolations([
      file('src/catalog/routes.ts', "import { changeSession } from '../workflows/session-changes.ts';"),
      file('src/workflows/session-changes.ts', "import * as enrollment from '../enrollment/service.ts';"),
    ]);
    assert.deepEqual(
      found.map((v) => v.split(' -> ')[0]),
      ['src/catalog/routes.ts'],
    );
  });

  it('keeps every file of the catalog, the workflows and the composition root under 400 lines', () => {
    const long = readSourceFiles(repoRoot)
      .filter((f) => /^src\/(catalog|workflows|composition)\//.test(f.path))
      .map((f) => ({ path: f.path, lines: f.source.trimEnd().split('\n').length }))
      .filter((f) => f.lines > 400);
    assert.deepEqual(long, []);
  });
});
