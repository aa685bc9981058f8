/**
 * Builds the web app (web/) into web/dist with Vite's JS API.
 *
 *   node scripts/build-web.ts             build
 *   node scripts/build-web.ts --if-stale  build only when web/dist/index.html is missing or older
 *                                         than a source file (web/src, web/public, web/index.html,
 *                                         web/vite.config.ts)
 *
 * `npm start` runs the second form so a fresh checkout serves a current app without a manual step.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const webRoot = path.join(repoRoot, 'web');
const builtIndex = path.join(webRoot, 'dist', 'index.html');

function mtimeOrNull(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/** The newest modification time among the sources the build reads. */
function newestSourceMtime(): number {
  let newest = 0;
  const visit = (file: string): void => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  visit(path.join(webRoot, 'src'));
  visit(path.join(webRoot, 'public'));
  visit(path.join(webRoot, 'index.html'));
  visit(path.join(webRoot, 'vite.config.ts'));
  return newest;
}

function webBuildIsStale(): boolean {
  const built = mtimeOrNull(builtIndex);
  return built === null || built < newestSourceMtime();
}

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((a) => a !== '--if-stale');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}; the only option is --if-stale.`);
    process.exitCode = 2;
    return;
  }
  if (args.includes('--if-stale') && !webBuildIsStale()) {
    console.log('web/dist is up to date; not rebuilding the web app.');
    return;
  }
  // Loaded only when building: an install without dev dependencies can still start a built app.
  const { build } = await import('vite');
  await build({ configFile: path.join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`Built the web app into ${path.relative(repoRoot, path.dirname(builtIndex))}.`);
}

await main(process.argv.slice(2));
