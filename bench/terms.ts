import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createCalendar, epochDayOf } from '../src/calendar/index.ts';
import { compileTerms } from '../src/terms/compile.ts';
import type { CancellationQuestion } from '../src/terms/course/questions.ts';
import { evaluate } from '../src/terms/evaluate.ts';
import { FINANCE_EXAMPLES } from '../src/terms/finance/examples.ts';
import { BUILT_IN_PROVIDERS, findTerms } from '../src/terms/registry.ts';

/**
 * Terms engine throughput on one core (issue 3, item 8): cancellation decisions per second through
 * the public `evaluate`, on questions as the API receives them (ISO instants, cents); the same with
 * the explanation text written out (decisions write it lazily, on first read); and working-day
 * counts per second on a provider calendar; and a batch of 10,000 mixed questions (every finance
 * question type and cancellations, over the five built-in terms) through `klasse terms evaluate` in
 * batch mode, as a separate Node process. Prints one JSON line.
 */
const QUESTIONS = 4096;
const kinds = ['classroom', 'exam', 'practical', 'workshop'] as const;
const terms = findTerms('plusport-courses', '2026-06-01');
compileTerms(terms);

// A fixed pseudo-random spread of sessions and request moments over 2026 (xorshift, seeded).
let seed = 0x9e3779b9;
const next = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x1_0000_0000;
};
const iso = (ms: number) => new Date(ms).toISOString();
const base = Date.UTC(2026, 0, 5, 8, 0);
const questions: CancellationQuestion[] = [];
for (let i = 0; i < QUESTIONS; i++) {
  const start = base + Math.floor(next() * 330) * 86_400_000;
  const requested = start - Math.floor(next() * 60 * 24 * 60) * 60_000;
  questions.push({
    type: 'cancellation',
    requestedAt: iso(requested),
    parts: [
      { kind: kinds[i % kinds.length]!, price: 10_000 + Math.floor(next() * 90_000), start: iso(start) },
    ],
  });
}

/**
 * Runs `run` (QUESTIONS operations a call) for about `seconds` after a warm-up of the same length,
 * and counts operations per second of CPU time used by this process (user + system), which is what
 * "on one core" means on a machine whose other cores and time slices are shared; the wall-clock rate
 * is reported beside it.
 */
function measure(
  run: () => number,
  seconds: number,
): { perSecond: number; perWallSecond: number; checksum: number } {
  let checksum = 0;
  const warm = performance.now() + seconds * 1000;
  while (performance.now() < warm) checksum += run();
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let done = 0;
  while (performance.now() - wallStart < seconds * 1000) {
    checksum += run();
    done += QUESTIONS;
  }
  const wall = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { perSecond: Math.round(done / cpuSeconds), perWallSecond: Math.round(done / wall), checksum };
}

const decisions = measure(() => {
  let sum = 0;
  for (let i = 0; i < QUESTIONS; i++) sum += evaluate(terms, questions[i]!).amounts.fee!;
  return sum;
}, 2);

// The same decisions with their Dutch and English explanation written out (a person reads it).
const explained = measure(() => {
  let sum = 0;
  for (let i = 0; i < QUESTIONS; i++) sum += evaluate(terms, questions[i]!).explanation.nl.length;
  return sum;
}, 1);

const calendar = createCalendar(terms.calendar);
const from = epochDayOf(2025, 1, 1);
const pairs = new Int32Array(QUESTIONS * 2);
for (let i = 0; i < QUESTIONS; i++) {
  const a = from + Math.floor(next() * 730);
  pairs[2 * i] = a;
  pairs[2 * i + 1] = a + Math.floor(next() * 120);
}
const counts = measure(() => {
  let sum = 0;
  for (let i = 0; i < QUESTIONS; i++) sum += calendar.countWorkingDays(pairs[2 * i]!, pairs[2 * i + 1]!);
  return sum;
}, 1);

/**
 * 10,000 mixed questions as JSON Lines through the CLI's batch mode: wall time of the whole process,
 * and of a one-question run (start-up) to tell the batch's own share.
 */
const BATCH = 10_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const mixed: string[] = [];
const financeExamples = Object.values(FINANCE_EXAMPLES).flatMap((byProvider) => Object.entries(byProvider));
for (let i = 0; mixed.length < BATCH; i++) {
  const provider = BUILT_IN_PROVIDERS[i % BUILT_IN_PROVIDERS.length]!;
  const example = financeExamples[i % financeExamples.length]!;
  mixed.push(
    JSON.stringify(
      i % 2 === 0
        ? { terms: provider, question: questions[i % QUESTIONS] }
        : { terms: example[0], question: example[1] },
    ),
  );
}
function cli(input: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['src/cli/main.ts', 'terms', 'evaluate'], {
    cwd: ROOT,
    input,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
    maxBuffer: 1024 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const answered = run.stdout
    .toString()
    .split('\n')
    .filter((line) => line.startsWith('{"index"')).length;
  if (input.includes('\n') && answered !== BATCH) throw new Error(`batch answered ${answered} of ${BATCH}`);
  return seconds;
}
const startupSeconds = cli(mixed[0]!);
const batchSeconds = cli(`${mixed.join('\n')}\n`);

console.log(
  JSON.stringify({
    bench: 'terms',
    node: process.version,
    cancellationDecisionsPerSecond: decisions.perSecond,
    cancellationDecisionsWithExplanationPerSecond: explained.perSecond,
    workingDayCountsPerSecond: counts.perSecond,
    perCpuSecond: true,
    wallClock: {
      cancellationDecisionsPerSecond: decisions.perWallSecond,
      workingDayCountsPerSecond: counts.perWallSecond,
    },
    cliBatch: {
      questions: BATCH,
      wallSeconds: Number(batchSeconds.toFixed(2)),
      oneQuestionWallSeconds: Number(startupSeconds.toFixed(2)),
      questionsPerWallSecondAfterStartup: Math.round(BATCH / Math.max(0.001, batchSeconds - startupSeconds)),
    },
    target: { cancellationDecisionsPerSecond: 2_000_000 },
    checksum: decisions.checksum + explained.checksum + counts.checksum,
  }),
);
