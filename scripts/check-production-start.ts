/**
 * Checks a production install the way an operator makes one (issue 12, item 17): the tracked files
 * and the built web/dist are copied to a temporary folder, `npm ci --omit=dev` installs them there
 * (so Vite and every other devDependency are absent), and `npm start` must serve the web app's first
 * page within 3 seconds, on a fresh data folder (migrations and demo data) and again on a second
 * start. Not part of `npm test`: the install fetches packages and takes minutes.
 *
 *   npm run build:web && node scripts/check-production-start.ts
 *
 * Prints one JSON line; exits 1 when a check fails.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const FIRST_PAGE_LIMIT_MS = 3000;
/** On a machine shared by many, a start may wait long for a core: wall time is reported, CPU too. */
const GIVE_UP_MS = 300_000;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Copies what a checkout holds (tracked files as they are in the work tree) plus web/dist. */
function copyCheckout(target: string): void {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(repoRoot, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(target, file), { preserveTimestamps: true });
  }
  cpSync(path.join(repoRoot, 'web', 'dist'), path.join(target, 'web', 'dist'), {
    recursive: true,
    preserveTimestamps: true,
  });
}

/**
 * CPU seconds (user + system) used so far by a process and its descendants (Linux /proc): what the
 * start cost, however long it waited for a core on a busy machine.
 */
function treeCpuSeconds(root: number | undefined): number {
  if (root === undefined || !existsSync('/proc')) return Number.NaN;
  const ticksPerSecond = 100;
  const stats = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name, which is in parentheses and may hold spaces.
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        return [
          { pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) },
        ];
      } catch {
        return [];
      }
    });
  const inTree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats) {
      if (!inTree.has(stat.pid) && inTree.has(stat.ppid)) {
        inTree.add(stat.pid);
        grew = true;
      }
    }
  }
  const ticks = stats.filter((stat) => inTree.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0);
  return ticks / ticksPerSecond;
}

/** Starts `npm start` and answers how long until GET / served the built app's index.html. */
async function timeFirstPage(dir: string): Promise<{ ms: number; cpuSeconds: number; child: ChildProcess }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KLASSE_DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = started + GIVE_UP_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      const body = await response.text();
      if (response.status === 200 && body.includes('/assets/index-')) {
        return { ms: performance.now() - started, cpuSeconds: treeCpuSeconds(child.pid), child };
      }
    } catch {
      // Not listening yet.
    }
    await sleep(25);
  }
  child.kill('SIGTERM');
  throw new Error(`the first page was not served within ${GIVE_UP_MS / 1000} s`);
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

if (!existsSync(path.join(repoRoot, 'web', 'dist', 'index.html'))) {
  console.error('Build the web app first: npm run build:web');
  process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), 'klasse-production-'));
try {
  copyCheckout(dir);
  const installStarted = performance.now();
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  const installSeconds = (performance.now() - installStarted) / 1000;
  const devDependencyInstalled = ['vite', 'typescript', '@biomejs/biome', 'smtp-server'].filter((name) =>
    existsSync(path.join(dir, 'node_modules', name)),
  );
  const first = await timeFirstPage(dir);
  await stop(first.child);
  const second = await timeFirstPage(dir);
  await stop(second.child);
  const result = {
    check: 'production-start',
    installSeconds: Number(installSeconds.toFixed(1)),
    devDependencyInstalled,
    firstStartFirstPageSeconds: Number((first.ms / 1000).toFixed(2)),
    firstStartCpuSeconds: first.cpuSeconds,
    secondStartFirstPageSeconds: Number((second.ms / 1000).toFixed(2)),
    secondStartCpuSeconds: second.cpuSeconds,
  };
  console.log(JSON.stringify(result));
  if (
    devDependencyInstalled.length > 0 ||
    first.ms > FIRST_PAGE_LIMIT_MS ||
    second.ms > FIRST_PAGE_LIMIT_MS
  ) {
    process.exitCode = 1;
  }
} catch (error) {
  // Kept for a look: the installed copy and its data folder.
  console.error(`The check failed; the installed copy is kept in ${dir}.`);
  throw error;
}
rmSync(dir, { recursive: true, force: true });
