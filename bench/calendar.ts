/**
 * Working-day calendar throughput on one core. Prints one JSON line:
 * countWorkingDays, isWorkingDay and addWorkingDays calls per second over random dates in
 * 2024-2028 on a warm NL calendar (issue 3, item 8: the terms engine counts working days per
 * cancellation decision).
 */
import { createCalendar, parseIsoDate } from '../src/calendar/index.ts';

const calendar = createCalendar({
  country: 'NL',
  goodFridayOff: false,
  liberationDayOff: 'lustrum',
  newYearsEveOff: false,
  closingDays: [{ from: '2025-12-22', to: '2026-01-02' }],
  timeZone: 'Europe/Amsterdam',
  officeHoursEnd: '17:00',
});

const first = parseIsoDate('2024-01-01');
const span = parseIsoDate('2028-12-31') - first;
const SIZE = 1 << 16;
const from = new Int32Array(SIZE);
const to = new Int32Array(SIZE);
const steps = new Int32Array(SIZE);
// A fixed linear congruential sequence, so every run measures the same inputs.
let seed = 12345;
function next(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed;
}
for (let i = 0; i < SIZE; i++) {
  from[i] = first + (next() % span);
  to[i] = first + (next() % span);
  steps[i] = (next() % 121) - 60;
}

function measure(name: string, body: (iterations: number) => number): [string, number] {
  body(2_000_000); // warm up and prepare the years
  const iterations = 10_000_000;
  const start = process.hrtime.bigint();
  const sink = body(iterations);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink === Number.MIN_SAFE_INTEGER) console.error('unreachable', name);
  return [name, Math.round(iterations / seconds)];
}

const results = Object.fromEntries([
  measure('countWorkingDaysPerSecond', (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += calendar.countWorkingDays(from[i & (SIZE - 1)]!, to[i & (SIZE - 1)]!);
    return sum;
  }),
  measure('isWorkingDayPerSecond', (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) if (calendar.isWorkingDay(from[i & (SIZE - 1)]!)) sum++;
    return sum;
  }),
  measure('addWorkingDaysPerSecond', (n) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += calendar.addWorkingDays(from[i & (SIZE - 1)]!, steps[i & (SIZE - 1)]!);
    return sum;
  }),
]);

console.log(JSON.stringify({ bench: 'calendar', node: process.version, ...results }));
