/**
 * The import boundaries of DESIGN.md, "Where the layout goes next" (issue 12, item 16; decision
 * 0011), checked on the source text:
 *
 * - a file under src/platform imports no context, workflow or the composition root: `platform/`
 *   knows no context;
 * - the catalog imports nothing of enrollment; enrollment uses the catalog only through its
 *   service.ts or model.ts (a flow that needs both is a workflow, src/workflows/);
 * - no context imports a workflow or the composition root: those sit above the contexts;
 * - the pure rules (src/terms, src/calendar, src/money; issue 11, decision 0018) import nothing
 *   impure: no I/O module (node:fs, net, http, child_process, worker_threads), no database, HTTP, queue
 *   or mail package, nothing of another src/ folder but each other and the one error type they share
 *   (src/platform/domain-problem.ts: so not src/platform/db|http|jobs|mail, src/identity or
 *   src/terms-library), and they read no clock (Date.now(), new Date() without argument,
 *   Temporal.Now): the moment is an argument. Tests beside the code may read files; they are not
 *   the engine.
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

/** Every module specifier a file imports, as written. */
function specifiers(file: SourceFile): string[] {
  return [...file.source.matchAll(SPECIFIER)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
}

/** The repository-relative paths a file imports from inside the repository. */
export function localImports(file: SourceFile): string[] {
  return specifiers(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file.path), specifier)));
}

/** 'src/catalog/model.ts' -> 'catalog'; a file directly in src/ or outside it -> undefined. */
function areaOf(file: string): string | undefined {
  if (!file.startsWith(TOP_LEVEL)) return undefined;
  const rest = file.slice(TOP_LEVEL.length);
  const slash = rest.indexOf('/');
  return slash === -1 ? undefined : rest.slice(0, slash);
}

/** The pure rules; they may import each other. */
const PURE_AREAS = ['terms', 'calendar', 'money'];
/** The one file outside them they may import: their error type, which carries no HTTP status. */
const PURE_MAY_IMPORT = ['src/platform/domain-problem.ts'];
/** Packages that do I/O: a database, HTTP, the queue, mail, files, the network, other threads. */
const IMPURE_PACKAGE =
  /^(?:node:)?(?:fs|fs\/promises|net|http|https|http2|child_process|worker_threads|dgram|tls)$|^(?:pg|pg-boss|kysely|nodemailer|fastify)(?:$|\/)|^@fastify\/|^fastify-|^@electric-sql\//;
/** Reading the clock: the moment is an argument of the rules. */
const CLOCK_READ = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|\bTemporal\.Now\b/;

function isPureEngine(file: string): boolean {
  const area = areaOf(file);
  return area !== undefined && PURE_AREAS.includes(area) && !/\.test\.tsx?$/.test(file);
}

/** Source without comments, so that a comment may name what the code must not do. */
function withoutComments(source: string): string {
  // Block comments keep their line breaks, so that a finding names the right line.
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** What makes a file of the pure rules impure: an impure import, a reach outside, a clock read. */
function impurities(file: SourceFile): string[] {
  if (!isPureEngine(file.path)) return [];
  const found: string[] = [];
  for (const specifier of specifiers(file)) {
    if (IMPURE_PACKAGE.test(specifier))
      found.push(
        `${file.path} -> ${specifier}: the pure rules import no I/O, database, HTTP, queue or mail package`,
      );
  }
  for (const target of localImports(file)) {
    const area = areaOf(target);
    if (area === undefined || PURE_AREAS.includes(area) || PURE_MAY_IMPORT.includes(target)) continue;
    found.push(
      `${file.path} -> ${target}: the pure rules import only each other and ${PURE_MAY_IMPORT.join(', ')}`,
    );
  }
  const lines = withoutComments(file.source).split('\n');
  for (const [index, line] of lines.entries()) {
    const read = CLOCK_READ.exec(line);
    if (read)
      found.push(
        `${file.path}:${index + 1} -> ${read[0]}: the pure rules read no clock; take the moment as an argument`,
      );
  }
  return found;
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

/** Every import that crosses a boundary, and every impurity in the pure rules, as 'from -> to: why'. */
export function boundaryViolations(files: SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    for (const target of localImports(file)) {
      const why = crossing(file.path, target);
      if (why) violations.push(`${file.path} -> ${target}: ${why}`);
    }
    violations.push(...impurities(file));
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
