/**
 * The import boundaries of DESIGN.md, "Where the layout goes next" (issue 12, item 16; decision
 * 0011), checked on the source text:
 *
 * - a file under src/platform imports no context, workflow or the composition root: `platform/`
 *   knows no context;
 * - the catalog imports nothing of enrollment; enrollment uses the catalog only through its
 *   service.ts or model.ts (a flow that needs both is a workflow, src/workflows/);
 * - no context imports a workflow or the composition root: those sit above the contexts.
 *
 *   node scripts/boundaries.ts   prints every import that crosses a boundary; exit code 1 if any
 *
 * test/boundaries.test.ts runs the same check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SourceFile {
  /** Relative to the repository root, with forward slashes: 'src/catalog/service.ts'. */
  path: string;
  source: string;
}

/** Folders of src/ above the contexts: they may import any context; no context imports them. */
const ABOVE_CONTEXTS = ['workflows', 'composition'];
/** Files of src/ outside any folder (entry points, the composition root) are not checked. */
const TOP_LEVEL = 'src/';

// Static imports and re-exports (`from '...'`), side-effect imports and `import('...')` types.
const SPECIFIER = /(?:\bfrom\s+|\bimport\s+|\bimport\(\s*)['"]([^'"]+)['"]/g;

/** The repository-relative paths a file imports from inside the repository. */
export function localImports(file: SourceFile): string[] {
  const found: string[] = [];
  for (const match of file.source.matchAll(SPECIFIER)) {
    const specifier = match[1];
    if (specifier === undefined || !specifier.startsWith('.')) continue;
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)));
  }
  return found;
}

/** 'src/catalog/model.ts' -> 'catalog'; a file directly in src/ or outside it -> undefined. */
function areaOf(file: string): string | undefined {
  if (!file.startsWith(TOP_LEVEL)) return undefined;
  const rest = file.slice(TOP_LEVEL.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? undefined : rest.slice(0, slash);
}

function crossing(from: string, to: string): string | undefined {
  const fromArea = areaOf(from);
  const toArea = areaOf(to);
  if (fromArea === undefined || toArea === undefined || fromArea === toArea) return undefined;
  if (fromArea === 'platform') return 'platform imports no context, workflow or composition root';
  if (!ABOVE_CONTEXTS.includes(fromArea) && ABOVE_CONTEXTS.includes(toArea))
    return 'a context does not import a workflow or the composition root';
  if (fromArea === 'catalog' && toArea === 'enrollment')
    return 'the catalog does not reach into enrollment (a flow across both is a workflow)';
  if (
    fromArea === 'enrollment' &&
    toArea === 'catalog' &&
    !['src/catalog/service.ts', 'src/catalog/model.ts'].includes(to)
  )
    return 'enrollment uses the catalog only through its service.ts or model.ts';
  return undefined;
}

/** Every import that crosses a boundary, as 'from -> to: why'. */
export function boundaryViolations(files: SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    for (const target of localImports(file)) {
      const why = crossing(file.path, target);
      if (why) violations.push(`${file.path} -> ${target}: ${why}`);
    }
  }
  return violations;
}

/** The TypeScript files under src/ of a checkout, tests included. */
export function readSourceFiles(repoRoot: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.tsx'))
        files.push({ path: relative, source: readFileSync(path.join(repoRoot, relative), 'utf8') });
    }
  };
  walk('src');
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const violations = boundaryViolations(readSourceFiles(fileURLToPath(new URL('..', import.meta.url))));
  for (const v of violations) console.log(v);
  process.exitCode = violations.length > 0 ? 1 : 0;
}
