/**
 * Issue 12, item 16 (decision 0011): `platform/` imports no context; the catalog and enrollment do
 * not reach into each other (enrollment may use the catalog's service.ts and model.ts); no context
 * imports a workflow or the composition root. The pure rules (src/terms, src/calendar, src/money)
 * import nothing impure and read no clock (issue 11, decision 0018). And the catalog, split by use case, keeps its files
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

  it('catches the pure rules importing I/O, a database or HTTP, the impure side, or reading the clock', () => {
    const found = boundaryViolations([
      file('src/terms/store.ts', "import type { Selectable } from 'kysely';"),
      file('src/terms/course/x.ts', "import { readFileSync } from 'node:fs';"),
      file('src/calendar/holidays.ts', "import { Pool } from 'pg';"),
      file('src/money/vat.ts', "import { ValidationError } from '../platform/errors.ts';"),
      file('src/terms/finance/x.ts', "import { loadTerms } from '../../terms-library/service.ts';"),
      file('src/terms/evaluate.ts', "import type { Clock } from '../platform/clock.ts';"),
      file('src/terms/decision.ts', 'const now = Date.now();'),
      file('src/terms/fee-timeline.ts', 'const today = new Date();'),
      file('src/calendar/today.ts', 'export const today = () => Temporal.Now.plainDateISO();'),
    ]);
    assert.deepEqual(
      found.map((v) => v.split(' -> ')[0]),
      [
        'src/terms/store.ts',
        'src/terms/course/x.ts',
        'src/calendar/holidays.ts',
        'src/money/vat.ts',
        'src/terms/finance/x.ts',
        'src/terms/evaluate.ts',
        'src/terms/decision.ts:1',
        'src/terms/fee-timeline.ts:1',
        'src/calendar/today.ts:1',
      ],
    );
  });

  it('lets the pure rules use each other, their error type, a given date, and name the clock in a comment', () => {
    const found = boundaryViolations([
      file('src/terms/text.ts', "import { formatEuro } from '../money/format.ts';"),
      file('src/money/format.ts', "import { invalidInput } from '../platform/domain-problem.ts';"),
      file('src/calendar/epoch-day.ts', 'const d = new Date(Date.UTC(2026, 0, 1));\n// never Date.now()'),
      file('src/terms/readings.test.ts', "import { readFileSync } from 'node:fs';"),
      file('src/terms-library/store.ts', "import type { Selectable } from 'kysely';"),
    ]);
    assert.deepEqual(found, []);
  });

  it('keeps every file of the catalog, the workflows and the composition root under 400 lines', () => {
    const long = readSourceFiles(repoRoot)
      .filter((f) => /^src\/(catalog|workflows|composition)\//.test(f.path))
      .map((f) => ({ path: f.path, lines: f.source.trimEnd().split('\n').length }))
      .filter((f) => f.lines > 400);
    assert.deepEqual(long, []);
  });
});
