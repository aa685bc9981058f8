/**
 * One citation format in code and comments (issue 11): a clause is cited as its id, written out
 * literally, `provider-document#article` (e.g. `plusport-cursusvoorwaarden#15.5`), so one search
 * finds every rule, handler, reading and test of a clause. This finds comment citations in an older
 * form ("PlusPort cursus 5.3", "Ingenium 25.2", "VAPRO 16.1", "(art. 15.5)") and, with --fix,
 * rewrites those it can decide. Strings are left alone: a text shown to a customer or a test's name
 * may say "art. 15.5".
 *
 * A provider's name maps to the documents of its built-in terms (src/terms/registry.ts); the clause
 * number picks the one document that has that article. Where two documents have it (PlusPort's
 * course terms and general delivery terms), the file's provider folder decides
 * (src/terms/providers/<provider>/); otherwise the citation is left for a human and listed. A bare
 * "art. 9" counts only in a provider's folder: elsewhere it is mostly the law (Wet OB, BW).
 *
 *   node scripts/citations.ts         lists the old citations; exit code 1 if any
 *   node scripts/citations.ts --fix   rewrites the decidable ones, lists the rest
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInTerms } from '../src/terms/registry.ts';

const ROOTS = ['src', 'web/src', 'test', 'bench', 'scripts'];

/** Provider names as comments write them, to the built-in providers whose documents they mean. */
const NAMES: Record<string, { providers: string[]; documentHint?: string }> = {
  'PlusPort cursus': { providers: ['plusport-courses'], documentHint: 'cursus' },
  'PlusPort LSP': { providers: ['plusport-lsp'] },
  PlusPort: { providers: ['plusport-courses', 'plusport-lsp'] },
  Ingenium: { providers: ['ingenium'] },
  VAPRO: { providers: ['vapro'] },
  Vapro: { providers: ['vapro'] },
  Sparse: { providers: ['sparse'] },
};

const ARTICLE = '(\\d+(?:\\.\\d+)*[a-z]?)';
/** "PlusPort cursus 5.3", "Ingenium art. 25.2", or a bare "(art. 15.5)"; never "art. 6:96 BW". */
/** Between words of a comment: spaces, or a line break with the comment's ' * ' or '// '. */
const GAP = '(?:[ \\t]+|[ \\t]*\\n[ \\t]*(?:\\*|//)?[ \\t]*)';
/** More clauses of the same document after the first: "14.7, 15.7", "15.1 and 15.2". */
const MORE = `((?:(?:,|${GAP}and|${GAP}en)${GAP}\\d+(?:\\.\\d+)*[a-z]?(?![\\d.]*\\d|:\\d|-))*)`;
const OLD_CITATION = new RegExp(
  `\\b(PlusPort${GAP}cursus|PlusPort${GAP}LSP|PlusPort|Ingenium|VAPRO|Vapro|Sparse)(?:${GAP}art\\.?|${GAP}artikel)?${GAP}${ARTICLE}(?![\\d.]*\\d|:\\d)${MORE}|\\bart\\. ${ARTICLE}(?![\\d.]*\\d|:\\d| BW| lid)`,
  'g',
);

export interface Finding {
  file: string;
  line: number;
  text: string;
  /** The literal id, when it can be decided. */
  id?: string;
}

function documentsOf(providers: readonly string[]): Map<string, Set<string>> {
  const documents = new Map<string, Set<string>>();
  for (const terms of builtInTerms()) {
    if (!providers.includes(terms.provider)) continue;
    for (const document of terms.documents)
      documents.set(document.id, new Set(document.articles.map((a) => a.article)));
  }
  return documents;
}

/** The provider whose folder the file is in, for a citation that names no provider or two documents. */
function folderProvider(file: string): string | undefined {
  return /(?:^|\/)providers\/([a-z-]+)\//.exec(file)?.[1];
}

export function resolve(file: string, name: string | undefined, article: string): string | undefined {
  const folder = folderProvider(file);
  const known = name === undefined ? undefined : NAMES[name];
  let providers = known?.providers ?? (folder ? [folder] : []);
  if (folder && providers.includes(folder)) providers = [folder];
  const documents = [...documentsOf(providers)].filter(
    ([id]) => !known?.documentHint || id.includes(known.documentHint),
  );
  // One document: it, whether or not its catalogue lists the article (a chapter, an uncited clause).
  const having =
    documents.length === 1 ? documents : documents.filter(([, articles]) => articles.has(article));
  return having.length === 1 ? `${having[0]?.[0]}#${article}` : undefined;
}

/** The comments of a TypeScript source, as [start, end) offsets; strings and template texts are skipped. */
export function commentRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const templateDepth: number[] = [];
  let braces = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      ranges.push([i, end === -1 ? source.length : end]);
      i = end === -1 ? source.length : end;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      ranges.push([i, end === -1 ? source.length : end + 2]);
      i = end === -1 ? source.length : end + 2;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`' || (c === '}' && templateDepth.at(-1) === braces)) {
      if (c === '}') templateDepth.pop();
      i++;
      while (i < source.length && source[i] !== '`' && !(source[i] === '$' && source[i + 1] === '{'))
        i += source[i] === '\\' ? 2 : 1;
      if (source[i] === '$') {
        templateDepth.push(braces);
        i += 2;
      } else i++;
    } else {
      if (c === '{') braces++;
      else if (c === '}') braces--;
      i++;
    }
  }
  return ranges;
}

/** The old citations in a file's comments; with `fix`, also the source with the decidable ones rewritten. */
export function findCitations(file: string, source: string): { findings: Finding[]; fixed: string } {
  const findings: Finding[] = [];
  let fixed = '';
  let at = 0;
  for (const [start, end] of commentRanges(source)) {
    const comment = source.slice(start, end);
    const rewritten = comment.replace(OLD_CITATION, (text, written, named, more, bare, offset: number) => {
      // A bare "art. 9" outside a provider's folder is most often the law (Wet OB, BW): not ours.
      if (written === undefined && !folderProvider(file)) return text;
      const name = (written as string | undefined)?.replace(/\s+/g, ' ').replace(/ \* ?| \/\/ ?/g, ' ');
      const article = (named ?? bare) as string;
      const id = resolve(file, name, article);
      const line = source.slice(0, start + offset).split('\n').length;
      findings.push({ file, line, text, ...(id ? { id } : {}) });
      if (!id) return text;
      // "14.7, 15.7": each further number of the same document gets its full id too.
      const document = id.slice(0, id.indexOf('#'));
      const rest = ((more as string | undefined) ?? '').replace(
        /\d+(?:\.\d+)*[a-z]?/g,
        (n) => `${document}#${n}`,
      );
      // A citation broken over two lines moves to the second whole, so no line grows by the name.
      const lineBreak =
        /\n[ \t]*(?:\*|\/\/)?[ \t]*/.exec(
          text.slice(0, text.length - ((more as string | undefined) ?? '').length),
        )?.[0] ?? '';
      return `${lineBreak}${id}${rest}`;
    });
    // The space a moved citation left at the end of its first line.
    const tidy = rewritten === comment ? comment : rewritten.replace(/[ \t]+\n/g, '\n');
    fixed += source.slice(at, start) + tidy;
    at = end;
  }
  return { findings, fixed: fixed + source.slice(at) };
}

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(root, relative, out);
    } else if (/\.tsx?$/.test(entry.name)) out.push(relative);
  }
}

/** Every old citation in the comments of the checked folders; with `fix`, the decidable ones are rewritten. */
export function checkCitations(repoRoot: string, fix = false): Finding[] {
  const files: string[] = [];
  for (const root of ROOTS) walk(repoRoot, root, files);
  const all: Finding[] = [];
  for (const file of files) {
    // This file names the old forms in its own comments, as examples.
    if (file === 'scripts/citations.ts') continue;
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    const { findings, fixed } = findCitations(file, source);
    if (fix && fixed !== source) writeFileSync(path.join(repoRoot, file), fixed);
    all.push(...findings);
  }
  return all;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fix = process.argv.includes('--fix');
  const findings = checkCitations(fileURLToPath(new URL('..', import.meta.url)), fix);
  const left = fix ? findings.filter((f) => !f.id) : findings;
  for (const f of left)
    console.log(
      `${f.file}:${f.line}: '${f.text}'${f.id ? ` -> ${f.id}` : ' (cannot decide the document: cite it by hand)'}`,
    );
  if (fix) console.log(`${findings.length - left.length} rewritten, ${left.length} left for a human`);
  process.exitCode = left.length > 0 ? 1 : 0;
}
