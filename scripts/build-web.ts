/**
 * Builds the web app (web/) into web/dist with Vite's JS API.
 *
 *   node scripts/build-web.ts             build
 *   node scripts/build-web.ts --if-stale  build only when the sources changed since the last build
 *
 * "Changed" is decided by content, not by modification time: the build writes a hash of its sources
 * (web/src, web/public, web/index.html, web/vite.config.ts and package-lock.json, which pins React
 * and Vite) to web/dist/.sources-hash, and --if-stale compares it. A checkout, merge or copy that
 * touches files without changing them therefore builds nothing. Measured on the shared 2-core
 * machine: the check costs about 0.3 s of CPU (Node start-up included); a build about 2 s.
 *
 * `npm install` / `npm ci` run the --if-stale form (the `prepare` script), and so does `npm start`.
 * Vite is a devDependency: in an install without it (`npm ci --omit=dev`) the check says what it
 * found and exits 0, so the server starts with the web/dist that was shipped (decision 0012).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const webRoot = path.join(repoRoot, 'web');
const distDir = path.join(webRoot, 'dist');
const builtIndex = path.join(distDir, 'index.html');
const hashFile = path.join(distDir, '.sources-hash');
const sources = [
  path.join(webRoot, 'src'),
  path.join(webRoot, 'public'),
  path.join(webRoot, 'index.html'),
  path.join(webRoot, 'vite.config.ts'),
  path.join(repoRoot, 'package-lock.json'),
];

/** One hash over every source file's path and content, in a fixed order. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const visit = (file: string): void => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) visit(path.join(file, entry));
      return;
    }
    hash.update(path.relative(repoRoot, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  };
  for (const source of sources) visit(source);
  return hash.digest('hex');
}

function builtHash(): string | null {
  if (!existsSync(builtIndex) || !existsSync(hashFile)) return null;
  return readFileSync(hashFile, 'utf8').trim();
}

/** Vite's build function, or null in an install without devDependencies. */
async function loadVite(): Promise<typeof import('vite').build | null> {
  try {
    return (await import('vite')).build;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--if-stale');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}; the only option is --if-stale.`);
    process.exitCode = 2;
    return;
  }
  const ifStale = args.includes('--if-stale');
  if (!existsSync(path.join(webRoot, 'src'))) {
    // e.g. `npm ci` in a Docker layer that has package.json but not yet the sources.
    console.log('No web sources here (web/src); nothing to build.');
    return;
  }
  const hash = sourcesHash();
  if (ifStale && builtHash() === hash) {
    console.log('web/dist is up to date; not rebuilding the web app.');
    return;
  }
  const build = await loadVite();
  if (!build) {
    const message = existsSync(builtIndex)
      ? 'Vite is not installed (an install without devDependencies): serving web/dist as it was shipped.'
      : 'Vite is not installed and web/dist is missing: the server starts without the web app. Build it where devDependencies are installed (npm run build:web) and ship web/dist, or use the Dockerfile.';
    if (ifStale) {
      console.log(message);
      return;
    }
    console.error(message);
    process.exitCode = 1;
    return;
  }
  await build({ configFile: path.join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(hashFile, `${hash}\n`);
  console.log(`Built the web app into ${path.relative(repoRoot, distDir)}.`);
}

await main(process.argv.slice(2));
